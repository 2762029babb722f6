// French phase words of a status update heading (lower case).
import type { PhaseLexicon } from '../types';

export const phases: PhaseLexicon = {
  investigating: ['enquête en cours', 'enquête', 'investigation en cours', 'investigation', 'analyse en cours', 'en cours d\'analyse', 'en cours d\'investigation', 'message initial', 'message d\'origine'],
  identified: ['identifié', 'identifiée', 'cause identifiée', 'problème identifié', 'correction en cours'],
  monitoring: ['surveillance', 'sous surveillance', 'en surveillance', 'suivi', 'suivi en cours', 'rétablissement en cours'],
  resolved: ['résolu', 'résolue', 'rétabli', 'rétablie', 'clos', 'clôturé', 'corrigé', 'réparé', 'réparée'],
};
