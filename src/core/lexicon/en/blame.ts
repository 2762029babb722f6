// English: blameful language about people (PM022). Blameless reviews describe what the system allowed, not who slipped.
import type { BlameLexicon } from '../types';

const ROLE = String.raw`(?:engineer|developer|operator|administrator|sysadmin|colleague|employee|intern|technician|team member|staff member|contractor|new hire|reviewer|admin)`;
// "Should have" is blame only when a person is the one who should have acted (issue 10: "most features should have
// recovered", "nothing in the updates should have caused this", "they should have more priority" are expectations).
// People: I, he, she, someone …, a role ("the on-call engineer"), an @handle. Not "we" or "our team": the
// organisation owning its conduct names no one (as "our negligence"); not "they", which as often means things, nor
// "you": "you should have received an e-mail" tells what was meant to reach the reader.
// Not "I should have the bot online in 10 minutes" (diag-170): a thing to have, not a deed left undone; nor "I should've
// gotten an alert" (diag-173): what should have reached the writer.
const SHOULD_HAVE = String.raw`(?:should(?:\s+not|n't)?\s+have|should've)(?=\s+(?!(?:been|the|a|an|it|this|that|them|everything|all|something|some|more|gotten|got|received)\b))`;
const PERSON = String.raw`(?:\b(?:i|he|she|someone|somebody|anyone|nobody|no\s+one)|\b(?:the|an?|our|one of our|whoever)\s+(?:[\w-]+\s+)?${ROLE}s?|(?:^|[^\w@])@[\w.-]+)`;
// Words of a slip may wrap onto the next line of a paragraph ("did not\nrealize").
const SLIP = String.raw`(?:forgot|neglected|failed\s+to|made\s+a\s+mistake|made\s+an\s+error|messed\s+up|screwed\s+up|mistakenly|carelessly|accidentally|wrongly|broke|caused|did\s+not\s+realize|didn't\s+realize|did\s+not\s+notice|didn't\s+notice|did\s+not\s+check|didn't\s+check|overlooked)`;

export const blame: BlameLexicon = {
  phrases: [
    'human error', 'human mistake', 'operator error', 'user error on our side', 'forgot to', 'forgot the', 'forgotten to',
    'careless*', 'negligen*', 'sloppy',
    'fault of the engineer', "engineer's fault", "developer's fault", "operator's fault", 'incompeten*', 'did not bother', "didn't bother", 'dropped the ball', 'fat finger*',
    'fat-finger*', 'rogue engineer', 'rogue employee',
  ],
  // The organisation owning its failure names no person: "our negligence".
  expectations: [
    'our negligence', 'our own negligence', 'our carelessness', 'our own carelessness',
    // diag-126: "We've certainly dropped the ball": the organisation owning its failure.
    "we've … dropped the ball", 'we have … dropped the ball', 'we … dropped the ball', "we've dropped the ball", 'we have dropped the ball',
    // diag-89: a slip in answering, not in the cause ("oops, forgot to reply here; it is fixed").
    'forgot to reply', 'forgot to respond', 'forgot to answer', 'forgot to close this', 'forgot to close the issue', 'forgot to post',
    // diag-151: "I forgot to mention it, but all API keys have also been revoked".
    'forgot to mention', 'forgot to say', 'forgot to add', 'forgot to tell you',
    // diag-167: the organisation owning its slip ("we forgot the widgets only connect to certain ones").
    'we forgot', 'we had forgotten', "we've forgotten", 'we have forgotten',
  ],
  person: [
    new RegExp(String.raw`${PERSON}\s+(?:\w+\s+)?${SHOULD_HAVE}`, 'u'),
    new RegExp(String.raw`(?:^|[^\w@])@[\w.-]+\s+(?:\w+\s+)?${SLIP}\b`, 'u'),
    new RegExp(String.raw`\b(?:an?|the|one of our|our)\s+(?:\w+\s+)?${ROLE}s?\s+${SLIP}\b`, 'u'),
    /\b(?:mistake|error|slip|fault)\s+(?:by|of)\s+(?:@[\w.-]+|an?\s+(?:engineer|developer|operator|administrator|admin|employee|colleague|intern))/u,
    /(?:@[\w.-]+)'s\s+(?:mistake|error|fault)\b/u,
  ],
};
