// English: blameful language about people (PM022). Blameless reviews describe what the system allowed, not who slipped.
import type { BlameLexicon } from '../types';

const ROLE = String.raw`(?:engineer|developer|operator|administrator|sysadmin|colleague|employee|intern|technician|team member|staff member|contractor|new hire)`;
// Words of a slip may wrap onto the next line of a paragraph ("did not\nrealize").
const SLIP = String.raw`(?:forgot|neglected|failed\s+to|made\s+a\s+mistake|made\s+an\s+error|messed\s+up|screwed\s+up|mistakenly|carelessly|accidentally|wrongly|broke|caused|did\s+not\s+realize|didn't\s+realize|did\s+not\s+notice|didn't\s+notice|did\s+not\s+check|didn't\s+check|overlooked)`;

export const blame: BlameLexicon = {
  phrases: [
    'human error', 'human mistake', 'operator error', 'user error on our side', 'should have', 'should not have',
    "shouldn't have", 'should\'ve', 'forgot to', 'forgot the', 'forgotten to', 'careless*', 'negligen*', 'sloppy',
    'fault of the engineer', "engineer's fault", "developer's fault", "operator's fault", 'incompeten*', 'did not bother', "didn't bother", 'dropped the ball', 'fat finger*',
    'fat-finger*', 'rogue engineer', 'rogue employee',
  ],
  // Passive or state ("should have been up", "should have been caught": no person acts), an impersonal subject, or
  // a verb only a system does.
  expectations: [
    // the organisation owning its failure names no person: "our negligence"
    'our negligence', 'our own negligence', 'our carelessness', 'our own carelessness',
    'should have been', 'should not have been', "shouldn't have been", "should've been", 'it should have',
    'this should have', 'which should have', 'nothing should have', 'everything should have',
    'there should have', 'should have recovered', 'should have resumed', 'should have returned',
    'should have failed over', 'should have come back',
    'should have worked', 'should have had no', 'should have had any', 'should have no', 'should not have any',
    "shouldn't have any", 'should not have had any', "shouldn't have had any", 'should have little',
    // An event that should not have happened names no one who acted (session 5).
    'should not have occurred', 'should not have happened', "shouldn't have occurred", "shouldn't have happened",
    'should never have occurred', 'should never have happened',
    // diag-8: work as the subject, with how long it was meant to take ("This change should have taken 20 minutes").
    'change should have', 'update should have', 'upgrade should have', 'maintenance should have', 'migration should have',
    'intervention should have', 'operation should have', 'procedure should have', 'deployment should have', 'work should have',
  ],
  person: [
    new RegExp(String.raw`(?:^|[^\w@])@[\w.-]+\s+(?:\w+\s+)?${SLIP}\b`, 'u'),
    new RegExp(String.raw`\b(?:an?|the|one of our|our)\s+(?:\w+\s+)?${ROLE}s?\s+${SLIP}\b`, 'u'),
    /\b(?:mistake|error|slip|fault)\s+(?:by|of)\s+(?:@[\w.-]+|an?\s+(?:engineer|developer|operator|administrator|admin|employee|colleague|intern))/u,
    /(?:@[\w.-]+)'s\s+(?:mistake|error|fault)\b/u,
  ],
};
