// Zones as written in documents and configs ('UTC', 'Z', 'GMT+2', '+01:00', 'Europe/Berlin') read through luxon, and
// the two ways a zone is shown: written back into a document (parseable) or displayed to a reader (short).
import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';

/**
 * The locale of every luxon DateTime we make. Our formats are fixed ('yyyy-MM-dd HH:mm', Latin digits), never the
 * machine's locale; naming one also spares luxon asking ICU for the system locale, and the first Intl call of a
 * process costs about 30 ms (a sixth of the CLI's start-up on one document).
 */
export const LUXON_LOCALE = 'en-US';

/** A luxon zone for a zone as written ('UTC', 'Z', 'GMT+2', '+01:00', '-0530', 'Europe/Berlin'), or undefined. */
const zoneCache = new Map<string, Zone | undefined>();

export function toZone(spec: string | undefined): Zone | undefined {
  if (spec === undefined) return undefined;
  const key = String(spec);
  const hit = zoneCache.get(key);
  if (hit !== undefined || zoneCache.has(key)) return hit;
  const z = readZone(key);
  // Zone names are few; the cap only guards against a document full of made-up ones.
  if (zoneCache.size < 500) zoneCache.set(key, z);
  return z;
}

function readZone(spec: string): Zone | undefined {
  const s = String(spec).trim().replace(/\u2212/g, '-').replace(/\s+/g, '');
  if (!s) return undefined;
  if (/^(?:z|utc|gmt)$/i.test(s)) return FixedOffsetZone.utcInstance;
  let off = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(s);
  if (off && /^(?:utc|gmt)/i.test(s) === false && off[2].length !== 2) off = null; // bare "+1" is not an offset
  if (off) {
    const h = +off[2];
    const min = off[3] !== undefined ? +off[3] : 0;
    if (h > 18 || min > 59) return undefined;
    return FixedOffsetZone.parseSpecifier(`UTC${off[1]}${h}:${String(min).padStart(2, '0')}`) ?? undefined;
  }
  if (IANAZone.isValidZone(s)) return IANAZone.create(s);
  return undefined;
}

/** True when `spec` names a zone luxon can use. */
export function isValidZone(spec: string | undefined): boolean {
  return toZone(spec) !== undefined;
}

/** A zone name luxon accepts everywhere (`setZone`, `{ zone }`), for a valid spec; undefined otherwise. */
export function normalizeZone(spec: string | undefined): string | undefined {
  const z = toZone(spec);
  if (!z) return undefined;
  return z.name;
}

/** The zone as a luxon zone name for `{ zone }` options; 'UTC' when unusable. */
export function zoneName(spec: string | undefined): string {
  return toZone(spec)?.name ?? 'UTC';
}

/** The luxon zone of a document zone as written; UTC when unusable. */
export function zoneOrUtc(spec: string | undefined): Zone {
  return toZone(spec) ?? FixedOffsetZone.utcInstance;
}

/** A zone written into a document: 'UTC' or its IANA name or offset, which the timestamp reader reads back. */
export function writtenZoneLabel(dt: Pick<DateTime, 'zoneName'>, zone: string): string {
  const name = dt.zoneName ?? zone;
  if (name === 'UTC' || name === 'Etc/UTC' || name === 'GMT') return 'UTC';
  return name;
}

/** A zone shown to a reader: 'UTC', else its short name ('CET', 'EST'), else 'GMT+8'. */
export function displayZoneLabel(dt: DateTime): string {
  if (dt.offset === 0 && (dt.zoneName === 'UTC' || dt.zoneName === 'Etc/UTC')) return 'UTC';
  // Intl knows "EST" in en-US and "CET" in en-GB; fall back to the "GMT+8" form when neither has a name.
  const us = dt.toFormat('ZZZZ', { locale: 'en-US' });
  return us.startsWith('GMT') ? dt.toFormat('ZZZZ', { locale: 'en-GB' }) : us;
}
