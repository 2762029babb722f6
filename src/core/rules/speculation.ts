// PM010 speculation: (1) a cause guessed while the update is still "investigating" (or names no phase at all) — a hedge ("probably",
// "vermutlich", "可能是") next to a cause word or a suspected part ("disk", "pare-feu", "硬盘") in the same clause, or a
// hedged cause ("likely due to", "serait dû à"); (2) a promised time of resolution ("will be fixed by 15:00", "sera
// résolu d'ici", "将在…前修复"; in any word order: an expectation, a recovery and a time to come in one clause) in any
// update before the resolved one. Promise the next update, not the fix. No fix: the sentence needs rewriting.
// Quotations count: a statement quoted in the update ("the host says: 'back by noon'") is still told to customers.
import type { Lang } from '../types';
import { clauseAround, endsRightBefore, phrases, sameClause, sentences, wordsBeforeStart, type Hit, type PhraseSet, type Span } from '../text';
import { flaggedIn, negations, perLanguage, plainText, rangeIn, updateBlocks, UPDATE_WORDS } from './support/voice';
import { statesCause } from './support/stated-in-prose';
import { oldestFirstOrder } from '../model/update-phase';
import { defineRule } from './define';

const MESSAGES: Record<Lang, { cause: string; promise: string }> = {
  en: {
    cause: 'Do not guess the cause while you are still investigating: say what you see and what you are doing, e.g. "We are investigating the cause and will share it once we have confirmed it." Name the cause in the "identified" update.',
    promise: 'Do not promise a time of resolution: you may miss it. Promise the time of the next update instead, e.g. "We will post the next update by 15:30 UTC."',
  },
  fr: {
    cause: 'Ne supposez pas de cause pendant l\'enquête : dites ce que vous constatez et ce que vous faites, par exemple « Nous recherchons la cause et la communiquerons dès qu\'elle sera confirmée. » Nommez la cause dans la mise à jour « identifié ».',
    promise: 'Ne promettez pas d\'heure de résolution : vous risquez de la manquer. Promettez plutôt l\'heure de la prochaine mise à jour, par exemple « Prochaine mise à jour : 15:30 UTC. »',
  },
  de: {
    cause: 'Spekulieren Sie nicht über die Ursache, solange Sie noch untersuchen: Sagen Sie, was Sie sehen und was Sie tun, z. B. „Wir untersuchen die Ursache und teilen sie mit, sobald sie bestätigt ist.“ Nennen Sie die Ursache in der Aktualisierung „identifiziert“.',
    promise: 'Versprechen Sie keinen Zeitpunkt der Behebung: Sie könnten ihn verfehlen. Nennen Sie stattdessen die Zeit der nächsten Aktualisierung, z. B. „Nächste Aktualisierung: spätestens 15:30 UTC.“',
  },
  'zh-Hans': {
    cause: '调查阶段请不要猜测原因：请说明您看到的情况和正在采取的措施，例如“我们正在调查原因，确认后会第一时间告知。”请在“已确认”阶段的更新中再说明原因。',
    promise: '请不要承诺修复时间：您可能无法兑现。请改为承诺下一次更新的时间，例如“我们将在 15:30 UTC 前发布下一次更新。”',
  },
  'zh-Hant': {
    cause: '調查階段請不要猜測原因：請說明您看到的情況和正在採取的措施，例如「我們正在調查原因，確認後會第一時間告知。」請在「已確認」階段的更新中再說明原因。',
    promise: '請不要承諾修復時間：您可能無法兌現。請改為承諾下一次更新的時間，例如「我們將在 15:30 UTC 前發布下一次更新。」',
  },
};

/**
 * A hedge with a cause word in the same clause, in either order ("probably caused by"; German "Die Ursache ist
 * vermutlich …"). A comma in between usually means the hedge is about something else: "Due to the load, replies may be
 * slower" guesses an impact, not a cause.
 */
function hedgeNearCause(t: string, start: number, end: number, hedges: PhraseSet, causes: PhraseSet): Hit | undefined {
  let cause = nextHit(causes, t, start, end);
  if (!cause) return undefined;
  // Hedges and causes both run left to right (the hits `all` would list, found one at a time so that a sentence of
  // thousands of causes or hedges keeps no list of them): for each hedge only the nearest cause after it and the
  // nearest ending before it can be in its clause (a farther one has the same breaks in between), found by one walk.
  // Comparing every pair was quadratic; so was testing clauses of any length, hence MAX_CLAUSE.
  const passed: Hit[] = []; // causes before the last hedge's end that overlap it, in order
  let before: Hit | undefined; // the last cause ending by the current hedge's start
  for (let h = nextHit(hedges, t, start, end); h; h = nextHit(hedges, t, h.index + h.length, end)) {
    const hEnd = h.index + h.length;
    // Causes end in the order they start: those ending by the hedge's start come first, the rest overlap it and are
    // kept for the next hedges.
    let n = 0;
    while (n < passed.length && passed[n].index + passed[n].length <= h.index) before = passed[n++];
    if (n > 0) passed.splice(0, n);
    while (cause && cause.index < hEnd) {
      if (cause.index + cause.length <= h.index) before = cause;
      else passed.push(cause);
      cause = nextHit(causes, t, cause.index + cause.length, end);
    }
    if (cause && cause.index - hEnd <= MAX_CLAUSE && sameGuess(t, hEnd, cause.index)) return h;
    if (before) {
      const bEnd = before.index + before.length;
      if (h.index - bEnd <= MAX_CLAUSE && sameClause(t, bEnd, h.index)) return h;
    }
  }
  return undefined;
}

