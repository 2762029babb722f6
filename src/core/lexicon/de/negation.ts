// Deutsch: Wörter, die verneinen, was neben ihnen steht (siehe NegationLexicon).
import type { NegationLexicon } from '../types';

export const negation: NegationLexicon = {
  words: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemand', 'nicht mehr', 'unmöglich', 'ausgeschlossen'],
  openers: ['wer', 'wenn', 'falls', 'sofern'],
};
