// Dates and times as text, for every caller: rules and scaffolding write them into documents in a form the timestamp
// reader reads back ("2026-11-22 14:30 UTC", "14:30 Europe/Berlin"); the timeline, preview, status bar and CodeLens
// display them with a short zone name ("14:30 CET"). Pure (luxon); nothing here reads the clock.
import { DateTime } from 'luxon';
import { LUXON_LOCALE, displayZoneLabel, writtenZoneLabel, zoneOrUtc } from './zones';

function inZone(ms: number, zone: string | undefined): DateTime {
  return DateTime.fromMillis(ms, { zone: zoneOrUtc(zone), locale: LUXON_LOCALE });
}

function sameDay(a: number, b: number, zone: string | undefined): boolean {
  return sameDate(fieldsIn(a, zone), fieldsIn(b, zone));
}

function sameDate(a: Pick<DateTime, 'year' | 'month' | 'day'>, b: Pick<DateTime, 'year' | 'month' | 'day'>): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}

// The written forms are read from the DateTime's fields (luxon computed them in the zone) rather than through
// toFormat, which parses its pattern and builds a number formatter on every call: a rule formats a time per finding,
// thousands per document on the worst texts. Same text as toFormat('HH:mm') / toFormat('yyyy-MM-dd HH:mm'), in ASCII
// digits whatever the process's locale, as the timestamp reader expects them.
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const year4 = (y: number): string => (y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0'));

/** The calendar fields of an instant in a zone, and the zone's name: what the written forms read. */
interface Fields { year: number; month: number; day: number; hour: number; minute: number; zoneName: string | null }

/** Luxon's range of instants (DateTime.fromMillis calls anything beyond it invalid), also Date's. */
const MAX_DATE = 8.64e15;
const DAY = 86_400_000;

/**
 * The fields of the minute `hour`:`minute` of the proleptic Gregorian date `days` days after 1970-01-01, the date as
 * Date's UTC getters give it (H. Hinnant's civil_from_days): arithmetic instead of a Date per call.
 */
function civilFields(days: number, hour: number, minute: number, zoneName: string): Fields {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: doy - Math.floor((153 * mp + 2) / 5) + 1, hour, minute, zoneName };
}

/**
 * The fields luxon's DateTime.fromMillis(ms, { zone }) has, computed as it computes them (the zone's offset at `ms`,
 * then the UTC fields of the shifted instant) without making a DateTime: making one also builds its Locale from the
 * options, which was most of the cost of a time written into each of thousands of findings. Anything luxon would
 * call invalid (a zone it cannot use, an instant out of its range) goes through luxon itself, for the same answer.
 */
function fieldsIn(ms: number, zone: string | undefined): Fields {
  const z = zoneOrUtc(zone);
  if (z.isValid && Number.isFinite(ms) && ms >= -MAX_DATE && ms <= MAX_DATE) {
    // What new Date(shifted) holds (its time value is the sum truncated to a whole millisecond), read by arithmetic.
    const t = Math.trunc(ms + z.offset(ms) * 60_000);
    if (t >= -MAX_DATE && t <= MAX_DATE) {
      const days = Math.floor(t / DAY);
      const inDay = t - days * DAY;
      return civilFields(days, Math.floor(inDay / 3_600_000), Math.floor((inDay % 3_600_000) / 60_000), z.name);
    }
  }
  const dt = inZone(ms, zone);
  return { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute, zoneName: dt.zoneName };
}

const hoursMinutes = (f: Fields): string => `${pad2(f.hour)}:${pad2(f.minute)}`;
const dateHoursMinutes = (f: Fields): string => `${year4(f.year)}-${pad2(f.month)}-${pad2(f.day)} ${hoursMinutes(f)}`;

/** '14:30 UTC' (the time in `zone`, labelled with the zone as written). */
export function formatTime(ms: number, zone = 'UTC'): string {
  const f = fieldsIn(ms, zone);
  return `${hoursMinutes(f)} ${writtenZoneLabel(f, zone)}`;
}

/** '2026-11-22 14:30 UTC'. */
export function formatDateTime(ms: number, zone = 'UTC'): string {
  const f = fieldsIn(ms, zone);
  return `${dateHoursMinutes(f)} ${writtenZoneLabel(f, zone)}`;
}

/** '14:30 UTC', with the date when it is not the same calendar day as `ref` in the zone. */
export function formatTimeNear(at: number, ref: number, zone: string): string {
  const f = fieldsIn(at, zone);
  const text = at === ref || sameDate(f, fieldsIn(ref, zone)) ? hoursMinutes(f) : dateHoursMinutes(f);
  return `${text} ${writtenZoneLabel(f, zone)}`;
}

/** Front matter time: ISO 8601 to the minute, in the zone ("2026-11-22T14:02:00Z", "…T15:02:00+01:00"). */
export function isoTime(at: number, zone: string): string {
  const dt = inZone(at, zone).startOf('minute');
  return dt.toISO({ suppressMilliseconds: true }) ?? new Date(at).toISOString();
}

/** Calendar date in the zone ("2026-11-22"), for folder names. */
export function isoDate(at: number, zone: string): string {
  return inZone(at, zone).toFormat('yyyy-LL-dd');
}

/** Compact stamp for generated incident ids ("20261122-1402"). */
export function idStamp(at: number, zone: string): string {
  return inZone(at, zone).toFormat('yyyyLLdd-HHmm');
}

/** Displayed: "14:45 CET" when `at` falls on the same day as `near` in that zone, else "2026-11-22 14:45 CET". */
export function formatClock(at: number, zone: string | undefined, near?: number): string {
  const dt = inZone(at, zone);
  const short = near !== undefined && sameDay(at, near, zone);
  return `${dt.toFormat(short ? 'HH:mm' : 'yyyy-MM-dd HH:mm')} ${displayZoneLabel(dt)}`;
}

/** "14:45" only (axis ticks). */
export function formatHm(at: number, zone: string | undefined): string {
  return inZone(at, zone).toFormat('HH:mm');
}

/**
 * An axis tick: "MM-dd" when ticks are a day or more apart (a long incident), else "HH:mm", with the date in front
 * on the first tick and wherever a new day starts, so an axis never shows the same "00:00" twice without its day.
 */
export function formatTick(at: number, zone: string | undefined, stepMs: number, previous?: number): string {
  const dt = inZone(at, zone);
  if (stepMs >= 24 * 60 * 60_000) return dt.toFormat('MM-dd');
  const newDay = previous === undefined || !sameDay(previous, at, zone);
  return dt.toFormat(newDay ? 'MM-dd HH:mm' : 'HH:mm');
}

/** Minutes the zone is ahead of UTC at `at` (ticks fall on whole local hours and midnights). */
export function zoneOffsetMinutes(at: number, zone: string | undefined): number {
  return inZone(at, zone).offset;
}
