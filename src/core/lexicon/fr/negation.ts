// Français : mots qui nient ce qui les jouxte (voir NegationLexicon).
import type { NegationLexicon } from '../types';

export const negation: NegationLexicon = {
  words: ['ne', "n'", 'pas', 'plus', 'jamais', 'impossible', 'aucun', 'aucune', 'personne', 'exclu*', 'écarté*'],
  openers: ['qui', 'dont', 'si', "s'il", "s'ils", 'lorsque', 'quand'],
};
