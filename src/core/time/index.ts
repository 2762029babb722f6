// The one time layer: recognising timestamps, resolving them in zones, calendar arithmetic, and formatting dates,
// times, zones and durations in every language for rules, scaffolding, timeline, preview, status bar and CodeLens.
export { matchTimestampAt, MERIDIEM_SOURCE, zoneInLabel } from './recognise';
export { monthNameDayAt } from './month-name';
export { dayAtStart } from './day';
export type { WrittenDay } from './month-name';
export type { TimestampMatch } from './recognise';
export { addDays, addMinutes, parseDateValue, parseTimestamp, resolveTimestamp } from './resolve';
export type { ParseTimeOptions, ResolvedTime } from './resolve';
export { displayZoneLabel, isValidZone, normalizeZone, toZone, writtenZoneLabel, zoneName, zoneOrUtc } from './zones';
export {
  formatClock, formatDateTime, formatHm, formatTick, formatTime, formatTimeNear, idStamp, isoDate, isoTime, zoneOffsetMinutes,
} from './format';
export {
  DAYS_FROM_MINUTES, daysAndHours, durationParts, englishT, formatDuration, formatSpan,
} from './durations';
export type { DurationStyle, Translate } from './durations';
export { hasTime, inTimeOrder, indicesInTimeOrder } from './order';
