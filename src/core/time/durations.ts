// Durations as text, in every language, from one rounding: "45 min", "3 h 20 min", "6 d 18 h". Messages and the
// status bar want the exact figure up to four days; the timeline's glance rounds to whole hours from ten hours on.
// From four days on both read in days and hours: nobody counts 162 hours.
import type { Lang } from '../types';

/** From this many minutes (four days) on, spans read in days and hours. */
export const DAYS_FROM_MINUTES = 96 * 60;

/** Same shape as vscode.l10n.t: the English message is the key, {0}… are replaced by the arguments. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export const englishT: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));

/** Whole days and the rest rounded to hours (24 of them round up into a day): a long span, read coarsely. */
export function daysAndHours(minutes: number): { days: number; hours: number } {
  let days = Math.floor(minutes / 1440);
  let hours = Math.round((minutes % 1440) / 60);
  if (hours === 24) {
    days++;
    hours = 0;
  }
  return { days, hours };
}

/** 'exact': hours and minutes up to four days. 'glance': minutes dropped (rounded) from ten hours on. */
export type DurationStyle = 'exact' | 'glance';

interface DurationParts { days: number; hours: number; minutes: number }

/** The figures a duration shows (negative counts as 0). */
export function durationParts(ms: number, style: DurationStyle): DurationParts {
  const total = Math.max(0, Math.round(ms / 60_000));
  if (total >= DAYS_FROM_MINUTES) return { ...daysAndHours(total), minutes: 0 };
  if (style === 'glance' && total >= 600) return { days: 0, hours: Math.round(total / 60), minutes: 0 };
  return { days: 0, hours: Math.floor(total / 60), minutes: total % 60 };
}

/** The five shapes a duration takes, as templates of the UI's translations ("{0} h {1} min"). */
function spell({ days, hours, minutes }: DurationParts, t: Translate): string {
  if (days > 0) return hours === 0 ? t('{0} d', days) : t('{0} d {1} h', days, hours);
  if (hours === 0) return t('{0} min', minutes);
  return minutes === 0 ? t('{0} h', hours) : t('{0} h {1} min', hours, minutes);
}

// French typography keeps a figure and its unit together with a no-break space ("15\u00a0min"); German writes the
// SI symbols throughout (d, h, min), never "T" beside "h".
const UNITS: Record<Lang, { d: string; h: string; m: string; gap: string }> = {
  en: { d: 'd', h: 'h', m: 'min', gap: ' ' },
  fr: { d: 'j', h: 'h', m: 'min', gap: '\u00a0' },
  de: { d: 'd', h: 'h', m: 'min', gap: ' ' },
  'zh-Hans': { d: '天', h: '小时', m: '分钟', gap: ' ' },
  'zh-Hant': { d: '天', h: '小時', m: '分鐘', gap: ' ' },
};

/** The templates in a document language's own units ("{0} j {1} h", "{0} 小时 {1} 分钟"). */
function unitsOf(lang: Lang): Translate {
  const u = UNITS[lang] ?? UNITS.en;
  const words: Record<string, string> = { d: u.d, h: u.h, min: u.m };
  return (message, ...args) => englishT(message.replace(/\} (d|h|min)\b/g, (_m, w: string) => `}${u.gap}${words[w]}`), ...args);
}

/** A duration in the document's language: "45 min", "3 h 20 min", "52 h", "3 小时 20 分钟", "6 j 18 h". */
export function formatDuration(ms: number, lang: Lang, style: DurationStyle = 'exact'): string {
  return spell(durationParts(ms, style), unitsOf(lang));
}

/** A duration at a glance in the UI's language (`t`: vscode.l10n.t): "42 min", "2 h 5 min", "52 h", "4 d 4 h". */
export function formatSpan(ms: number, t: Translate = englishT): string {
  return spell(durationParts(ms, 'glance'), t);
}
