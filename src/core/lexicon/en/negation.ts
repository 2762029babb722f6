// English words that deny what stands next to them (see NegationLexicon).
import type { NegationLexicon } from '../types';

export const negation: NegationLexicon = {
  words: ['not', "n't", "'t", 'no', 'never', 'no longer', 'unable', 'cannot', 'can not', 'nobody', 'no one', 'ruled out', 'rule out', 'rules out'],
  openers: ['who', 'which', 'that', 'whose', 'if', 'when', 'where', 'unless', 'whoever'],
};
