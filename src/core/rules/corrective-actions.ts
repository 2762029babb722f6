// PM021 corrective-actions: customers want to know what will stop this from happening again, who does it and by
// when. Each action is a list item with an owner and a due date, and names something concrete.
import type { CorrectiveAction, Lang } from '../types';
import { lexicon } from '../lexicon';
import { titleRange } from './support/doc';
import { defineRule } from './define';

type Problem = 'owner' | 'due' | 'vague';

/** `problems`: what to add to an action, joined with `join` into `action`'s text. */
const MESSAGES: Record<Lang, {
  none: string; action: (parts: string) => string; join: string; problems: Record<Problem, string>;
}> = {
  en: {
    none: 'No corrective actions: list each one as "- [ ] what will change — owner: @name — due: YYYY-MM-DD".', action: (p) => `This corrective action needs work: ${p}.`, join: '; ',
    problems: { owner: 'name an owner (owner: @name)', due: 'give a due date (due: YYYY-MM-DD)', vague: 'say concretely what will change, not just "investigate" or "fix the issue"' },
  },
  fr: {
    none: 'Aucune action corrective : listez chacune sous la forme « - [ ] ce qui va changer — responsable : @nom — échéance : AAAA-MM-JJ ».', action: (p) => `Cette action corrective est à compléter : ${p}.`, join: ' ; ',
    problems: { owner: 'nommez un responsable (responsable : @nom)', due: 'donnez une échéance (échéance : AAAA-MM-JJ)', vague: 'dites concrètement ce qui va changer, pas seulement « enquêter » ou « corriger le problème »' },
  },
  de: {
    none: 'Keine Korrekturmaßnahmen: Führen Sie jede als „- [ ] was sich ändert — verantwortlich: @name — fällig: JJJJ-MM-TT“ auf.', action: (p) => `Diese Korrekturmaßnahme ist unvollständig: ${p}.`, join: '. ',
    problems: { owner: 'Nennen Sie eine verantwortliche Person (verantwortlich: @name)', due: 'Geben Sie ein Fälligkeitsdatum an (fällig: JJJJ-MM-TT)', vague: 'Sagen Sie konkret, was sich ändert, nicht nur „untersuchen“ oder „Fehler beheben“' },
  },
  'zh-Hans': {
    none: '没有纠正措施：请逐条列出，格式如“- [ ] 要改变什么 — 负责人：@姓名 — 截止：YYYY-MM-DD”。', action: (p) => `这条纠正措施需要完善：请${p}。`, join: '；',
    problems: { owner: '指定负责人（负责人：@姓名）', due: '给出截止日期（截止：YYYY-MM-DD）', vague: '具体说明要改变什么，而不只是“调查一下”或“修复问题”' },
  },
  'zh-Hant': {
    none: '沒有矯正措施：請逐條列出，格式如「- [ ] 要改變什麼 — 負責人：@姓名 — 截止：YYYY-MM-DD」。', action: (p) => `這條矯正措施需要完善：請${p}。`, join: '；',
    problems: { owner: '指定負責人（負責人：@姓名）', due: '給出截止日期（截止：YYYY-MM-DD）', vague: '具體說明要改變什麼，而不只是「調查一下」或「修復問題」' },
  },
};

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** The action's description: the text before its owner/due part, without list or checkbox marks. */
export function actionDescription(text: string): string {
  const noMark = text.replace(/^\s*(?:[-*+]|\d+[.)])?\s*(?:\[[ xX]\]\s*)?/, '');
  return noMark.split(/\s[—–-]\s|[—–|]|\s\(|（/)[0].trim();
}

/**
 * Vague: every word of the description is a vague verb or a filler, and there is at least one vague verb.
 * Latin scripts compare words (document language plus English); Chinese strips known words, longest first,
 * and must leave nothing but punctuation.
 */
export function isVague(description: string, lang: Lang): boolean {
  const d = description.toLowerCase().replace(/[’‘]/g, "'");
  if (!d.trim()) return false;
  if (HAN.test(d)) {
    const lex = [lexicon('zh-Hans').actions, lexicon('zh-Hant').actions];
    const verbs = lex.flatMap((l) => l.vagueVerbs);
    const words = [...verbs, ...lex.flatMap((l) => l.fillers)].sort((a, b) => b.length - a.length);
    if (!verbs.some((v) => d.includes(v))) return false;
    let rest = d;
    for (const w of words) rest = rest.split(w).join(' ');
    return rest.replace(/[\s\p{P}\p{S}]/gu, '') === '';
  }
  const lex = lang === 'en' || lang.startsWith('zh') ? [lexicon('en').actions] : [lexicon(lang).actions, lexicon('en').actions];
  const verbs = new Set(lex.flatMap((l) => l.vagueVerbs));
  const known = new Set([...verbs, ...lex.flatMap((l) => l.fillers)]);
  const tokens = d.split(/[^\p{L}\p{N}']+/u).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean)
    .flatMap((w) => (known.has(w) ? [w] : w.split("'"))) // French elision: l'incident → l, incident
    .filter(Boolean);
  return tokens.length > 0 && tokens.every((w) => known.has(w)) && tokens.some((w) => verbs.has(w));
}

function problems(a: CorrectiveAction, lang: Lang): Problem[] {
  const out: Problem[] = [];
  if (isVague(actionDescription(a.text), lang)) out.push('vague');
  if (a.done) return out; // a finished action needs no owner or due date any more
  if (!a.owner) out.push('owner');
  if (!a.due || a.due.at === undefined) out.push('due'); // an unreadable date is no date
  return out;
}

const rule = defineRule({
  id: 'PM021',
  name: 'corrective-actions',
  description: 'A report lists concrete corrective actions, each with an owner and a due date.',
  tags: ['structure', 'rcca'],
  defaultSeverity: 'warning',
  appliesTo: ['rcca'],
  customerOnly: false,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const t = ctx.messages;
    if (doc.correctiveActions.length === 0) {
      const section = doc.section('correctiveActions');
      ctx.report({ range: section ? section.headingRange : titleRange(doc), message: t.none });
      return;
    }
    for (const a of doc.correctiveActions) {
      const found = problems(a, doc.lang);
      if (found.length) ctx.report({ range: a.range, message: t.action(found.map((p) => t.problems[p]).join(t.join)) });
    }
  },
});

export default rule;
