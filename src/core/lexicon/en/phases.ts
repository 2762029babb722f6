// English phase words of a status update heading (lower case).
import type { PhaseLexicon } from '../types';

export const phases: PhaseLexicon = {
  investigating: ['investigating', 'investigation', 'under investigation', 'investigating issue'],
  identified: ['identified', 'issue identified', 'cause identified', 'fix in progress', 'fixing'],
  monitoring: ['monitoring', 'monitoring fix', 'fix deployed', 'recovering'],
  resolved: ['resolved', 'fixed', 'closed', 'restored', 'completed'],
};
