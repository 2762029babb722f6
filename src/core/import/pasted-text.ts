// Reads the text a person copies from a hosted status page's incident: a title, then per update a phase word (or
// "Phase - text" on one line), its text, and a line with the time it was posted ("Posted 2 hours ago. Nov 22, 2026 -
// 16:40 UTC", "Publié le 22 nov. 2026 - 16:40 UTC", "发布于 2026年11月22日 16:40 UTC"), newest first as pages list
// them; at the end, maybe the components it affected. The words are data (lexicon/<lang>/status-page.ts), read in
// every language at once: a page's labels need not be in the language of its text.
import type { Phase } from '../types';
import { LANGS } from '../types';
import { lexicon } from '../lexicon';
import { fold } from '../text';
import { matchTimestampAt, resolveTimestamp, type TimestampMatch } from '../time';
import type { SourceIncident, SourceUpdate } from './types';

interface Words {
  phases: Map<string, Phase>;
  others: Set<string>;
  posted: string[];
  affected: string[];
  months: Array<{ prefix: string; month: number }>;
}

let words: Words | undefined;
function load(): Words {
  if (words) return words;
  const w: Words = { phases: new Map(), others: new Set(), posted: [], affected: [], months: [] };
  for (const lang of LANGS) {
    const lx = lexicon(lang);
    for (const [phase, list] of Object.entries(lx.phases) as [Phase, readonly string[]][]) {
      for (const word of list) if (!w.phases.has(fold(word))) w.phases.set(fold(word), phase);
    }
    for (const o of lx.statusPage.otherLabels) w.others.add(fold(o));
    w.posted.push(...lx.statusPage.posted.map(fold));
    w.affected.push(...lx.statusPage.affected.map(fold));
    lx.statusPage.months.forEach((names, i) => { for (const n of names) w.months.push({ prefix: fold(n), month: i + 1 }); });
  }
  // longest first: "posted on" before "posted"
  w.posted.sort((a, b) => b.length - a.length);
  w.affected.sort((a, b) => b.length - a.length);
  words = w;
  return w;
}

/** A label as a page shows it above an update: our phase, or one of the page's other labels. */
interface Label { raw: string; phase?: Phase }

/** What may end a label line: "Resolved:", "Resolved -" (the page's history puts the text on the next line). */
const LABEL_END = /(?:[\s.:：]|\s[-–—])+$/u;

function labelOf(raw: string): Label | undefined {
  const w = load();
  const shown = raw.trim().replace(/^[*_]+|[*_]+$/g, '').replace(LABEL_END, '');
  const key = fold(shown);
  if (!key || key.length > 30) return undefined;
  const phase = w.phases.get(key);
  if (phase) return { raw: shown, phase };
  return w.others.has(key) ? { raw: shown } : undefined;
}

/** "Resolved - This incident has been resolved.": a label and the text after it on the same line. */
const INLINE_LABEL = /^([\p{L}][\p{L} '’-]{0,28}?)\s*(?:[:：|｜]|\s[-–—]\s)\s*(.*)$/u;

function splitLabel(line: string): { label: Label; rest: string } | undefined {
  const whole = labelOf(line);
  if (whole) return { label: whole, rest: '' };
  const m = INLINE_LABEL.exec(line.trim());
  const label = m ? labelOf(m[1]) : undefined;
  return m && label ? { label, rest: m[2] } : undefined;
}

/** "22 nov. 2026 - 16:40 UTC", "22. Nov. 2026, 16:40 UTC": a date with a French or German month name. */
const DAY_MONTH_YEAR = /(?<![\p{L}\d])(\d{1,2})\.?[ \t\u00a0]+(\p{L}{3,9})\.?[ \t\u00a0]+(\d{4}),?[ \t\u00a0]*(?:[-–—]|à|um|,)?[ \t\u00a0]*(\d{1,2})[:h](\d{2})(?!\d)/u;
const ZONE_AFTER = /^[ \t\u00a0]*(UTC|GMT|Z(?![A-Za-z])|[+-]\d{2}:?\d{2}(?!\d))/;

function dayMonthYear(line: string): { match: TimestampMatch; start: number; end: number } | undefined {
  const m = DAY_MONTH_YEAR.exec(line);
  if (!m) return undefined;
  const name = fold(m[2]);
  const month = load().months.find((x) => name.startsWith(x.prefix))?.month;
  if (!month) return undefined;
  let end = m.index + m[0].length;
  const z = ZONE_AFTER.exec(line.slice(end));
  if (z) end += z[0].length;
  return {
    match: { raw: line.slice(m.index, end), index: m.index, length: end - m.index, year: +m[3], month, day: +m[1], hour: +m[4], minute: +m[5], zone: z?.[1] },
    start: m.index, end,
  };
}

/**
 * Zone abbreviations status pages print after a time ("10:16 MDT"), as offsets. Only the unambiguous ones, plus CST
 * read as US Central (the pages that print these abbreviations are English-language pages).
 */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  AKST: '-09:00', AKDT: '-08:00', HST: '-10:00', WET: '+00:00', WEST: '+01:00', BST: '+01:00', CET: '+01:00',
  CEST: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00', SGT: '+08:00', HKT: '+08:00', JST: '+09:00',
  KST: '+09:00', AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
};
const ABBREVIATION_AFTER_TIME = new RegExp(`(\\d{1,2}:\\d{2}(?:\\s?[AaPp][Mm])?)[ \\t\\u00a0]+(${Object.keys(ZONE_ABBREVIATIONS).join('|')})(?![A-Za-z])`, 'g');

/** The line with each zone abbreviation after a time written as its offset ("10:16 MDT" -> "10:16 -06:00"). */
function withOffsets(line: string): string {
  return line.replace(ABBREVIATION_AFTER_TIME, (_m, time: string, abbr: string) => `${time} ${ZONE_ABBREVIATIONS[abbr]}`);
}

/** The first dated time in a line: where it is and when (in `zone` when the line names none). */
export function findPostedTime(raw: string, zone: string): { at?: number; start: number; end: number } | undefined {
  const line = withOffsets(raw);
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (!digit && !/[A-Z]/.test(line[i])) continue;
    if (i > 0 && /[\p{L}\d]/u.test(line[i - 1])) continue;
    const m = matchTimestampAt(line, i, true);
    if (m && m.year !== undefined) return { at: resolveTimestamp(m, { zone }).at, start: i, end: i + m.length };
  }
  const d = dayMonthYear(line);
  return d ? { at: resolveTimestamp(d.match, { zone }).at, start: d.start, end: d.end } : undefined;
}