/**
 * The hedge and what it suspects are in one clause, or the hedge opens the clause that follows with "that" after a
 * comma, as German and French write it ("Wir vermuten, dass die Festplatte defekt ist").
 */
function sameGuess(t: string, from: number, to: number): boolean {
  return sameClause(t, from, to) || THAT_CLAUSE.test(t.slice(from, to));
}
const THAT_CLAUSE = /^[^,;:，；：、()（）]{0,40},\s*(?:dass|daß|que|qu['’])[^,;:，；：、()（）]*$/u;

/** The first non-empty hit of `set` in [from, end) (as `set.all` steps over empty ones). */
function nextHit(set: PhraseSet, t: string, from: number, end: number): Hit | undefined {
  let m = set.first(t, from, end);
  while (m && m.length === 0) m = set.first(t, m.index + 1, end);
  return m;
}
/** Longest gap, in characters, between a hedge and a cause of the same clause. */
const MAX_CLAUSE = 1000;

/**
 * The promise regexes that match somewhere in the block, in their order. One that finds nothing in the whole block
 * finds nothing in any of its sentences: they assert nothing but `\b`, a sentence starts after a break or a space and
 * ends on one (or at the block's end), so a match inside a sentence is a match in the block. Most blocks then skip
 * the sentence loop and its copies.
 */
function promisesIn(t: string, promises: RegExp[]): RegExp[] {
  let live: RegExp[] | undefined;
  for (const re of promises) {
    re.lastIndex = 0;
    if (re.exec(t) !== null) (live ??= []).push(re);
  }
  return live ?? NONE;
}
const NONE: RegExp[] = [];

/**
 * A promised time told in any word order: a recovery ("back online", "retour à la normale", "behoben", "恢复") whose
 * clause also holds an expectation ("will", "compte sur", "voraussichtlich", "预计") and a time to come ("tomorrow",
 * "d'ici", "bis Anfang", "明天"), and no word of an update ("next update tomorrow once service is restored" promises the
 * update). German puts the verb last ("dass bis Anfang der Woche die Störungen behoben werden können"), Chinese the
 * time first ("预计明天恢复"): fixed word orders missed both.
 */
function promisedRecovery(t: string, s: Span, l: Lists): Hit | undefined {
  if (!l.recoveries.mayOccur(t, s.start, s.end)) return undefined;
  // Each clause is read once: the search for breaks goes on from the end of the clause before, and the next recovery
  // is looked for after the clause just read (a sentence of thousands of recoveries in as many clauses stays linear).
  let from = s.start;
  for (let r = nextHit(l.recoveries, t, from, s.end); r; r = nextHit(l.recoveries, t, from, s.end)) {
    const c = clauseAround(t, r.index, from, s.end);
    from = Math.max(c.end, r.index + r.length);
    if (!l.expectations.test(t, c.start, c.end) || !timeToCome(t, c, l)) continue;
    if (UPDATE_WORDS.test(t.slice(c.start, c.end))) continue;
    // A return denied for the time named promises nothing ("the API is down and will not be back up today"); the rest of
    // the clause is read on ("it can't be fixed and will be replaced in about six weeks" still promises).
    if (negations().test(t, Math.max(c.start, wordsBeforeStart(t, r.index, 3, 3)), r.index)) {
      from = r.index + r.length;
      continue;
    }
    // The recovery word names the work, and the time is when that work starts or goes on ("the repair resumes tonight").
    if (l.workGoesOn.test(t, r.index + r.length, c.end)) continue;
    // The recovery is what a check of ours looks for, earlier in the sentence: the time is the check's.
    if (l.checks.test(t, s.start, r.index)) continue;
    const text = t.slice(c.start, c.end);
    const lead = text.length - text.trimStart().length;
    const body = text.trim();
    return { index: c.start + lead, length: body.length, text: body };
  }
  return undefined;
}

/**
 * Whether a time to come stands in clause `c` as a time, not as the owner of a thing ("this week's hot weather will
 * also slow the repair" promises no time: the week owns the weather), nor right after a word that makes it past
 * ("since this afternoon", "yesterday and today": `pastSpanStarts`).
 */
function timeToCome(t: string, c: Span, l: Lists): boolean {
  return l.times.all(t, c.start, c.end).some((h) => !/^['’]s(?![\p{L}])/u.test(t.slice(h.index + h.length, h.index + h.length + 3))
    && !endsRightBefore(l.pastSpanStarts, t, Math.max(c.start, h.index - 16), h.index));
}

/** A hedged suspect in a clause that says who is affected is a guess at the scope, not at the cause (`scope`). */
function scopeAside(hit: Hit | undefined, t: string, s: Span, scope: PhraseSet): Hit | undefined {
  if (!hit || !scope.mayOccur(t, s.start, s.end)) return hit;
  const c = clauseAround(t, hit.index, s.start, s.end);
  return scope.test(t, c.start, c.end) ? undefined : hit;
}

interface Lists {
  hedges: PhraseSet; causes: PhraseSet; suspects: PhraseSet; scope: PhraseSet; hedged: PhraseSet; promises: RegExp[];
  expectations: PhraseSet; recoveries: PhraseSet; times: PhraseSet; workGoesOn: PhraseSet; checks: PhraseSet;
  pastSpanStarts: PhraseSet; figures: PhraseSet;
}
// Compiled once per document language (the phrase list keys and promise regexes were rebuilt on every lint).
const lists = perLanguage((lang): Lists => {
  const lex = flaggedIn(lang, 'speculation');
  return {
    hedges: phrases(lex.flatMap((l) => l.hedges)),
    causes: phrases(lex.flatMap((l) => l.causes)),
    suspects: phrases(lex.flatMap((l) => l.suspects)),
    scope: phrases(lex.flatMap((l) => l.scope)),
    hedged: phrases(lex.flatMap((l) => l.hedgedCauses)),
    promises: lex.flatMap((l) => l.promises).map((re) => new RegExp(re.source, 'gu')),
    expectations: phrases(lex.flatMap((l) => l.expectations)),
    recoveries: phrases(lex.flatMap((l) => l.recoveries)),
    times: phrases(lex.flatMap((l) => l.times)),
    workGoesOn: phrases(lex.flatMap((l) => l.workGoesOn)),
    checks: phrases(lex.flatMap((l) => l.checks)),
    pastSpanStarts: phrases(lex.flatMap((l) => l.pastSpanStarts)),
    figures: phrases(lex.flatMap((l) => l.figures ?? [])),
  };
});

const rule = defineRule({
  id: 'PM010',
  name: 'speculation',
  description: 'No guessed cause while investigating, and no promised time of resolution.',
  tags: ['communication', 'language', 'prose'],
  defaultSeverity: 'warning',
  appliesTo: ['incident'],
  customerOnly: true,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const m = ctx.messages;
    const l = lists(doc.lang);
    const { hedges, causes, suspects, scope, hedged, promises } = l;
    // Oldest first: once an update has named the cause without a hedge, or the incident has moved past investigating,
    // a later update without a phase in its heading may speak of the cause freely ("It seems the renewal job failed
    // too" after "The cause was an expired certificate").
    let established = false;
    for (const i of oldestFirstOrder(doc.updates)) {
      const update = doc.updates[i];
      // An update whose heading and text name no phase is still in progress: a post after the recovery says so
      // ("es läuft wieder", "已恢复") or follows a resolved update, and is read as resolved (model/update-phase.ts).
      if (update.phase === 'resolved') {
        established = true;
        continue;
      }
      const investigating = !established && (update.phase === undefined || update.phase === 'investigating');
      let guessed = false;
      let stated = false;
      for (const block of updateBlocks(doc, i)) {
        const t = plainText(doc, block);
        let spans: Span[] | undefined;
        // A guessed cause needs a hedged cause, or a hedge and a cause word or suspected part in the sentence: most
        // blocks have none of them anywhere.
        if (investigating && (hedged.mayOccur(t) || (hedges.mayOccur(t) && (causes.mayOccur(t) || suspects.mayOccur(t))))) {
          // Figures of speech blanked first: their hedge guesses at nothing (same offsets).
          const g = l.figures.blankedIn(t);
          for (const s of (spans ??= sentences(t))) {
            const hit = hedged.first(g, s.start, s.end)
              ?? hedgeNearCause(g, s.start, s.end, hedges, causes)
              ?? scopeAside(hedgeNearCause(g, s.start, s.end, hedges, suspects), g, s, scope);
            if (!hit) continue;
            guessed = true;
            ctx.report({ message: m.cause, range: rangeIn(doc, block, hit.index, hit.length) });
          }
        }
        if (!established && !stated) stated = statesCause(t);
        const live = promisesIn(t, promises);
        if (live.length === 0 && !l.recoveries.mayOccur(t)) continue;
        for (const s of (spans ??= sentences(t))) {
          const sentence = t.slice(s.start, s.end);
          let reported = false;
          for (const re of live) {
            re.lastIndex = 0;
            const p = re.exec(sentence);
            if (!p || UPDATE_WORDS.test(p[0])) continue;
            ctx.report({ message: m.promise, range: rangeIn(doc, block, s.start + p.index, p[0].length) });
            reported = true;
            break;
          }
          if (reported) continue;
          const hit = promisedRecovery(t, s, l);
          if (hit) ctx.report({ message: m.promise, range: rangeIn(doc, block, hit.index, hit.length) });
        }
      }
      if (update.phase === 'identified' || update.phase === 'monitoring' || (stated && !guessed)) established = true;
    }
  },
});

export default rule;
