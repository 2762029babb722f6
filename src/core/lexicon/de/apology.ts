// Deutsche Entschuldigungen (PM001): "entschuldig*" deckt entschuldigen, Entschuldigung, entschuldigt ab.
export const apology = {
  phrases: ['entschuldig*', 'bedauern', 'bedauert', 'tut uns leid', 'tut mir leid', 'tut uns sehr leid', 'verzeihung', 'verzeihen sie'],
  sentence: 'Wir entschuldigen uns für die Unannehmlichkeiten, die Ihnen dadurch entstanden sind.',
};
