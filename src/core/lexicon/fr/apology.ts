// Phrases d'excuse en français (PM001).
import type { ApologyLexicon } from '../types';

export const apology: ApologyLexicon = {
  phrases: ['désolé*', 'excus*', 'regrett*', 'pardon', 'navré*', 'veuillez nous pardonner'],
  sentence: 'Nous vous présentons nos excuses pour la gêne occasionnée.',
};
