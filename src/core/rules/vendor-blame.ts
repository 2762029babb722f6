// PM007 vendor-blame: customer text that lays the cause on a third party instead of owning it.
// A sentence blames when a party ("our provider", "AWS", "Drittanbieter", "第三方") stands next to a cause word
// ("caused by", "outage", "à cause de", "Ausfall bei", "导致") in the same clause, or when it shifts blame outright
// ("beyond our control"). Not blame: the same sentence apologises, or the same paragraph owns the failure
// ("we chose", "our responsibility", "so that this does not happen again"); a vendor named without a cause word.
import type { Lang } from '../types';
import { clauseAround, fold, gapWords, literal, phrases, sameClause, sentences, wordsAfterEnd, type Hit, type PhraseSet, type Span } from '../text';
import { isSpace } from '../text/chars';
import { apologies, everyLanguage, flaggedIn, ownBlocks, rangeIn, voiceText } from './support/voice';
import { causeWordsIn, statesCauseIn } from './support/stated-in-prose';
import { defineRule } from './define';

// {party} is quoted as the sentence wrote it, in whatever case it stood there (German „bei unserem Anbieter“): the
// German message quotes it instead of building it into a sentence of its own.
const MESSAGES: Record<Lang, { party: string; shifting: string }> = {
  en: {
    party: 'This lays the cause on a third party. Own it instead: it is your service, so say what failed for your customers and what you will change, e.g. "We rely on {party} for this; that choice is ours, and we are adding a fallback so that this does not happen again."',
    shifting: 'Do not say the failure was out of your hands: customers chose you, not your suppliers. Say what happened to your service and what you will change so that it does not happen again.',
  },
  fr: {
    party: 'Cette phrase rejette la responsabilité sur un tiers. Assumez-la : c\'est votre service ; dites ce qui a échoué pour vos clients et ce que vous allez changer, par exemple « Nous dépendons de {party} pour ce service ; ce choix est le nôtre et nous ajoutons une solution de secours pour que cela ne se reproduise pas. »',
    shifting: 'Ne dites pas que la panne ne dépendait pas de vous : vos clients vous ont choisis, pas vos fournisseurs. Dites ce qui est arrivé à votre service et ce que vous changez pour que cela ne se reproduise pas.',
  },
  de: {
    party: 'Dieser Satz schiebt die Schuld auf einen Dritten (‚{party}‘). Übernehmen Sie die Verantwortung: Es ist Ihr Dienst. Sagen Sie, was für Ihre Kunden ausgefallen ist und was Sie ändern, z. B. „Für diesen Dienst setzen wir auf einen externen Anbieter; diese Entscheidung liegt bei uns, und wir richten eine Ausweichlösung ein, damit sich das nicht wiederholt.“',
    shifting: 'Schreiben Sie nicht, dass der Ausfall außerhalb Ihrer Kontrolle lag: Ihre Kunden haben Sie gewählt, nicht Ihre Dienstleister. Sagen Sie, was mit Ihrem Dienst passiert ist und was Sie ändern, damit es sich nicht wiederholt.',
  },
  'zh-Hans': {
    party: '这句话把责任推给了第三方。请承担责任：这是您的服务，请说明客户受到了什么影响以及您将做出什么改变，例如“我们依赖{party}提供这项服务，这是我们的选择；我们正在增加备用方案，避免再次发生。”',
    shifting: '不要说故障不在您的控制范围内：客户选择的是您，而不是您的供应商。请说明您的服务出了什么问题，以及您将如何改进以避免再次发生。',
  },
  'zh-Hant': {
    party: '這句話把責任推給了第三方。請承擔責任：這是您的服務，請說明客戶受到了什麼影響以及您將做出什麼改變，例如「我們依賴{party}提供這項服務，這是我們的選擇；我們正在增加備援方案，避免再次發生。」',
    shifting: '不要說故障不在您的控制範圍內：客戶選擇的是您，而不是您的供應商。請說明您的服務出了什麼問題，以及您將如何改進以避免再次發生。',
  },
};

/** Vendor names from the `vendors` option (wildcards and gaps are taken literally). */
function optionVendors(vendors: readonly string[]): string[] {
  return vendors.map(literal).filter(Boolean);
}