/** A line that says when an update was posted: a posted word before a time, or a time with hardly anything around it. */
function postedLine(raw: string, zone: string): { at?: number } | undefined {
  const found = findPostedTime(raw, zone);
  if (!found) return undefined;
  const line = withOffsets(raw);
  const folded = fold(line.trim());
  if (load().posted.some((p) => folded.startsWith(p))) return found;
  const around = (line.slice(0, found.start) + ' ' + line.slice(found.end)).replace(/[-–—.,|·()]/g, ' ').trim();
  return around.split(/\s+/).filter(Boolean).length <= 2 ? found : undefined;
}

function affectedList(line: string): string[] | undefined {
  const folded = fold(line.trim());
  const word = load().affected.find((a) => folded.startsWith(a));
  if (!word) return undefined;
  const rest = line.trim().slice(word.length).replace(/^[\s:：]+/u, '').replace(/[.。]\s*$/u, '');
  return rest.split(/\s*(?:,|，|、|;|\band\b|\bet\b|\bund\b|和|及)\s*/u).map((s) => s.trim()).filter(Boolean);
}

function trimBlank(lines: string[]): string[] {
  let a = 0, b = lines.length;
  while (a < b && lines[a].trim() === '') a++;
  while (b > a && lines[b - 1].trim() === '') b--;
  return lines.slice(a, b);
}

/** "Mar 13, 10:16 MDT": a page's history gives no year, so no instant can be read from it. */
const YEARLESS = /(?<![A-Za-z])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t\u00a0]+\d{1,2},?[ \t\u00a0]+\d{1,2}:\d{2}/;

/** True when the text dates its updates without a year (a status page's history list, not an incident's page). */
export function hasYearlessDates(text: string): boolean {
  return YEARLESS.test(text);
}

/** Reads copied status-page text; undefined when it holds no update with a posted time. */
export function readPastedText(text: string, zone = 'UTC'): SourceIncident | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/u, ''));
  const blocks: Array<{ lines: string[]; at?: number }> = [];
  let current: string[] = [];
  for (const line of lines) {
    const posted = line.trim() ? postedLine(line, zone) : undefined;
    if (posted) {
      blocks.push({ lines: current, at: posted.at });
      current = [];
    } else current.push(line);
  }
  if (blocks.length === 0) return undefined;
  const trailing = trimBlank(current);

  const incident: SourceIncident = { updates: [], components: [], leftover: [] };
  blocks.forEach((block, i) => {
    let body = trimBlank(block.lines);
    if (i === 0) {
      // The page's header comes before the first update: the title, then lines such as "Incident Report for …".
      const first = body.findIndex((l) => splitLabel(l) !== undefined);
      const header = first > 0 ? body.slice(0, first) : first === 0 ? [] : body.slice(0, 1);
      body = first >= 0 ? body.slice(first) : body.slice(1);
      const [title, ...rest] = trimBlank(header);
      incident.title = title?.trim();
      incident.leftover.push(...rest.filter((l) => l.trim()));
    }
    const update: SourceUpdate = { at: block.at, body: '', components: [] };
    const labelled = body.length > 0 ? splitLabel(body[0]) : undefined;
    if (labelled) {
      update.label = labelled.label.raw;
      update.phase = labelled.label.phase;
      body = labelled.rest ? [labelled.rest, ...body.slice(1)] : trimBlank(body.slice(1));
    }
    update.body = body.join('\n');
    incident.updates.push(update);
  });
  for (const line of trailing) {
    if (!line.trim()) continue;
    const list = affectedList(line);
    if (list) { for (const c of list) if (!incident.components.includes(c)) incident.components.push(c); }
    else incident.leftover.push(line);
  }
  return incident;
}
