// Phrases d'excuse en français (PM001).
export const apology = {
  phrases: ['désolé*', 'excus*', 'regrett*', 'pardon'],
  sentence: 'Nous vous présentons nos excuses pour la gêne occasionnée.',
};