interface Lists {
  parties: ReturnType<typeof phrases>;
  /**
   * Parties that are certainly someone else: the ways of naming a supplier ("our provider", „Fremdfirma", 上游) and
   * the configured vendors, not the built-in names, which may be the writer's own ("a router in one of OVH's data
   * centres" in OVH's own statement).
   */
  suppliers: ReturnType<typeof phrases>;
  before: ReturnType<typeof phrases>;
  nearBefore: ReturnType<typeof phrases>;
  after: ReturnType<typeof phrases>;
  afterFar: ReturnType<typeof phrases>;
  nearAfter: ReturnType<typeof phrases>;
  shifting: ReturnType<typeof phrases>;
  helpless: ReturnType<typeof phrases>;
  general: ReturnType<typeof phrases>;
  sides: ReturnType<typeof phrases>;
  owning: ReturnType<typeof phrases>;
  ours: ReturnType<typeof phrases>;
  notParties: ReturnType<typeof phrases>;
}

// Compiled lists per configured vendor list and document language (building them cost ~2 ms per lint; a long list's
// names are shared by every language, see `phrases`). Found by the list object first: a config is reused lint after
// lint, and joining a long list (50,000 names) on every lint for a key cost more than the lint itself.
interface PerList { vendors: string[]; byLang: Map<Lang, Lists> }
const byObject = new WeakMap<object, PerList>();
const byContent = new Map<string, PerList>();

function lists(lang: Lang, configured: readonly string[]): Lists {
  let entry = byObject.get(configured);
  if (!entry) {
    const vendors = optionVendors(configured);
    const key = vendors.join('\u0000');
    entry = byContent.get(key);
    if (!entry) {
      entry = { vendors, byLang: new Map() };
      // Vendor lists come from configuration: keep the cache small whatever the user types.
      if (byContent.size >= 16) byContent.clear();
      byContent.set(key, entry);
    }
    byObject.set(configured, entry);
  }
  let c = entry.byLang.get(lang);
  if (!c) {
    c = build(lang, entry.vendors);
    entry.byLang.set(lang, c);
  }
  return c;
}

function build(lang: Lang, vendors: string[]): Lists {
  const own = flaggedIn(lang, 'vendorBlame');
  const all = everyLanguage('vendorBlame');
  return {
    // Vendor names as names: one trie per distinct list, shared by every language.
    parties: phrases(own.flatMap((l) => l.parties), [...all.flatMap((l) => l.vendors), ...vendors]),
    suppliers: phrases(own.flatMap((l) => l.parties), vendors),
    before: phrases(own.flatMap((l) => l.before)),
    nearBefore: phrases(own.flatMap((l) => l.nearBefore)),
    after: phrases(own.flatMap((l) => l.after)),
    afterFar: phrases(own.flatMap((l) => l.afterFar ?? [])),
    nearAfter: phrases(own.flatMap((l) => l.nearAfter)),
    shifting: phrases(own.flatMap((l) => l.shifting)),
    helpless: phrases(own.flatMap((l) => l.helpless ?? [])),
    general: phrases(own.flatMap((l) => l.general ?? [])),
    sides: phrases(own.flatMap((l) => l.sides)),
    // Owning it counts in any language.
    owning: phrases(all.flatMap((l) => l.owning)),
    // Our own failure named right after the cause word, in any language (as the owning words).
    ours: phrases(all.flatMap((l) => l.ours)),
    notParties: phrases(all.flatMap((l) => l.notParties ?? [])),
  };
}

/**
 * How far from a party a cause word is looked for, in characters. The cue must stand within a few words of the
 * party, so a bounded window finds the same cues and keeps the rule linear: looking back to the sentence's start
 * made "due to due to … AWS" quadratic.
 */
const CUE_WINDOW = 200;

/**
 * The parties that are not inside a phrase naming no party ("the GitHub issue", "a third party contractor"). Both lists
 * run left to right.
 */
