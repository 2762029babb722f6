// The phase of an update whose heading names none ("2024-09-07", "Update", "EDIT", "soirée"): read from its text.
// Status pages often print only a time; the phase is in the first words ("Resolved - This incident has been
// resolved") or in what the text says ("es läuft wieder", "已恢复", "we are still working on it").
import type { Phase, StatusUpdate } from '../types';
import { everyLanguage, type PhaseTextLexicon } from '../lexicon';
import { clauses, endsRightBefore, fold, phrases, prepare, sentences, wordsBeforeStart, type PhraseSet } from '../text';
import { alternation, HAN } from '../text/compile';
import { phaseOf } from './text';
import { firstSegment } from './updates';
import { dayAtStart, indicesInTimeOrder, matchTimestampAt } from '../time';

/**
 * A phase label in square brackets before text on the first line: "[Monitoring] Our engineers…", "【已解决】服务…". A
 * bracketed word alone on its line ("[closed]") is the page's tag for the whole incident, not this update's phase.
 */
const BRACKETED_LABEL = /[\[【]\s*([\p{L}][\p{L} '’]{1,24}?)\s*[\]】]\s*\S/u;

/** A status-page label before the text: "Resolved - …", "**Update:** …", "Investigating – …", "已恢复：…". */
const LEADING_LABEL = /^[\s*_]*([\p{L}][\p{L} '’]{0,28}?)[\s*_]*(?:[:：|｜]|\s[-–—]\s)/u;

type PhaseTextFamily = keyof PhaseTextLexicon;

/** The in-progress phases an update's text can name, most specific last (a later one wins a tie). */
const IN_PROGRESS_PHASES: readonly Exclude<Phase, 'resolved'>[] = ['investigating', 'identified', 'monitoring'];

/** A family's phrases over every language: an update's words count whatever the document's language. */
export function phaseTextPhrases(family: PhaseTextFamily): string[] {
  return everyLanguage('phaseText').flatMap((l) => l[family] ?? []);
}

let sets: Record<PhaseTextFamily, PhraseSet> | undefined;
function phraseSets(): Record<PhaseTextFamily, PhraseSet> {
  if (!sets) {
    const families: PhaseTextFamily[] = ['ongoing', 'impaired', 'recovered', 'afterTheFact', 'investigating', 'identified', 'monitoring', 'followUp', 'notYet', 'persisting', 'asked', 'awaited'];
    sets = Object.fromEntries(families.map((f) => [f, phrases(phaseTextPhrases(f))])) as Record<PhaseTextFamily, PhraseSet>;
  }
  return sets;
}

/**
 * The update's own prose (quoted text is someone else's words), one paragraph per block: a block is a sentence
 * boundary even without end punctuation, so a follow-up sentence ("以避免再度发生") never takes its neighbours along.
 */
function ownText(u: StatusUpdate): string {
  return u.blocks.filter((b) => !b.inQuote).map((b) => b.text).join('\n\n');
}

/** The text without its sentences about work after the recovery ("so that it does not happen again"). */
function withoutFollowUp(folded: string, followUp: PhraseSet): string {
  if (!followUp.test(folded)) return folded;
  // Chinese chains a recovery and the follow-up work after it with commas in one sentence (系统已恢复正常，预计今天
  // 完成退款: the recovery stays), while a purpose clause in front governs the rest (为避免再次发生，我们正在…: all
  // dropped); so a Chinese sentence is dropped from its first follow-up clause on, any other sentence whole.
  return sentences(folded)
    .flatMap((s) => {
      const parts = HAN.test(folded.slice(s.start, s.end)) ? clauses(folded, s.start, s.end) : [s];
      const first = parts.findIndex((c) => followUp.test(folded, c.start, c.end));
      return first < 0 ? parts : parts.slice(0, first);
    })
    .map((s) => folded.slice(s.start, s.end))
    .join('\n');
}

/**
 * True when a recovery phrase of the text is kept from being true now by the words just before it: a negation or
 * work still towards it ("noch nicht gelöst", "les équipes travaillent au retour à la normale", "尚未恢复").
 */
function recoveryNotYet(folded: string, s: Record<PhaseTextFamily, PhraseSet>): boolean {
  if (!s.recovered.mayOccur(folded)) return false;
  for (const hit of s.recovered.all(folded)) {
    if (s.notYet.test(folded, wordsBeforeStart(folded, hit.index), hit.index) && !askedAbout(folded, hit.index, s.asked)) return true;
  }
  return false;
}

/**
 * The phase of a short first sentence that is a phase word, alone ("Fixed!") or after a subject ("Incident resolved.",
 * "Störung behoben.", "Incident terminé."): the phase word after one or two leading words, unless a negation or an
 * effort comes with it.
 */
function openingPhase(firstLine: string, s: Record<PhaseTextFamily, PhraseSet>): Phase | undefined {
  const sentence = /^\s*([^.!?。！？]{1,30})[.!?。！？](?:\s|$)/u.exec(firstLine)?.[1].trim();
  if (!sentence) return undefined;
  // A short reply that ends on the phase word after a comma or a dash: "Thanks for the report, fixed!", "Thanks - fixed at
  // last." (diag-160).
  const pieces = sentence.split(/\s*[,，;；]\s*|\s[-–—]\s/u);
  const last = pieces[pieces.length - 1];
  if (pieces.length > 1 && last.split(/\s+/u).length <= 3 && !s.notYet.test(fold(last))) {
    const phase = phaseOf(last);
    if (phase) return phase;
  }
  const words = sentence.split(/\s+/u);
  if (words.length > 3) return undefined;
  // A first sentence that is the phase word alone: "Fixed! We are talking to the host about…".
  if (words.length === 1) return phaseOf(words[0]);
  if (s.notYet.test(fold(sentence))) return undefined;
  for (let k = 1; k < words.length; k++) {
    const phase = phaseOf(words.slice(k).join(' '));
    if (phase) return phase;
  }
  return undefined;
}

/**
 * The phase of a first word set off by a comma ("Réparé, je recommande…", "Fixed, the new address is…", "已修复，…"):
 * read only once nothing in the text says the failure goes on.
 */
function leadingWordPhase(firstLine: string): Phase | undefined {
  const word = /^\s*([\p{L}][\p{L}'’-]{1,20})\s*[,，、]/u.exec(firstLine)?.[1];
  return word ? phaseOf(word) : undefined;
}

/**
 * A clock as notices write it: "14:02", "11:02PM", "14 h 02", "14h", "9 am", German "8.30 Uhr"; not a bare number
 * ("from 2 to 3 servers"), nor a dotted one without "Uhr" (a date, "23.03").
 */
const CLOCK = String.raw`\d{1,2}(?:(?::|\s?h\s?)\d{2}(?:\s?[ap]\.?m\.?)?|\.\d{2}(?=\s?uhr)|\s?[ap]\.?m\.?|\s?h(?![\p{L}]))`;
/** What joins the two ends of a time window: "-", "to", « à », „bis", 至… */
const RANGE_JOIN = String.raw`\s*(?:[-–—~～]|to|until|till|and|et|à|au|jusqu'à|bis|und|至|到)\s*`;
/**
 * An opening that frames the update in a window already closed: "Between about 09:10-10:25 UTC on Tuesday, …", "From
 * 3:05PM-3:40PM PT, …", « Entre 14 h 02 et 15 h 10, … », „Zwischen 14:02 und 15:10 Uhr …", "14:02至15:10期间，…". Such
 * a notice is written after the recovery; words that say the failure goes on still outweigh it. The day may come
 * first ("On Sunday 22 November from 14:02 UTC to about 15:10 UTC, …", « Le mardi 9 janvier de … », „Am
 * Dienstag von … bis …").
 */
const WINDOW_START = String.raw`(?:between|from|entre|de|du|zwischen|von|vom|在|从|從|于|於)`;
const ABOUT = String.raw`(?:around|about|approximately|approx\.|roughly|environ|vers|ca\.|etwa|gegen|约|約|大约|大約)`;
const WINDOW = String.raw`\s*${ABOUT}?\s*${CLOCK}(?:\s*[a-z]{2,5})?${RANGE_JOIN}${ABOUT}?\s*${CLOCK}`;
const CLOSED_WINDOW_OPENING = new RegExp(String.raw`^\s*(?:(?:on|le|am)\s+(?:[\p{L}\d]+\.?,?\s+){1,4}?)?${WINDOW_START}?${WINDOW}`, 'iu');
/** A window with its opening word anywhere in a text ("mail could not be delivered from about 8:30 to 17:00"). */
const CLOSED_WINDOW = new RegExp(String.raw`(?<![\p{L}])${WINDOW_START}${WINDOW}`, 'iu');

/** Whether a text opens on a time window already closed (see CLOSED_WINDOW_OPENING): the failure is told as over. */
export function opensOnClosedWindow(text: string): boolean {
  return CLOSED_WINDOW_OPENING.test(text.trimStart().split('\n', 1)[0] ?? '');
}

/**
 * Whether a text already known to close an incident gives the failure a window with both ends („Externe E-Mails
 * konnten von ca. 8.30 Uhr bis 17.00 Uhr nicht zugestellt werden"): the service came back at its end. Not for the
 * phase of an update: mid-text, "unavailable from 22:00 to 23:00 tonight" announces works to come.
 */
export function tellsClosedWindow(text: string): boolean {
  return opensOnClosedWindow(text) || CLOSED_WINDOW.test(text);
}

/**
 * A short aside in parentheses inside a phrase ("fonctionne (enfin) de nouveau", "is (finally) back up") would keep
 * the phrase from matching; the phase never hangs on it.
 */
const SHORT_ASIDE = /\s*[(（][^()（）\n]{1,12}[)）]/gu;

/**
 * An adverb between an auxiliary and its participle ("has been fully restored", "was immediately fixed") keeps a
 * recovery phrase from matching; it says nothing of the phase. Adverbs of part ("mostly", "partially") are not among
 * these: they tell a partial recovery.
 */
const AUXILIARY_ADVERB = /\b(has|have|had|was|were|is|are|been|be)\s+(?:since|already|also|immediately|quickly|promptly|swiftly|rapidly|fully|completely|entirely|successfully|finally|properly|correctly)\s+/gu;

/**
 * Whether a folded text tells recovery, read also without adverbs after an auxiliary (see AUXILIARY_ADVERB). A
 * recovery phrase after a word of persistence ("the clinics remain fully operational") tells what never went down;
 * one asked about ("check if it was back up") tells nothing.
 */
export function tellsRecovery(folded: string, recovered: PhraseSet): boolean {
  if (reachedRecovery(folded, recovered)) return true;
  const plain = folded.replace(AUXILIARY_ADVERB, '$1 ');
  return plain !== folded && reachedRecovery(plain, recovered);
}

function reachedRecovery(folded: string, recovered: PhraseSet): boolean {
  if (!recovered.mayOccur(folded)) return false;
  const { persisting, asked } = phraseSets();
  const persists = persisting.mayOccur(folded);
  const asks = asked.mayOccur(folded);
  // Most texts hold neither: the first recovery phrase settles it, as before.
  if (!persists && !asks) return recovered.test(folded);
  return recovered.all(folded).some((hit) => !(persists && persisting.test(folded, wordsBeforeStart(folded, hit.index, 3, 3), hit.index))
    && !(asks && askedAbout(folded, hit.index, asked)));
}

/**
 * Whether the text tells the trouble as going on: an `ongoing` phrase, unless it is a span that starts with "since"
 * right after a recovery phrase ("has been resolved since yesterday" tells when it was fixed, not that it is down since
 * then). Other phrases after a recovery phrase still tell it going on ("should be up now once it finishes building").
 */
function ongoingTold(folded: string, s: Record<PhaseTextFamily, PhraseSet>): boolean {
  if (!s.ongoing.mayOccur(folded)) return false;
  return s.ongoing.all(folded).some((hit) => !(SINCE.test(folded.slice(hit.index, hit.index + hit.length))
    && endsRightBefore(s.recovered, folded, Math.max(0, hit.index - 40), hit.index)));
}
/** The opening word of a span of time still running: "since yesterday", « depuis hier », „seit gestern", 自昨天. */
const SINCE = /^(?:(?:since|depuis|seit)(?![\p{L}])|自从|自從|自)/u;

/**
 * Whether a monitoring phrase is told as a fact, not as a condition still to be met ("until a temporary fix is in
 * place"): some hit without an `awaited` word in the four words before it.
 */
function monitoringTold(folded: string, s: Record<PhaseTextFamily, PhraseSet>): boolean {
  if (!s.monitoring.mayOccur(folded)) return false;
  if (!s.awaited.mayOccur(folded)) return s.monitoring.test(folded);
  return s.monitoring.all(folded).some((hit) => !s.awaited.test(folded, wordsBeforeStart(folded, hit.index, 4, 4), hit.index));
}

/** Whether a question word stands in the six words (six characters of Chinese) before `at`: "vérifier si le service était rétabli". */
function askedAbout(folded: string, at: number, asked: PhraseSet): boolean {
  return asked.test(folded, wordsBeforeStart(folded, at, 6, 6), at);
}

/**
 * A question put to the reader ("The issues are now fixed. Can you try again?", "Mind bypassing your cache and seeing if
 * it appears then?", « Pouvez-vous réessayer ? », „Könnt ihr es noch einmal versuchen?", "现在可以了吗？你再试一下？"):
 * beside a recovery, the reader is asked to check the fix, which is monitoring (diag-141, -146, -156, -162, -163).
 */
let readerQuestion: RegExp | undefined;
/** On prepared text: a link reads as its words, so a question may hold one ("Mind [bypassing your cache](…) and …?"). */
function asksReaderToCheck(text: string): boolean {
  if (!readerQuestion) {
    const readers = alternation(phaseTextPhrases('readers').map(fold));
    const checks = alternation(phaseTextPhrases('checks').map(fold));
    // Latin words need their own boundaries; Chinese runs on ("你可以再试一下吗？").
    readerQuestion = new RegExp(String.raw`(?<![\p{Script=Latin}])(?:${readers})(?![\p{Script=Latin}])[^.!?。！？\n]*?(?<![\p{Script=Latin}])(?:${checks})[^.!?。！？\n]*[?？]`, 'iu');
  }
  return readerQuestion.test(text);
}

/** The phase the text states, or undefined when it states none. */
export function phaseFromText(text: string): Phase | undefined {
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  const label = LEADING_LABEL.exec(firstLine);
  const labelled = label ? phaseOf(label[1]) : undefined;
  if (labelled) return labelled;
  // A status page's phase in brackets, pasted with its time ("Mar 3, 09:40 UTC [Monitoring] A fix is in place…").
  const bracketed = BRACKETED_LABEL.exec(firstLine);
  const inBrackets = bracketed ? phaseOf(bracketed[1]) : undefined;
  if (inBrackets) return inBrackets;
  // A first line that is nothing but a phase word ("Resolved.", "已解决。").
  const bare = firstLine.trim().replace(/[\s.!。！]+$/u, '');
  // Only a line that is the phase word, not one that goes on past a comma ("已修复，请测试" asks for a test).
  const whole = bare.length <= 30 && !/[,，;；]/u.test(bare) ? phaseOf(bare) : undefined;
  if (whole) return whole;
  const s = phraseSets();
  const opening = openingPhase(firstLine, s);
  if (opening) return opening;
  const folded = withoutFollowUp(prepare(text.replace(SHORT_ASIDE, '')), s.followUp);
  // In-progress words name the phase; "still down" or "should be back by 17:00" outweighs any recovery phrase.
  let named: Phase | undefined;
  for (const p of IN_PROGRESS_PHASES) if (p === 'monitoring' ? monitoringTold(folded, s) : s[p].test(folded)) named = p;
  if (ongoingTold(folded, s) || recoveryNotYet(folded, s)) return named ?? 'investigating';
  // The fix watched outweighs a phase word set off at the start ("已修复，请测试": fixed, please test).
  if (named === 'monitoring') return named;
  const leading = leadingWordPhase(firstLine);
  if (leading) return leading;
  // Told as over, unless the reader is asked to check the fix.
  const over = (): Phase => (asksReaderToCheck(prepare(text)) ? 'monitoring' : 'resolved');
  if (tellsRecovery(folded, s.recovered)) return over();
  if (s.impaired.test(folded)) return named ?? 'investigating';
  if (s.afterTheFact.test(folded) || (!named && opensOnClosedWindow(firstLine))) return over();
  return named;
}

/**
 * Indices of `updates` from oldest to newest: by time where at least two updates have different parsed times
 * (newest first when the first listed is later than the last listed), else by the dates of date-only headings, else
 * by the phases the updates state (a resolved update listed before an investigating one means newest first), else as
 * listed (see `listsNewestFirst`).
 */
export function oldestFirstOrder(updates: readonly StatusUpdate[]): number[] {
  const listed = updates.map((_, i) => i);
  return listsNewestFirst(updates) ? listed.reverse() : listed;
}

/**
 * Indices of every update oldest first, those without a time too: the listing read in its direction, the timed
 * updates in time order (stable) in the places timed updates hold; an undated "### Update" stays where its author put
 * it. The one reading of "the latest update" for the rules and for Publish.
 */
export function timeOrder(updates: readonly StatusUpdate[]): number[] {
  const timed = timedOrder(updates);
  let next = 0;
  return oldestFirstOrder(updates).map((i) => (updates[i].timestamp.at !== undefined ? timed[next++] : i));
}

/** Indices of the updates that have a parsed time, in time order (stable for equal times). */
export function timedOrder(updates: readonly StatusUpdate[]): number[] {
  return indicesInTimeOrder(updates, (u) => u.timestamp.at);
}

/** Index of the latest update (see `timeOrder`), undefined when there is none. */
export function latestUpdateIndex(updates: readonly StatusUpdate[]): number | undefined {
  const order = timeOrder(updates);
  return order[order.length - 1];
}

/**
 * The incident's phase as its updates tell it: the latest update's (see `timeOrder`), else the nearest earlier one's
 * when the latest names none ("### Update — we are still on it" after "Identified"). Undefined when none names one.
 */
export function latestPhase(updates: readonly StatusUpdate[]): Phase | undefined {
  const order = timeOrder(updates);
  for (let k = order.length - 1; k >= 0; k--) {
    const phase = updates[order[k]].phase;
    if (phase) return phase;
  }
  return undefined;
}

/**
 * True when the document lists its updates newest first (the status-page convention): told by the times, else by the
 * dates of headings that hold only a date, else by the phases the updates state themselves (heading, else text; not
 * one carried over from a neighbour, which depends on the order), so the answer is the same before and after
 * `inferTextPhases` — and is kept per list of updates: several rules ask, and reading every update's text is not free.
 */
export function listsNewestFirst(updates: readonly StatusUpdate[]): boolean {
  let answer = newestFirstOf.get(updates);
  if (answer === undefined) newestFirstOf.set(updates, answer = readsNewestFirst(updates));
  return answer;
}

const newestFirstOf = new WeakMap<readonly StatusUpdate[], boolean>();

function readsNewestFirst(updates: readonly StatusUpdate[]): boolean {
  const timed = updates.filter((u) => u.timestamp.at !== undefined);
  const first = timed[0]?.timestamp.at, last = timed[timed.length - 1]?.timestamp.at;
  if (first !== undefined && last !== undefined && first !== last) return first > last;
  // Headings that hold only a date ("### 2024-02-18", as GitHub threads are kept) tell the order by their dates.
  const days = updates.map(headingDay).filter((d): d is number => d !== undefined);
  if (days.length >= 2 && days[0] !== days[days.length - 1]) return days[0] > days[days.length - 1];
  // Headings that hold only a time of day ("### 3:15pm", one day's posts on a status page) tell it by their times, when
  // they run one way (a run that turns back may cross midnight: no answer from it).
  const clock = sameDayClocks(updates);
  if (clock && runsOneWay(clock)) return clock[0] > clock[clock.length - 1];
  const stated = updates.map(statedPhase).filter((p): p is StatedPhase => p !== undefined);
  if (stated.length < 2) return false;
  const [top, bottom] = [stated[0], stated[stated.length - 1]];
  // Text alone never turns the listing round: a first post written after the fact ("the outage this morning is
  // fixed") above later news reads as resolved first in an oldest-first thread.
  if (!top.inHeading && !bottom.inHeading) return false;
  const rank = (p: Phase): number => (p === 'resolved' ? 3 : p === 'monitoring' ? 2 : p === 'identified' ? 1 : 0);
  return rank(top.phase) > rank(bottom.phase);
}

interface StatedPhase { phase: Phase; inHeading: boolean }

/** The date a heading starts with, as a number that sorts like the date (undefined: none). */
function headingDay(u: StatusUpdate): number | undefined {
  if (u.timestamp.at !== undefined) return undefined;
  const d = dayAtStart(u.timestamp.raw);
  return d ? d.year * 10_000 + d.month * 100 + d.day : undefined;
}

/** Where a clock may start in a heading ("10:16", "3:15pm", "[11:22 PM]"): the time parser reads it from there. */
const CLOCK_START = /(?<!\d)\d{1,2}[:.h]\d{2}/;

/**
 * A heading's time of day and the rest of its date ("Mar 13, 10:16 MDT" -> 616 and "mar13"; "3:15pm" -> 915 and
 * ""), for a heading the time parser could not place; undefined when it holds no clock.
 */
function headingClock(u: StatusUpdate): { minute: number; day: string } | undefined {
  if (u.timestamp.at !== undefined) return undefined;
  const head = firstSegment(u.heading);
  const start = CLOCK_START.exec(head)?.index;
  const m = start === undefined ? undefined : matchTimestampAt(head, start, true);
  if (!m || m.hour === undefined || m.hour > 23 || (m.minute ?? 0) > 59) return undefined;
  const day = (head.slice(0, m.index) + head.slice(m.index + m.length)).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return { minute: m.hour * 60 + (m.minute ?? 0), day };
}

/** Minutes past midnight of headings that all name the same day (or none) with a clock; undefined otherwise. */
function sameDayClocks(updates: readonly StatusUpdate[]): number[] | undefined {
  const clocks = updates.map(headingClock).filter((c): c is { minute: number; day: string } => c !== undefined);
  if (clocks.length < 2 || clocks.some((c) => c.day !== clocks[0].day)) return undefined;
  return clocks.map((c) => c.minute);
}

/** True when the values only rise or only fall (no two equal). */
function runsOneWay(values: readonly number[]): boolean {
  const up = values[1] > values[0];
  for (let i = 1; i < values.length; i++) if (values[i] === values[i - 1] || (values[i] > values[i - 1]) !== up) return false;
  return true;
}

/** The phase an update states itself: its heading's, else its own text's. */
function statedPhase(u: StatusUpdate): StatedPhase | undefined {
  if (u.phase && !u.phaseFromText) return { phase: u.phase, inHeading: true };
  const phase = phaseFromText(ownText(u)) ?? (u.phaseRaw ? phaseFromText(u.phaseRaw) : undefined);
  return phase ? { phase, inHeading: false } : undefined;
}

/**
 * Gives every update whose heading names no phase the phase its text states (`phaseFromText = true`). An update
 * that states none and follows a resolved one in time is an after-the-fact post: resolved too; one that follows a
 * monitoring update continues it ("Update — We are continuing to monitor"): monitoring. So is the newest
 * update of an incident whose front matter says it is resolved, when neither its heading nor its text names a phase
 * (a closing analysis, "thanks for your patience"): nothing in it says the failure goes on.
 */
export function inferTextPhases(updates: StatusUpdate[], resolved = false): void {
  const order = oldestFirstOrder(updates);
  let previous: Phase | undefined;
  for (const i of order) {
    const u = updates[i];
    if (!u.phase) {
      // The update's prose, else the heading's own words ("202304XX 04:00 PM — 服务全面恢复" names no phase word of
      // ours but says the service is back).
      const phase = phaseFromText(ownText(u))
        ?? (u.phaseRaw ? phaseFromText(u.phaseRaw) : undefined)
        ?? (previous === 'resolved' || previous === 'monitoring' ? previous : undefined);
      if (phase) { u.phase = phase; u.phaseFromText = true; }
    }
    if (u.phase) previous = u.phase;
  }
  const newest = updates[order[order.length - 1]];
  if (resolved && newest && !newest.phase) { newest.phase = 'resolved'; newest.phaseFromText = true; }
}
