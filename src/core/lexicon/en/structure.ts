// English phrasing the document model reads: the promised next update, corrective action labels, signatures,
// and stopwords for language detection.
import type { StructureLexicon } from '../types';

const UPDATE = String.raw`(?:status\s+)?update`;
const WE_WILL = String.raw`\b(?:we\s+will|we'll|we\s+shall|we\s+are\s+going\s+to)\s+(?:provide|post|share|send|publish|give|issue)\s+(?:you\s+)?(?:an(?:other)?|an\s+additional|a\s+further|a\s+new|the\s+next|our\s+next)\s+${UPDATE}`;
// diag-97: "We will send an additional update in the next 30 minutes".

// How many units ahead: a number, "an", "half an", and (diag-52) "the next hour", "the hour" (one).
const AMOUNT = String.raw`(?<n>\d+|an?|one|half\s+an|the\s+next|the)`;

// diag-40: "we will post another update on the issue in 2 hours".
const ON_IT = String.raw`(?:\s+(?:on|about)\s+(?:this|it|the\s+(?:issue|incident|situation)))?`;

export const structure: StructureLexicon = {
  nextUpdateHint: /next|again|all[-\s]clear|we(?:'ll|\s+will|\s+shall|\s+are\s+going)|more\s+(?:information|details)/i,
  nextUpdateAt: [
    new RegExp(String.raw`\bnext\s+${UPDATE}(?:\s+will\s+be\s+(?:posted|provided|published|shared|sent))?(?:\s+is)?(?:\s+(?:expected|due|scheduled|planned))?\s*(?:by|at|around|before|no\s+later\s+than|on\s+or\s+before|:)?\s*`, 'gi'),
    new RegExp(String.raw`${WE_WILL}${ON_IT}\s+(?:by|at|around|before|no\s+later\s+than)\s*`, 'gi'),
    new RegExp(String.raw`\b(?:we(?:'ll|\s+will|\s+shall)\s+update\s+you(?:\s+again)?|update\s+(?:you\s+)?again)\s+(?:by|at|around|before|no\s+later\s+than)\s*`, 'gi'),
  ],
  nextUpdateIn: [
    new RegExp(String.raw`\bnext\s+${UPDATE}(?:\s+will\s+(?:follow|come|be\s+(?:posted|provided|published|shared|sent)))?(?:\s+(?:is\s+)?(?:expected|due|scheduled))?\s+(?:in|within)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|the\s+next\s+)?${AMOUNT}\s*(?<unit>minutes?|mins?|hours?|hrs?|h)\b`, 'gi'),
    new RegExp(String.raw`${WE_WILL}${ON_IT}\s+(?:in|within)\s+(?:about\s+|approximately\s+|around\s+|the\s+next\s+)?${AMOUNT}\s*(?<unit>minutes?|mins?|hours?|hrs?|h)\b`, 'gi'),
    // diag-28: "we expect to give the all-clear within 20 minutes" promises the next post and its time.
    new RegExp(String.raw`\b(?:provide|give|post|send)\s+(?:you\s+)?the\s+all[-\s]clear\s+(?:in|within)\s+(?:about\s+|the\s+next\s+)?${AMOUNT}\s*(?<unit>minutes?|mins?|hours?|hrs?|h)\b`, 'gi'),
    // diag-52: "we will have more information … within the next hour" says when the next news comes.
    new RegExp(String.raw`\b(?:have|share|provide|post|give)\s+(?:you\s+)?(?:more|further)\s+(?:information|details|news)\b[^.!?\n]{0,60}?\s(?:in|within)\s+(?:about\s+)?${AMOUNT}\s*(?<unit>minutes?|mins?|hours?|hrs?|h)\b`, 'gi'),
    new RegExp(String.raw`\b(?:we(?:'ll|\s+will|\s+shall)\s+update\s+you(?:\s+again)?|update\s+(?:you\s+)?again)\s+(?:in|within)\s+(?:about\s+|the\s+next\s+)?${AMOUNT}\s*(?<unit>minutes?|mins?|hours?|hrs?|h)\b`, 'gi'),
  ],
  minuteUnits: ['minute', 'minutes', 'min', 'mins'],
  hourUnits: ['hour', 'hours', 'hr', 'hrs', 'h'],
  stopwords: ['the', 'and', 'of', 'to', 'is', 'are', 'we', 'our', 'for', 'was', 'were', 'on', 'with', 'this', 'that',
    'be', 'have', 'has', 'will', 'you', 'your', 'it', 'not', 'by', 'from', 'at', 'all', 'been', 'can', 'could', 'an'],
  ownerLabels: ['owner', 'owners', 'assignee', 'assigned to', 'responsible', 'dri'],
  dueLabels: ['due', 'due date', 'due by', 'deadline', 'target date', 'target', 'eta'],
  // diag-54: "What We've Fixed" lists changes already made.
  doneActionHeadings: ['what we changed', 'what we have changed', 'changes we made', 'changes made', "what we've fixed", 'what we have fixed', 'what we fixed', 'actions taken', 'action taken'],
  teamWords: ['team', 'teams', 'staff', 'support', 'operations', 'ops', 'sre', 'engineering', 'crew', 'department', 'desk', 'everyone at'],
};
