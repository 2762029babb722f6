// Vague corrective actions (PM021). An action is vague only when EVERY word of its description is a vague verb
// or a filler below and at least one vague verb is present: "Investigate the issue", "Improve monitoring" are
// vague; "Investigate why the retry budget was exhausted" names something concrete and is not.
import type { ActionsLexicon } from '../types';

export const actions: ActionsLexicon = {
  vagueVerbs: [
    'investigate', 'look', 'fix', 'check', 'review', 'improve', 'monitor', 'analyse', 'analyze', 'examine',
    'address', 'resolve', 'ensure', 'prevent', 'avoid', 'sure', 'careful',
  ],
  fillers: [
    'the', 'a', 'an', 'this', 'that', 'it', 'its', 'issue', 'issues', 'problem', 'problems', 'bug', 'bugs',
    'incident', 'outage', 'error', 'errors', 'further', 'more', 'into', 'again', 'root', 'cause', 'causes',
    'situation', 'things', 'thing', 'stuff', 'monitoring', 'process', 'processes', 'our', 'better', 'be',
    'carefully', 'and', 'of', 'to', 'in', 'on', 'closely', 'properly', 'happen', 'happens', 'does', 'not',
    "doesn't", 'never', 'recurrence', 'recur', 'same', 'future', 'all', 'any', 'make', 'will', 'we', 'up',
  ],
};
