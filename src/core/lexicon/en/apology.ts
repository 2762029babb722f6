// English apology phrases (PM001). Presence anywhere in our own prose counts, so the list leans wide:
// missing an apology that is there would be a false alarm.
import type { ApologyLexicon } from '../types';

export const apology: ApologyLexicon = {
  phrases: ['sorry', 'apolog*', 'we regret', 'regret the', 'regret any', 'our regrets'],
  /** Sentence the PM001 fix inserts. */
  sentence: 'We are sorry for the disruption this has caused you.',
};
