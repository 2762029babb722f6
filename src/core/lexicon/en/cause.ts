// English: where and how a report states why it happened, outside a Root cause section.
import type { CauseLexicon } from '../types';

export const cause: CauseLexicon = {
  headings: [
    'what happened', 'what went wrong', 'how it happened', 'why did it happen', 'why it happened', 'incident analysis',
    'analysis', 'technical details', 'technical analysis', 'background', 'explanation', 'the cause', 'the root cause',
    // diag-102: the report's story of what broke under "The problem" (« Le problème »).
    'the problem', 'the issue', 'what was the problem',
  ],
  // diag-85: a security report tells how the attacker got in under "Attack method" ("Attack vector").
  headingWords: ['cause', 'causes', 'caused', 'why', 'reason', 'reasons', 'root cause', 'attack method', 'attack vector'],
  statements: [
    'caused by', 'was due to', 'were due to', 'is due to', 'due to', 'because of', 'because', 'as a result of',
    'resulted from', 'result of', 'led to', 'leading to',
    // diag-148: the past told with the common misspelling ("a spike in incoming data which lead to increased latency").
    'which lead to', 'triggered by', 'stemmed from', 'stems from',
    'originated', 'traced … to', 'the cause was', 'the cause is', 'the cause of … was', 'root cause was', 'root cause is',
    'root cause of … was', 'was the cause', 'were the cause', 'was the result', 'we found that', 'found that',
    'we discovered that', 'we determined that', 'the reason was', 'the reason for … was', 'the reason is', 'came from',
    'which caused', 'that caused',
    'the issue was', 'the problem was', 'turned out', 'the culprit', 'was responsible for', 'was the trigger',
    // Diagnostic sets (session 4): the cause as the subject of "caused" ("an issue with X caused our database to …";
    // not "the disruption this caused you"), "the root cause for", "as a consequence of".
    'caused our', 'caused the', 'caused a', 'caused an', 'causing our', 'causing the', 'cause for … was', 'root cause for', 'as a consequence of', 'consequence of',
    // tune8: "we tracked down the cause to …"
    'tracked down the cause', 'tracked the cause', 'cause to be', 'traced the cause',
    // diag-37: the cause as it was thought to be at the time ("a switch we first thought to be the cause").
    'to be the cause',
    // diag-5, a headline: "Upgrading ingress-nginx caused brief outage".
    // diag-7: the trigger told as the moment of failure ("the forums became corrupted when a log file filled up"); a
    // thing must follow "when": "replies failed when you pressed Send" tells the moment, not the reason.
    'triggered a', 'triggered an', 'triggered the', 'set off a', 'set off an',
    'corrupted when a', 'corrupted when the', 'corrupted when our', 'failed when a', 'failed when the', 'failed when our',
    'crashed when a', 'crashed when the', 'crashed when our', 'went down when a', 'went down when the', 'went down when our',
    'caused … outage', 'caused … downtime', 'caused … disruption', 'causes … outage', 'led to … outage', 'led to … downtime',
    // What a check found, told as a finding (diag-11: "our monitoring system indicated that an upstream … was under high load").
    'indicated that', 'revealed that', 'analysis showed', 'investigation showed', 'investigation found', 'it emerged that',
    // diag-44: a resource used up, told as what happened ("one of our hosts exhausted its connection pool and …").
    'exhausted its', 'exhausted the', 'exhausted all', 'ran out of', 'run out of',
  ],
  unknown: [
    'unknown cause', 'unknown reason*', 'for unknown reasons', 'cause is unknown', 'cause is not yet known',
    'cause … not yet known', 'cause is still unclear', 'cause is unclear', 'cause … under investigation',
    'still investigating the cause', 'investigating the cause', 'identify the cause', 'identify the root cause',
    'not yet know why', "don't yet know why", 'do not know why', "don't know why",
  ],
};
