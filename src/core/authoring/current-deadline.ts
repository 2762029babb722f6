// What the status bar shows for a document: the ongoing incident's next-update deadline, or, once resolved, the
// report's publish-by deadline. Pure, so the countdown logic is unit-tested with a fixed clock.
import type { Config, PostmortemDocument, StatusUpdate } from '../types';
import { cadenceOf, publishHours } from './time';

export interface Deadline {
  kind: 'next-update' | 'publish-by';
  due: number;
  /** now - due: negative while there is time left. */
  lateMs: number;
  overdue: boolean;
  /** True when the time was promised in the document ("Next update by 14:30"); false when derived from the cadence. */
  promised: boolean;
}

function lastUpdate(doc: PostmortemDocument): StatusUpdate | undefined {
  let last: StatusUpdate | undefined;
  for (const u of doc.updates) {
    if (u.timestamp.at === undefined) continue;
    if (!last || u.timestamp.at >= last.timestamp.at!) last = u;
  }
  return last;
}

function deadline(kind: Deadline['kind'], due: number, now: number, promised: boolean): Deadline {
  return { kind, due, lateMs: now - due, overdue: now > due, promised };
}

export function resolvedAt(doc: PostmortemDocument): number | undefined {
  if (doc.meta.resolved !== undefined) return doc.meta.resolved;
  const last = lastUpdate(doc);
  return last?.phase === 'resolved' ? last.timestamp.at : undefined;
}

export function currentDeadline(doc: PostmortemDocument, now: number, config?: Config): Deadline | undefined {
  const hours = publishHours(config) * 3_600_000;
  if (doc.kind === 'rcca') {
    if (doc.meta.published !== undefined) return undefined;
    const due = doc.meta.publishBy ?? (doc.meta.resolved !== undefined ? doc.meta.resolved + hours : undefined);
    return due === undefined ? undefined : deadline('publish-by', due, now, doc.meta.publishBy !== undefined);
  }
  if (doc.kind !== 'incident') return undefined;
  const resolved = resolvedAt(doc);
  if (resolved !== undefined || doc.meta.status === 'resolved') {
    return resolved === undefined ? undefined : deadline('publish-by', resolved + hours, now, false);
  }
  const cadence = cadenceOf(doc.meta.severity, config) * 60_000;
  const last = lastUpdate(doc);
  if (last) {
    const promised = last.nextUpdate?.at;
    if (promised !== undefined) return deadline('next-update', promised, now, true);
    return deadline('next-update', last.timestamp.at! + cadence, now, false);
  }
  const from = doc.meta.detected ?? doc.meta.started;
  return from === undefined ? undefined : deadline('next-update', from + cadence, now, false);
}
