// English: a guessed cause while investigating, a promised time of resolution (PM010).
import type { SpeculationLexicon } from '../types';

const FIXED = String.raw`(?:fixed|resolved|restored|repaired|back|back online|back up|back to normal|operational|working|working again|up and running|recovered|available again|fully functional)`;
const WHEN = String.raw`(?:by|before|within|in|at|around)\s+(?:\d|about\s+\d|approximately\s+\d|an?\s+hour|half\s+an\s+hour|the\s+(?:next|coming)\s+(?:hour|\d|few|two|thirty)|the\s+hour|end\s+of\s+(?:the\s+)?day|eod|tonight|tomorrow|noon|midnight|today|this\s+(?:afternoon|evening|morning))`;

export const speculation: SpeculationLexicon = {
  hedges: [
    'probably', 'likely', 'most likely', 'we think', 'we believe', 'we suspect', 'we assume', 'presumably', 'possibly',
    'apparently', 'seems', 'seem to', 'appears to', 'appear to', 'looks like', 'our guess', 'we guess', 'suspected',
    'our assumption', 'it is possible', 'chances are',
    // impersonal guesses: "the cause is thought to be DNS", "I think it is the network"
    'thought to be', 'believed to be', 'suspected to be', 'assumed to be', 'presumed to be', 'i think', 'i believe', 'i suspect',
    'we reckon', 'it looks as if', 'it would appear',
    'according to our current understanding', 'based on our current understanding', 'based on what we know so far', 'initial findings suggest', 'preliminary findings',
  ],
  causes: [
    'caused by', 'cause', 'the cause', 'root cause', 'due to', 'because', 'related to', 'triggered by', 'result of',
    'stems from', 'originat*', 'is behind', 'leading to', 'led to', 'responsible for', 'culprit', 'the reason', 'to blame', 'is having issues', 'is having problems', 'are having issues', 'on their side', 'on their end',
    'a bad', 'a faulty', 'a broken', 'a defective', 'a failed', 'a failing',
  ],
  hedgedCauses: [
    'likely due to', 'probably due to', 'likely caused by', 'probably caused by', 'likely the result of',
    'might be caused by', 'may be caused by', 'could be caused by', 'might be due to', 'may be due to', 'could be due to',
    'might be related to', 'may be related to', 'could be related to', 'suspected cause', 'probable cause', 'likely cause',
    'possible cause',
  ],
  promises: [
    new RegExp(String.raw`\b(?:will|should|shall|'ll|is expected to|are expected to|expect(?:ed)? to)\s+(?:be\s+)?(?:fully\s+|completely\s+)?${FIXED}\b[^.!?\n]{0,30}?\b${WHEN}`, 'u'),
    new RegExp(String.raw`\b(?:expect|plan|aim|hope)\s+to\s+(?:fully\s+)?(?:fix|resolve|restore|repair|recover)\b[^.!?\n]{0,40}?\b${WHEN}`, 'u'),
    new RegExp(String.raw`\b(?:will|'ll)\s+(?:have\s+)?(?:fully\s+)?(?:fix|resolve|restore|repair)(?:ed)?\b[^.!?\n]{0,40}?\b${WHEN}`, 'u'),
    /\beta\s+(?:for\s+(?:the\s+)?(?:fix|resolution|recovery)|of\s+(?:the\s+)?(?:fix|resolution)|to\s+(?:fix|resolution))\b[^.!?\n]{0,20}?\d/u,
    // "ETA for the server to come back is 08:00": the thing that comes back, then its time
    /\beta\s+for\s+[^.!?\n]{0,40}?\b(?:back|up|online|restored|fixed)\s+is\s+\d/u,
    // "should be resolved shortly", "will be back soon hopefully" (diag-5, diag-6): a time promised without a clock,
    // while nobody knows yet (not "as soon as possible")
    new RegExp(String.raw`\b(?:will|should|shall|'ll)\s+(?:be\s+)?(?:fully\s+)?${FIXED}\s+(?:shortly|(?:very\s+)?soon(?!\s+as\b))\b`, 'u'),
    /\b(?:fix|resolution|recovery)\s+(?:is\s+)?expected\s+(?:by|before|within|at|in)\s+\d/u,
    // "we hope that this incident is resolved in the next 7 hours": a hoped-for time is still a promise
    new RegExp(String.raw`\bhope\s+(?:that\s+)?[^.!?\n]{0,40}?\b(?:is|are|will be|gets|get)\s+${FIXED}\b[^.!?\n]{0,30}?\b${WHEN}`, 'u'),
    /\bestimat\w*\s+(?:the\s+)?(?:fix|resolution|recovery|repair)\b[^.!?\n]{0,30}?\b(?:at|by|around|for)\s+\d/u,
    // "the repair will take until Friday": how long the fix takes, said as a date
    /\b(?:will|should|is expected to|are expected to)\s+(?:take|last)\s+(?:until|till|through)\s+(?:\d|the end|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/u,
  ],
  suspects: [
    // What a guess blames without a cause word: "We suspect one of the hard disks is broken", "Probably a bad switch".
    'disk', 'disks', 'hard disk*', 'hard drive*', 'ssd', 'raid', 'storage', 'network interface', 'network card',
    'network issue', 'network problem', 'network outage', 'hardware', 'switch', 'router', 'firewall', 'dns',
    'database', 'load balancer', 'certificate', 'power supply', 'power outage', 'power failure', 'power cut', 'cable',
    'fiber', 'fibre', 'data center', 'datacenter', 'hoster', 'hosting provider', 'upstream', 'isp', 'memory leak',
    'bug', 'misconfigur*', 'ddos', 'attack', 'broken', 'full', 'faulty', 'defective', 'corrupt*', 'overload*',
  ],
  expectations: [
    'will', "'ll", 'shall', 'should', 'expect*', 'hope*', 'hoping', 'confident', 'aim*', 'plan*', 'estimat*', 'eta',
    'anticipat*', 'going to',
  ],
  recoveries: [
    'fixed', 'resolved', 'restored', 'repaired', 'recovered', 'be back', 'is back', 'are back', 'to fix', 'back online', 'back up', 'back to normal',
    'up and running', 'up running', 'running again', 'working again', 'available again', 'operational', 'resolve',
    'restore', 'repair',
    // diag-131 (kept when diag-157 taught that a denied return promises nothing): "it can't be fixed and will be replaced
    // in about six weeks" still promises the replacement's time.
    'be replaced',
  ],
  times: [
    // diag-5: "I'm hoping to have service restored today"; diag-8: "I hope to fix it soon" (not "as soon as possible")
    'today', 'very soon', 'fix it soon', 'fix this soon', 'fixed soon', 'back soon', 'resolved soon', 'restored soon',
    'online soon', 'up soon',
    'tomorrow', 'tonight', 'later today', 'early in the week', 'later this week', 'later in the week', 'this morning', 'this afternoon', 'this evening', 'this week',
    'next week', 'the weekend', 'end of day', 'end of the day', 'end of the week', 'eod', 'monday', 'tuesday',
    'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'within the hour', 'within an hour', 'within … hour*',
    'within … minutes',
    // "in the next" only with a span of time: "fixed in the next release" names no time (diag-147).
    'in the next few', 'in the next couple',
    'in the next … hour*', 'in the next … minute*', 'in the next … day*', 'in the next … week*', 'in a few hours',
    // diag-131: "will be replaced in about six weeks".
    'in about … weeks', 'in about … days', 'in a few days', 'in a few weeks', 'in a couple of days', 'in a couple of weeks', 'in a few minutes', 'couple of hours', 'by noon', 'by midnight',
  ],
  // diag-26: "the repair shall recommence from midnight" times the work, not the recovery.
  workGoesOn: ['recommence*', 'resume*', 'commence*', 'start*', 'begin*', 'continue*', 'restart*', 'get under way', 'gets under way', 'carry on', 'carried on',
    // diag-126: people coming back to work on it ("the crew will be back at some point today to re-examine the situation").
    're-examine*', 'reexamine*', 'to examine', 'to inspect', 'to investigate', 'to look at'],
  scope: ['only users', 'only customers', 'only some', 'users with', 'users on', 'customers with', 'customers on', 'are facing', 'is facing', 'are affected', 'are impacted', 'only affects', 'only affecting'],
  // diag-81: what we expect to learn by a time, not a recovery ("we should know more about the repair around lunchtime").
  checks: ['know more', 'learn more', 'more information', 'more details', 'to ensure', 'to make sure', 'to verify', 'to confirm', 'to check', 'check in', 'check back', 'check that', 'check whether', 'check if'],
  pastSpanStarts: ['since', 'yesterday and'],
  // diag-135: "Seems like a joke after what happened to OVH datacenter, but we are deeply sorry".
  figures: ['seems like a joke', 'seems like a bad joke', 'looks like a joke', 'looks like a bad joke', 'feels like a joke', 'feels like a bad joke'],
};
