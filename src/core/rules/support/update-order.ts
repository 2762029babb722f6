// Updates in time order, and whether the incident is over: the time rules reason on time, not on layout.
import { oldestFirstOrder } from '../../model/update-phase';
import type { PostmortemDocument, StatusUpdate } from '../../types';

/** Updates with a parsed time, in time order (stable): the rules reason on time, not on layout. */
export function chronological(updates: readonly StatusUpdate[]): StatusUpdate[] {
  return updates
    .map((u, i) => ({ u, i }))
    .filter((x) => x.u.timestamp.at !== undefined)
    .sort((a, b) => (a.u.timestamp.at! - b.u.timestamp.at!) || (a.i - b.i))
    .map((x) => x.u);
}

/**
 * Every update oldest first, those without a time too: the listing read in its direction (newest first or not), the
 * timed updates in time order in the places timed updates hold. An undated "Update" stays where its author put it.
 */
export function oldestFirst(updates: readonly StatusUpdate[]): StatusUpdate[] {
  const timed = chronological(updates);
  let next = 0;
  return oldestFirstOrder(updates).map((i) => (updates[i].timestamp.at !== undefined ? timed[next++] : updates[i]));
}

/** The latest update, whatever the listing order and whether or not it has a time. */
export function latestUpdate(doc: PostmortemDocument): StatusUpdate | undefined {
  const ordered = oldestFirst(doc.updates);
  return ordered[ordered.length - 1];
}

/** True when the incident is over: status resolved, a `resolved` time, or a latest update in the resolved phase. */
export function isResolved(doc: PostmortemDocument): boolean {
  if (doc.meta.status === 'resolved' || doc.meta.resolved !== undefined) return true;
  return latestUpdate(doc)?.phase === 'resolved';
}
