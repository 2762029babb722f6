// Texts shared by the tree, the chart and the preview: durations, clock times and a translate hook.
// Pure (luxon only). The UI passes vscode.l10n.t as `t`; the default substitutes {0}, {1}… in the English text.
import { DateTime } from 'luxon';
import { DAYS_FROM_MINUTES, daysAndHours } from '../time';

/** Same shape as vscode.l10n.t: the English message is the key, {0}… are replaced by the arguments. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export const englishT: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));

const MIN = 60_000;

/** "42 min", "2 h 5 min", "52 h", "4 d 4 h": precise while it matters, coarse when it does not. Negative counts as 0. */
export function formatSpan(ms: number, t: Translate = englishT): string {
  const minutes = Math.max(0, Math.round(ms / MIN));
  if (minutes < 60) return t('{0} min', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 10) return rest === 0 ? t('{0} h', hours) : t('{0} h {1} min', hours, rest);
  if (minutes < DAYS_FROM_MINUTES) return t('{0} h', Math.round(minutes / 60));
  const { days, hours: restHours } = daysAndHours(minutes);
  return restHours === 0 ? t('{0} d', days) : t('{0} d {1} h', days, restHours);
}

const UTC_NAMES = new Set(['utc', 'z', 'etc/utc', 'gmt', 'etc/gmt', 'utc+0', 'utc+00:00', '+00:00', '+0000']);

/** A luxon zone for the document's zone as written: IANA names, "UTC", "+02:00" / "+0200" offsets. */
export function luxonZone(zone: string | undefined): string {
  if (!zone) return 'UTC';
  const z = zone.trim();
  if (UTC_NAMES.has(z.toLowerCase())) return 'UTC';
  const off = /^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$/i.exec(z);
  if (off) return `UTC${off[1]}${Number(off[2])}${off[3] && off[3] !== '00' ? `:${off[3]}` : ''}`;
  return DateTime.local().setZone(z).isValid ? z : 'UTC';
}

function zoneLabel(dt: DateTime): string {
  if (dt.offset === 0 && (dt.zoneName === 'UTC' || dt.zoneName === 'Etc/UTC')) return 'UTC';
  // Intl knows "EST" in en-US and "CET" in en-GB; fall back to the "GMT+8" form when neither has a name.
  const us = dt.toFormat('ZZZZ', { locale: 'en-US' });
  return us.startsWith('GMT') ? dt.toFormat('ZZZZ', { locale: 'en-GB' }) : us;
}

/** "14:45 UTC" when `at` falls on the same day as `near` in that zone, else "2026-11-22 14:45 UTC". */
export function formatClock(at: number, zone: string | undefined, near?: number): string {
  const z = luxonZone(zone);
  const dt = DateTime.fromMillis(at, { zone: z });
  const sameDay = near !== undefined && DateTime.fromMillis(near, { zone: z }).toISODate() === dt.toISODate();
  return `${dt.toFormat(sameDay ? 'HH:mm' : 'yyyy-MM-dd HH:mm')} ${zoneLabel(dt)}`;
}

/** "14:45" only (axis ticks). */
export function formatHm(at: number, zone: string | undefined): string {
  return DateTime.fromMillis(at, { zone: luxonZone(zone) }).toFormat('HH:mm');
}

/**
 * An axis tick: "MM-dd" when ticks are a day or more apart (a long incident), else "HH:mm", with the date in front
 * on the first tick and wherever a new day starts, so an axis never shows the same "00:00" twice without its day.
 */
export function formatTick(at: number, zone: string | undefined, stepMs: number, previous?: number): string {
  const z = luxonZone(zone);
  const dt = DateTime.fromMillis(at, { zone: z });
  if (stepMs >= 24 * 60 * 60_000) return dt.toFormat('MM-dd');
  const newDay = previous === undefined || DateTime.fromMillis(previous, { zone: z }).toISODate() !== dt.toISODate();
  return dt.toFormat(newDay ? 'MM-dd HH:mm' : 'HH:mm');
}

/** Minutes the zone is ahead of UTC at `at` (ticks fall on whole local hours and midnights). */
export function zoneOffsetMinutes(at: number, zone: string | undefined): number {
  return DateTime.fromMillis(at, { zone: luxonZone(zone) }).offset;
}
