// The promised time of the next update, read from an update's prose in any supported language:
// "Next update by 14:30 UTC", "prochaine mise à jour dans 30 minutes", "下次更新时间：14:30 UTC".
// A bare time takes the update's date and zone (rolling over midnight when it reads as half a day earlier);
// a relative one counts from the update's time.
import type { Range, StatusUpdate } from '../types';
import { LANGS } from '../types';
import { lexicon } from '../lexicon';
import { addDays, addMinutes, MERIDIEM_SOURCE, resolveTimestamp, toZone } from '../time';
import type { LineIndex } from './lines';
import { leadingTimestamp } from './leading-timestamps';
import { Memo } from './memo';

type NextUpdate = NonNullable<StatusUpdate['nextUpdate']>;

interface Candidate { index: number; end: number; at?: number }

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, un: 1, une: 1, ein: 1, eine: 1, einer: 1, einem: 1, '一': 1,
  // "within the next hour", "within the hour": one of the unit.
  'the next': 1, the: 1,
};
const HALF = /^(?:half\s+an|une\s+demi|einer\s+halben|半)$/i;

interface LangPatterns { hint: RegExp; at: readonly RegExp[]; rel: readonly RegExp[] }
let patterns: { langs: LangPatterns[]; minutes: Set<string>; hours: Set<string> } | undefined;

function all() {
  if (!patterns) {
    const langs: LangPatterns[] = [];
    const minutes = new Set<string>(), hours = new Set<string>();
    for (const lang of LANGS) {
      const s = lexicon(lang).structure;
      // zh-Hans and zh-Hant share a hint; each still brings its own patterns.
      langs.push({ hint: s.nextUpdateHint, at: s.nextUpdateAt, rel: s.nextUpdateIn });
      s.minuteUnits.forEach((u) => minutes.add(u.toLowerCase()));
      s.hourUnits.forEach((u) => hours.add(u.toLowerCase()));
    }
    patterns = { langs, minutes, hours };
  }
  return patterns;
}

function unitMinutes(unit: string, p: ReturnType<typeof all>): number | undefined {
  const u = unit.toLowerCase();
  if (p.minutes.has(u) || /^min/.test(u)) return 1;
  if (p.hours.has(u) || /^(?:hour|heure|stunde|std|hr)/.test(u)) return 60;
  // Plural forms not listed ("minutes" when only "minute" is).
  if (p.minutes.has(u.replace(/s$/, ''))) return 1;
  if (p.hours.has(u.replace(/n$|s$/, ''))) return 60;
  return undefined;
}

function amount(n: string): number | undefined {
  const t = n.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(t)) return Number(t);
  if (HALF.test(t)) return 0.5;
  return WORD_NUMBERS[t];
}


/** `base` stands in for the update's time when its own did not parse (the last update time known before it). */
export function findNextUpdate(u: StatusUpdate, lines: LineIndex, docZone: string, base?: number): NextUpdate | undefined {
  const p = all();
  const updateAt = u.timestamp.at ?? base;
  // Bare next-update times are read in the update's own zone when it names one.
  const zone = u.timestamp.hasZone ? zoneOfRaw(u.timestamp.raw) ?? docZone : docZone;
  for (const block of u.blocks) {
    if (block.inQuote) continue;
    const text = block.text;
    let best: Candidate | undefined;
    for (const lang of p.langs) {
      if (!lang.hint.test(text)) continue;
      best = scan(lang, text, best, zone, updateAt, p);
    }
    if (best) {
      const base = lines.offsetAt(block.range.start);
      const range: Range = lines.range(base + best.index, base + best.end);
      const out: NextUpdate = { raw: text.slice(best.index, best.end), range };
      if (best.at !== undefined) out.at = best.at;
      return out;
    }
  }
  return undefined;
}

/** The earliest next-update phrase of one language in `text`, if earlier than `best`. */
function scan(lang: LangPatterns, text: string, best: Candidate | undefined, zone: string, updateAt: number | undefined, p: ReturnType<typeof all>): Candidate | undefined {
  {
    for (const re of lang.at) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        if (best && m.index >= best.index) break;
        const stamp = leadingTimestamp(text, m.index + m[0].length, false) ?? bareHour(text, m.index + m[0].length);
        if (!stamp) continue;
        const r = resolveTimestamp(stamp.match, { zone, baseDate: updateAt });
        let at = r.at;
        if (at !== undefined && updateAt !== undefined && !r.hasDate && at < updateAt - 12 * 3_600_000) {
          at = addDays(at, 1, r.zone);
        }
        best = { index: m.index, end: stamp.end, at };
        break;
      }
    }
    for (const re of lang.rel) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        if (best && m.index >= best.index) break;
        const n = amount(m.groups?.n ?? '');
        const per = unitMinutes(m.groups?.unit ?? '', p);
        if (n === undefined || per === undefined) continue;
        const at = updateAt !== undefined ? addMinutes(updateAt, n * per) : undefined;
        best = { index: m.index, end: m.index + m[0].length, at };
        break;
      }
    }
  }
  return best;
}

// The meridiem as the time parser reads it (group 2 here).
const BARE_HOUR = new RegExp(String.raw`^\s*(\d{1,2})${MERIDIEM_SOURCE}`, 'iy');

/**
 * A clock hour without minutes ("Next Update: 10am", "by 3 p.m."), read as that hour on the hour; the timestamp
 * parser wants minutes, which a promise often leaves out.
 */
function bareHour(text: string, pos: number): ReturnType<typeof leadingTimestamp> {
  BARE_HOUR.lastIndex = 0;
  const m = BARE_HOUR.exec(text.slice(pos, pos + 16));
  if (!m) return undefined;
  // The time parser reads the meridiem ("10:00 am"): the hour on the hour, written out.
  const stamp = leadingTimestamp(`${m[1]}:00 ${m[2]}m`, 0, false);
  return stamp && { ...stamp, end: pos + m[0].length };
}

/** The zone written in an update's timestamp ("14:12 Europe/Berlin" -> Europe/Berlin). */
function zoneOfRaw(raw: string): string | undefined {
  // Update timestamps repeat ("14:30 UTC"): remember the answers.
  return rawZones.get(raw, (r) => {
    const m = leadingTimestamp(r);
    return m?.match.zone ? toZone(m.match.zone)?.name : undefined;
  });
}
const rawZones = new Memo<string>();