function namedParties(t: string, s: Span, l: Lists, parties: Hit[]): Hit[] {
  // A party named only to be excluded is not named (非台電單位的承攬商: a contractor of someone other than Taipower).
  if (parties.some((p) => t[p.index - 1] === '非')) parties = parties.filter((p) => t[p.index - 1] !== '非');
  if (parties.length === 0 || !l.notParties.mayOccur(t)) return parties;
  const refs = l.notParties.all(t, s.start, s.end);
  let j = 0;
  return parties.filter((p) => {
    while (j < refs.length && refs[j].index + refs[j].length <= p.index) j++;
    const r = refs[j];
    return !(r && r.index <= p.index && p.index + p.length <= r.index + r.length);
  });
}

/** A party that stands next to a cause word in sentence `s`, or undefined. */
function blamedParty(t: string, s: Span, l: Lists): Hit | undefined {
  const parties = namedParties(t, s, l, l.parties.all(t, s.start, s.end));
  if (parties.length === 0) return undefined;
  // "… a failure on their side": the sentence names a party, the side phrase puts the fault there. A side phrase
  // inside a party's own name says nothing about the fault.
  if (l.sides.mayOccur(t)) {
    const side = l.sides.all(t, s.start, s.end).some((h) =>
      !parties.some((p) => p.index < h.index + h.length && h.index < p.index + p.length));
    if (side) return parties[0];
  }
  for (const p of parties) {
    const pEnd = p.index + p.length;
    const from = Math.max(s.start, p.index - CUE_WINDOW);
    const to = Math.min(s.end, pEnd + CUE_WINDOW);
    const cueBefore = (set: typeof l.before, max: number) =>
      set.all(t, from, p.index).some((c) => {
        const end = c.index + c.length;
        return end <= p.index && sameClause(t, end, p.index) && gapWords(t, end, p.index) <= max;
      });
    if (cueBefore(l.before, 4) || cueBefore(l.nearBefore, 1)) return p;
    // The nearest cue after the party decides: any later one is farther and behind the same clause breaks.
    const after = l.after.first(t, pEnd, to);
    if (after && sameClause(t, pEnd, after.index) && gapWords(t, pEnd, after.index) <= 2) return p;
    // An incident phrase may stand farther, past a relative clause ("a provider we use for X was having an incident").
    const far = l.afterFar.first(t, pEnd, to);
    if (far && sameClause(t, pEnd, far.index) && gapWords(t, pEnd, far.index) <= 6) return p;
    const next = l.nearAfter.first(t, pEnd, to);
    if (next && /^(?:'s?)?[\s-]*$/.test(t.slice(pEnd, next.index))) return p;
  }
  // A sentence that names a supplier and states a cause puts the cause there, however far apart the words stand
  // („Grund war ein Kurzschluss, von einer Fremdfirma verursacht“, « notre prestataire … à l'origine de l'incident »).
  // Not a supplier first named in a clause after the cause was told, unless its own clause tells a cause too or a
  // colon hands the cause on to it ("The cause is simple: our data host ran into problems"): it is called in to help
  // („因硬碟重新分割導致資料損毀，當日即通知系統廠商前來復原“).
  // A cause put on our own failure ("a late fee that a third-party creditor charged as a result of our outage") is owned.
  if (!statesCauseIn(t, s.start, s.end) || causeOnUs(t, s, l)) return undefined;
  return namedParties(t, s, l, l.suppliers.all(t, s.start, s.end)).find((p) => {
    const clause = clauseAround(t, p.index, s.start, s.end);
    return !statesCauseIn(t, s.start, clause.start) || statesCauseIn(t, clause.start, clause.end)
      || /[:：]\s*$/.test(t.slice(s.start, clause.start));
  });
}

/**
 * Whether every cause sentence `s` states is our own failure ("a late fee a third-party creditor charged as a result
 * of our outage"): the cause is owned. Not where a party stands in what follows ("due to our hosting provider's outage").
 */
function causeOnUs(t: string, s: Span, l: Lists): boolean {
  const hits = causeWordsIn(t, s.start, s.end);
  return hits.length > 0 && hits.every((h) => {
    const at = h.index + h.length;
    let word = at;
    while (word < s.end && isSpace(t.charCodeAt(word))) word++;
    if (l.ours.first(t, word, Math.min(s.end, word + 12))?.index !== word) return false;
    const to = Math.min(s.end, wordsAfterEnd(t, at, 5, 8));
    return !l.parties.test(t, at, to) && !l.suppliers.test(t, at, to);
  });
}

const rule = defineRule({
  id: 'PM007',
  name: 'vendor-blame',
  description: 'Customer text owns the failure instead of laying the cause on a third party.',
  tags: ['communication', 'language', 'prose'],
  defaultSeverity: 'warning',
  appliesTo: ['incident', 'rcca'],
  customerOnly: true,
  messages: MESSAGES,
  options: {
    vendors: {
      type: 'string-list', default: [],
      description: 'Names of your vendors (cloud, CDN, payment provider…) to flag in customer text, besides the well-known ones.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const l = lists(doc.lang, ctx.options.vendors);
    const m = ctx.messages;
    for (const block of ownBlocks(doc)) {
      const t = voiceText(doc, block);
      // A sentence only blames with a shifting phrase or a party in it: most blocks have neither anywhere.
      if (!l.shifting.mayOccur(t) && !l.parties.mayOccur(t)) continue;
      // Helplessness blames only beside a third party named in the same paragraph (see `helpless`).
      let named: boolean | undefined;
      // The exemptions (an owning paragraph, an apologising sentence) are only looked for once a sentence blames:
      // most sentences do not, and the lists are pure, so the findings are the same as checking them first.
      let owning: boolean | undefined;
      for (const s of sentences(t)) {
        let shift = l.shifting.first(t, s.start, s.end);
        if (!shift) {
          const helpless = l.helpless.first(t, s.start, s.end);
          if (helpless && (named ??= namesParty(t, l))) shift = helpless;
        }
        const party = shift ? undefined : blamedParty(t, s, l);
        const hit = shift ?? party;
        if (!hit) continue;
        owning ??= ownsIt(t, l);
        if (owning) break;
        if (apologies().test(t, s.start, s.end)) continue;
        // A mechanism told in general ("in rare situations, our cloud provider is unable to …") blames nobody for this one.
        if (l.general.test(t, s.start, s.end)) continue;
        const message = shift ? m.shifting : m.party.replace('{party}', midSentence(block.text.slice(hit.index, hit.index + hit.length).trim()));
        ctx.report({ message, range: rangeIn(doc, block, hit.index, hit.length) });
      }
    }
  },
});

let determinerSet: PhraseSet | undefined;
/**
 * The party as it reads inside the suggested sentence: a leading determiner written at the start of the writer's
 * sentence loses its capital ("Our hosting company" -> "We rely on our hosting company"); names keep theirs.
 */
function midSentence(party: string): string {
  determinerSet ??= phrases(everyLanguage('vendorBlame').flatMap((l) => l.determiners));
  const lead = determinerSet.first(fold(party));
  return lead?.index === 0 ? party.slice(0, lead.length).toLowerCase() + party.slice(lead.length) : party;
}

/** Whether paragraph text `t` names a third party anywhere (page references such as "the GitHub issue", and contractors, aside). */
function namesParty(t: string, l: Lists): boolean {
  if (!l.parties.mayOccur(t)) return false;
  return namedParties(t, { start: 0, end: t.length }, l, l.parties.all(t)).length > 0;
}

/**
 * Whether the paragraph owns the failure. An owning phrase inside a shifting one does not count: "this is not really
 * on us" and "不是我们的责任" disown it, though "on us" and "我们的责任" own it.
 */
function ownsIt(t: string, l: ReturnType<typeof lists>): boolean {
  const owned = l.owning.all(t);
  if (owned.length === 0) return false;
  const shifts = l.shifting.all(t);
  // Both lists run left to right without overlaps: the only shift that can hold an owning phrase is the first one
  // ending at or after it, so one walk decides (comparing every pair was quadratic).
  let j = 0;
  return owned.some((o) => {
    const oEnd = o.index + o.length;
    while (j < shifts.length && shifts[j].index + shifts[j].length < oEnd) j++;
    const s = shifts[j];
    return !(s && s.index <= o.index && oEnd <= s.index + s.length);
  });
}

export default rule;
