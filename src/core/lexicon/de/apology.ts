// Deutsche Entschuldigungen (PM001): "entschuldig*" deckt entschuldigen, Entschuldigung, entschuldigt ab.
import type { ApologyLexicon } from '../types';

export const apology: ApologyLexicon = {
  phrases: ['entschuldig*', 'bedauern', 'bedauert', 'tut uns leid', 'tut mir leid', 'tut uns sehr leid', 'verzeihung', 'verzeihen sie'],
  sentence: 'Wir entschuldigen uns für die Unannehmlichkeiten, die Ihnen dadurch entstanden sind.',
};
