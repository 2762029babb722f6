// Public surface of the timeline model (tree, chart, texts).
export { englishT, formatClock, formatHm, formatSpan, formatTick, zoneOffsetMinutes } from '../time';
export type { Translate } from '../time';
export * from './summary';
export * from './model';
export * from './describe';
export * from './escape';
export * from './svg';
