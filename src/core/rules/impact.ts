// PM002 impact: readers first want to know whether they are affected. An incident says so in an Impact section or in
// any update ("some customers cannot receive e-mail"); a report in an Impact section or anywhere in its text. The fix
// inserts the heading (in the document's language) with a prompt sentence.
import type { Lang, PostmortemDocument, Section, SectionKind, TextEdit } from '../types';
import { impactInProse } from './support/stated-in-prose';
import { hasDocumentShape, isDateOnlyLog, insertBlockAfterLine, insertBlockAtTop, insertBlockBeforeLine, isEmptyBody, titleRange } from './support/doc';
import { defineRule } from './define';

const MESSAGES: Record<Lang, { missing: string; empty: string; fix: string; fixEmpty: string; heading: string; prompt: string }> = {
  en: {
    missing: 'No impact statement: say who is affected, what does not work and since when, in an update or under "## Impact".',
    empty: 'The Impact section is empty: say who was affected, what they could not do, and from when to when.',
    fix: 'Insert an Impact section',
    fixEmpty: 'Insert an impact prompt',
    heading: 'Impact',
    prompt: 'Describe who was affected, what they could not do, and from when to when.',
  },
  fr: {
    missing: 'Aucune description de l\'impact : indiquez qui est touché, ce qui ne fonctionne pas et depuis quand, dans une mise à jour ou sous « ## Impact ».',
    empty: 'La section Impact est vide : indiquez qui a été touché, ce qui ne fonctionnait pas et de quand à quand.',
    fix: 'Insérer une section Impact',
    fixEmpty: 'Insérer une invite pour l\'impact',
    heading: 'Impact',
    prompt: 'Décrivez qui a été touché, ce qui ne fonctionnait pas et de quand à quand.',
  },
  de: {
    missing: 'Keine Angabe der Auswirkungen: Nennen Sie in einer Aktualisierung oder unter „## Auswirkungen“, wer betroffen ist, was nicht geht und seit wann.',
    empty: 'Der Abschnitt „Auswirkungen“ ist leer: Nennen Sie, wer betroffen war, was nicht ging und von wann bis wann.',
    fix: 'Abschnitt „Auswirkungen“ einfügen',
    fixEmpty: 'Hinweis zu den Auswirkungen einfügen',
    heading: 'Auswirkungen',
    prompt: 'Beschreiben Sie, wer betroffen war, was nicht funktionierte und von wann bis wann.',
  },
  'zh-Hans': {
    missing: '没有说明影响：请在更新中或“## 影响”下说明哪些客户受到影响、无法进行哪些操作，以及从何时开始。',
    empty: '“影响”部分为空：请说明哪些客户受到影响、无法进行哪些操作，以及起止时间。',
    fix: '插入“影响”部分',
    fixEmpty: '插入影响说明提示',
    heading: '影响',
    prompt: '请说明哪些客户受到影响、无法进行哪些操作，以及起止时间。',
  },
  'zh-Hant': {
    missing: '沒有說明影響：請在更新中或「## 影響」下說明哪些客戶受到影響、無法進行哪些操作，以及從何時開始。',
    empty: '「影響」部分為空：請說明哪些客戶受到影響、無法進行哪些操作，以及起訖時間。',
    fix: '插入「影響」部分',
    fixEmpty: '插入影響說明提示',
    heading: '影響',
    prompt: '請說明哪些客戶受到影響、無法進行哪些操作，以及起訖時間。',
  },
};

/** Impact goes before the first of these sections (design order: Summary, Impact, Updates/Timeline, …). */
const BEFORE: SectionKind[] = ['updates', 'timeline', 'rootCause', 'resolution', 'correctiveActions', 'contact'];

function insertion(doc: PostmortemDocument, block: string): TextEdit {
  const next = doc.sections
    .filter((s) => s.kind !== undefined && BEFORE.includes(s.kind) && s.level >= 2)
    .sort((a, b) => a.headingRange.start.line - b.headingRange.start.line)[0];
  if (next) return insertBlockBeforeLine(doc, next.headingRange.start.line, `${'#'.repeat(next.level)} ${block}`);
  // No later section: Impact follows the Summary, else opens the document under its title.
  const summary = doc.section('summary');
  if (summary) return insertBlockAfterLine(doc, lastContentLine(doc, summary), `## ${block}`);
  return insertBlockAtTop(doc, `## ${block}`);
}

function lastContentLine(doc: PostmortemDocument, s: Section): number {
  const lines = doc.text.split('\n');
  let l = Math.min(s.range.end.line, lines.length - 1);
  while (l > s.headingRange.start.line && lines[l].trim() === '') l--;
  return l;
}

const rule = defineRule({
  id: 'PM002',
  name: 'impact',
  description: 'The document says who is affected, what does not work and since when: in an Impact section, an update (incident) or anywhere in a report.',
  tags: ['structure'],
  defaultSeverity: 'warning',
  appliesTo: ['incident', 'rcca'],
  customerOnly: false,
  fixable: true,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const t = ctx.messages;
    const impact = doc.section('impact');
    if (!impact) {
      // A bare statement (no section we know, no dated update) may well state its impact in words we cannot read, and
      // so may a log of replies dated by day: on real ones the rule was right about as often as wrong.
      if (impactInProse(doc) || !hasDocumentShape(doc) || isDateOnlyLog(doc)) return;
      ctx.report({
        range: titleRange(doc),
        message: t.missing,
        fix: { title: t.fix, edits: [insertion(doc, `${t.heading}\n\n${t.prompt}`)] },
      });
      return;
    }
    if (isEmptyBody(impact)) {
      ctx.report({
        range: impact.headingRange,
        message: t.empty,
        fix: { title: t.fixEmpty, edits: [insertBlockAfterLine(doc, impact.headingRange.start.line, t.prompt)] },
      });
    }
  },
});

export default rule;
