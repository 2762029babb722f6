// PM022 blameful-language: a person named as the cause, "human error", "should have", "forgot to" — in every
// audience, internal reviews included: blame makes people hide what they know, and the next review learns less.
// Say what the system allowed and what will change instead. Quoted text is skipped, and so is blame denied next to
// it ("not due to human error", 并非人为疏忽所致). No fix: it needs rewording.
import type { Lang } from '../types';
import { phrases, type PhraseSet } from '../text';
import { advance, deniedAround, flaggedIn, ownBlocks, perLanguage, rangeIn, voiceText } from './support/voice';
import { defineRule } from './define';

const MESSAGES: Record<Lang, string> = {
  en: '"{x}" puts the blame on people. Describe what the system allowed and what you will change instead, e.g. "The deploy tool let an unreviewed change reach production; we are adding a mandatory review step."',
  fr: '« {x} » fait porter la faute à des personnes. Décrivez plutôt ce que le système a permis et ce que vous allez changer, par exemple « L\'outil de déploiement a laissé passer une modification non relue ; nous ajoutons une relecture obligatoire. »',
  de: '„{x}“ schiebt Menschen die Schuld zu. Beschreiben Sie stattdessen, was das System zugelassen hat und was Sie ändern, z. B. „Das Deployment-Werkzeug ließ eine ungeprüfte Änderung in die Produktion; wir führen eine verpflichtende Prüfung ein.“',
  'zh-Hans': '“{x}”把责任归咎于个人。请改为说明系统为何允许问题发生以及您将做出的改变，例如“部署工具允许未经审核的变更进入生产环境；我们正在增加强制审核步骤。”',
  'zh-Hant': '「{x}」把責任歸咎於個人。請改為說明系統為何允許問題發生以及您將做出的改變，例如「部署工具允許未經審查的變更進入正式環境；我們正在增加強制審查步驟。」',
};

/** What every match of a person regex starts with when it is about an @handle (lexicon/<lang>/blame.ts). */
const HANDLE_STARTS = ['@', '(?:@[\\w.-]+)', '(?:^|[^\\w@])@'];

/** True when `source` has a `|` outside every group and class: then its start does not bind every match. */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Every match of the regex contains "@": it starts with a handle and has no other top-level alternative. */
function needsHandle(re: RegExp): boolean {
  return HANDLE_STARTS.some((p) => re.source.startsWith(p)) && !topLevelAlternation(re.source);
}

interface Person { re: RegExp; handle: boolean }

// Compiled per language once: building the phrase set key and the person regexes on every lint was a fixed cost.
interface Lists { set: PhraseSet; expectations: PhraseSet; people: Person[] }
const lists = perLanguage((lang): Lists => {
  const lex = flaggedIn(lang, 'blame');
  const people = lex.flatMap((l) => l.person).map((re) => ({ re: new RegExp(re.source, 'gu'), handle: needsHandle(re) }));
  return { set: phrases(lex.flatMap((l) => l.phrases)), expectations: phrases(lex.flatMap((l) => l.expectations ?? [])), people };
});

const rule = defineRule({
  id: 'PM022',
  name: 'blameful-language',
  description: 'Blameless wording: no person named as the cause, no "human error", "should have" or "forgot to".',
  tags: ['communication', 'language', 'prose', 'blameless'],
  defaultSeverity: 'warning',
  appliesTo: ['incident', 'rcca'],
  customerOnly: false,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const { set, expectations, people } = lists(doc.lang);
    const template = ctx.messages;
    for (const block of ownBlocks(doc)) {
      const t = voiceText(doc, block);
      // all() returns a fresh array: the person hits join it.
      const hits: { index: number; length: number }[] = withoutExpectations(t, set.all(t), expectations);
      // The @handle regexes cannot match a block without "@" (most blocks): skip their scans.
      const at = t.includes('@');
      for (const { re, handle } of people) {
        if (handle && !at) continue;
        // exec on the shared regex: matchAll would clone it (a new RegExp) for every block.
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(t)) !== null) {
          if (m[0].length === 0) re.lastIndex = advance(t, re.lastIndex);
          // The person regexes may consume one separator character before an @handle.
          const lead = /^[^\w@\p{L}]/u.test(m[0]) ? 1 : 0;
          hits.push({ index: m.index + lead, length: m[0].length - lead });
        }
      }
      hits.sort((a, b) => a.index - b.index);
      let end = -1;
      for (const h of hits) {
        if (h.index < end) continue;
        // "The outage was not due to human error", "这次中断并非人为疏忽所致": denied, it blames nobody.
        if (deniedAround(t, h.index, h.index + h.length)) continue;
        end = h.index + h.length;
        const x = block.text.slice(h.index, h.index + h.length).replace(/\s+/g, ' ').trim();
        ctx.report({ message: template.replace('{x}', x), range: rangeIn(doc, block, h.index, h.length) });
      }
    }
  },
});

/**
 * The blameful phrases that are not part of an expectation: "the link should have been up" says what a thing was
 * meant to do, not who failed. Expectations are only looked for in blocks that have a blameful phrase.
 */
function withoutExpectations<H extends { index: number; length: number }>(t: string, hits: H[], expectations: PhraseSet): H[] {
  if (hits.length === 0) return hits;
  const spans = expectations.all(t);
  if (spans.length === 0) return hits;
  return hits.filter((h) => !spans.some((e) => h.index < e.index + e.length && e.index < h.index + h.length));
}

export default rule;
