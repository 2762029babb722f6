// English words that settle whether an update's text tells of recovery (merged into ./phase-text.ts):
// recovery denied, conditional or partial (pending), short recovery lines, and after-the-fact wording.
import type { RecoveryStateLexicon } from '../types';

export const recoveryState: RecoveryStateLexicon = {
  pending: [
    // diag-28: "it may still take two hours before logging in works again": not back yet.
    'might still take', 'may still take', 'could still take', 'will still take',
    // diag-109: "it should take another couple hours to be available again": not back yet.
    'should take another', 'will take another', 'could take another', 'may take another', 'might take another',
    // diag-111: service still being brought back ("we are now concentrating on getting services back up and running … aiming
    // to restore a 12 minute service this evening").
    'getting services back', 'getting the service back', 'aiming to restore', 'aim to restore',
    // diag-114: coming back, not back ("it should be starting back up in the next couple minutes").
    'starting back up',
    // diag-40: one fault fixed, but the site "may still be unreachable at times" under load: not over.
    'may still be unreachable', 'may still be unavailable', 'can still be unreachable', 'may still fail',
    // diag-150: "the problem has been solved, but there may be short-term interruptions in the work of the service for a
    // few more days": not over.
    'may be short-term interruptions', 'may be short interruptions', 'may be … interruptions … for a few more',
    'may still be interruptions', 'may still be short interruptions',
    // diag-152: the return still to come ("We are working to ensure the permanent heating system is fully operational again
    // as soon as possible").
    'again as soon as possible',
    // diag-34: back for all but one, the bulk repaired, the repair work going on through the night: not over yet.
    // diag-175: back for all but part, or all except some ("all but 3% of the archive is accessible again", "power has
    // been restored … except for Carlton Hotel").
    'all but', 'except for', 'bulk of the damage', 'restorative work is still', 'repair work is still', 'repairs are still', 'work is to continue', 'continue through the night', 'continue throughout the night',
    'not been resolved', 'not resolved yet', 'not been fixed', 'not fixed yet', 'not been restored', 'not restored yet',
    'not fully restored', 'not fully resolved', 'partially restored', 'partly restored', 'being gradually restored',
    'gradually being restored', 'when the service is restored', 'when service is restored', 'once the service is restored',
    'once service is restored', 'until the service is restored', 'until service is restored', 'when … is back',
    'working through the backlog', 'processing the backlog', 'backlog is being processed',
    // diag-24: brought back in stages, and there may still be errors.
    'in stages', 'may still be errors', 'may still see errors',
    // diag-45: "large parts of the server are back": only a part is.
    'large parts of … back', 'large parts of … restored',
  ],
  recovered: [
    'functioning now', 'is functioning again', 'stable now', 'is stable again',
    // diag-33: "performance is currently stable" in a closing post.
    'is currently stable', 'are currently stable',
    // diag-160: a maintainer's whole reply "It is back".
    'it is back', 'is back now', 'are back now',
    "it's fixed", 'it is fixed', 'all fixed', 'resolved now', 'fixed now', 'issue resolved', 'problem resolved',
    'reachable again', 'accessible again', 'back online', 'is now online', 'are now online', 'is online again', 'are online again', 'maintenance completed', 'maintenance is complete',
    // diag-26: a planned upgrade done is the service back ("the upgrade was completed at 21:10").
    'upgrade completed', 'upgrade was completed', 'upgrade has been completed', 'upgrade is complete', 'upgrade complete',
    // diag-26: people back to what they did before ("this allowed customers to resume their usual browsing").
    'resumed normal', 'resumed their normal', 'allow* people to resume', 'allow* customers to resume', 'allow* users to resume',
  ],
  afterTheFact: [
    'you may have experienced', 'you may have noticed', 'may have been unable', 'was disconnected between',
    'were disconnected between', 'was unreachable between', 'were unreachable between',
  ],
  monitoring: ['is stabilizing', 'is stabilising', 'are stabilizing', 'are stabilising'],
};
