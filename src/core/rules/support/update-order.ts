// Updates in time order, and whether the incident is over: the time rules reason on time, not on layout.
import type { PostmortemDocument, StatusUpdate } from '../../types';

/** Updates with a parsed time, in time order (stable): the rules reason on time, not on layout. */
export function chronological(updates: readonly StatusUpdate[]): StatusUpdate[] {
  return updates
    .map((u, i) => ({ u, i }))
    .filter((x) => x.u.timestamp.at !== undefined)
    .sort((a, b) => (a.u.timestamp.at! - b.u.timestamp.at!) || (a.i - b.i))
    .map((x) => x.u);
}

/** True when the incident is over: status resolved, a `resolved` time, or a last update in the resolved phase. */
export function isResolved(doc: PostmortemDocument): boolean {
  if (doc.meta.status === 'resolved' || doc.meta.resolved !== undefined) return true;
  const ordered = chronological(doc.updates);
  const last = ordered[ordered.length - 1] ?? doc.updates[doc.updates.length - 1];
  return last?.phase === 'resolved';
}
