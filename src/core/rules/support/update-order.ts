// Updates in time order, and whether the incident is over: the time rules reason on time, not on layout.
import { latestUpdateIndex, timedOrder } from '../../model/update-phase';
import type { PostmortemDocument, StatusUpdate } from '../../types';

/** Updates with a parsed time, in time order (stable): the rules reason on time, not on layout. */
export function chronological(updates: readonly StatusUpdate[]): StatusUpdate[] {
  return timedOrder(updates).map((i) => updates[i]);
}

/** The latest update, whatever the listing order and whether or not it has a time (see `latestUpdateIndex`). */
export function latestUpdate(doc: PostmortemDocument): StatusUpdate | undefined {
  const i = latestUpdateIndex(doc.updates);
  return i === undefined ? undefined : doc.updates[i];
}

/** True when the incident is over: status resolved, a `resolved` time, or a latest update in the resolved phase. */
export function isResolved(doc: PostmortemDocument): boolean {
  if (doc.meta.status === 'resolved' || doc.meta.resolved !== undefined) return true;
  return latestUpdate(doc)?.phase === 'resolved';
}
