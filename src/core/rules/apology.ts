// PM001 apology: a customer-facing document must say sorry. Incidents: anywhere in our own prose (quotes do not
// count). RCCA: in the Summary when there is one (that is where readers look; a "What happened" story is not one),
// else anywhere. A title that says sorry counts for both: it is what readers see first.
import type { Fix, Lang, PostmortemDocument, Range, Section, TextBlock } from '../types';
import { lexicon } from '../lexicon';
import { apologises, plainText } from './support/voice';
import { isCauseHeading } from './support/stated-in-prose';
import { insertBlockAfterLine, insertBlockAtTop, isCjk, lineRange, openingEnd, titleRange } from './support/doc';
import { documentTitle } from '../model/document-title';
import { prepare } from '../text';
import { defineRule } from './define';

/** `summaryHeading`: heading of a Summary section the fix creates in an RCCA that has none. */
type Messages = { incident: string; rcca: string; fix: string; summaryHeading: string };

const MESSAGES: Record<Lang, Messages> = {
  en: {
    incident: 'No apology: say you are sorry for the disruption in the first update, e.g. "We are sorry for the disruption this has caused you."',
    rcca: 'No apology in the summary: open the report by apologising for the disruption the incident caused.',
    fix: 'Insert an apology',
    summaryHeading: 'Summary',
  },
  fr: {
    incident: 'Aucune excuse : présentez vos excuses pour la gêne dès la première mise à jour, par exemple « Nous vous présentons nos excuses pour la gêne occasionnée. »',
    rcca: 'Aucune excuse dans le résumé : ouvrez le rapport en présentant vos excuses pour la gêne causée par l\'incident.',
    fix: 'Insérer des excuses',
    summaryHeading: 'Résumé',
  },
  de: {
    incident: 'Keine Entschuldigung: Entschuldigen Sie sich schon in der ersten Aktualisierung für die Störung, z. B. „Wir entschuldigen uns für die Unannehmlichkeiten, die Ihnen dadurch entstehen.“',
    rcca: 'Keine Entschuldigung in der Zusammenfassung: Beginnen Sie den Bericht mit einer Entschuldigung für die Störung.',
    fix: 'Entschuldigung einfügen',
    summaryHeading: 'Zusammenfassung',
  },
  'zh-Hans': {
    incident: '没有致歉：请在第一条更新中为造成的不便致歉，例如“对于由此给您带来的不便，我们深表歉意。”',
    rcca: '摘要中没有致歉：请在报告开头为此次事件造成的影响致歉。',
    fix: '插入致歉语',
    summaryHeading: '摘要',
  },
  'zh-Hant': {
    incident: '沒有致歉：請在第一則更新中為造成的不便致歉，例如「對於由此給您帶來的不便，我們深表歉意。」',
    rcca: '摘要中沒有致歉：請在報告開頭為此次事件造成的影響致歉。',
    fix: '插入致歉語',
    summaryHeading: '摘要',
  },
};

/** A title that says sorry ("Sorry for the 12-hour downtime") is the first thing readers see: it apologises. */
function titleApologises(doc: PostmortemDocument): boolean {
  const title = documentTitle(doc);
  return title !== '' && apologises(prepare(title));
}

/**
 * Block by block, so the usual apology in the first update ends the search at once. Block quotes are others' words
 * (a customer's complaint, a mail quoted in a report's story) unless `quotesAreOurs`: a report's Summary may set the
 * team's own apology as a pull quote ("> We, the … team, are sorry").
 */
function hasApology(doc: PostmortemDocument, blocks: readonly TextBlock[], quotesAreOurs = false): boolean {
  return blocks.some((b) => (quotesAreOurs || !b.inQuote) && apologises(plainText(doc, b)));
}

/**
 * Add the sentence to the first paragraph of `blocks`: after its first line when that line ends a sentence (so the
 * apology follows the opening statement, before a "next update" line), else at its end. With no paragraph, put it
 * right under the heading at `headingLine`.
 */
function appendTo(doc: PostmortemDocument, blocks: readonly TextBlock[], headingLine: number, sentence: string) {
  const first = blocks.find((b) => !b.inQuote);
  if (first) {
    const sep = isCjk(doc.lang) ? '' : ' ';
    const firstLine = lineRange(doc, first.range.start.line);
    const multiLine = first.range.end.line > first.range.start.line;
    const endsSentence = /[.!?。！？]\s*$/.test(doc.text.slice(doc.offsetAt(firstLine.start), doc.offsetAt(firstLine.end)));
    const at = multiLine && endsSentence ? firstLine.end : first.range.end;
    return { range: { start: at, end: at }, newText: `${sep}${sentence}` };
  }
  return insertBlockAfterLine(doc, headingLine, sentence);
}

function check(doc: PostmortemDocument, t: Messages): { range: Range; message: string; fix: Fix } | undefined {
  const sentence = lexicon(doc.lang).apology.sentence;
  if (titleApologises(doc)) return undefined;
  if (doc.kind === 'rcca') {
    const summary = doc.section('summary');
    // A story heading the Summary aliases take in ("What happened", « Ce qui s'est passé ») opens the account of
    // events, not a summary: such a report has no Summary section and passes when it apologises anywhere (diag-45:
    // a long « Ce qui s'est passé » and the apology in « En conclusion »).
    const told = summary && !isCauseHeading(summary.heading) ? summary : undefined;
    const scope = told
      ? doc.blocks.filter((b) => inside(b.range, told.range))
      : doc.blocks;
    // The opening paragraphs, above the first section, are read first too: an apology there is where it belongs. So
    // is one above the Summary ("## Postmortem", "Firstly an apology to affected customers…", then "### Tl;dr").
    const end = told ? Math.max(openingEnd(doc), told.headingRange.start.line) : openingEnd(doc);
    if (hasApology(doc, scope, told !== undefined) || (told && hasApology(doc, doc.blocks.filter((b) => b.range.start.line < end)))) return undefined;
    // A section named as the apology ("## First, an apology", « Nos excuses ») is one, where its text is read.
    const readHere = (s: Section) => !told || s.headingRange.start.line < end || inside(s.headingRange, told.range);
    if (doc.sections.some((s) => s.level >= 2 && readHere(s) && apologises(prepare(s.heading)))) return undefined;
    const edit = summary
      ? appendTo(doc, scope, summary.headingRange.start.line, sentence)
      : insertBlockAtTop(doc, `## ${t.summaryHeading}\n\n${sentence}`);
    return { range: summary ? summary.headingRange : titleRange(doc), message: t.rcca, fix: { title: t.fix, edits: [edit] } };
  }
  if (hasApology(doc, doc.blocks)) return undefined;
  const first = doc.updates[0];
  if (first) {
    const blocks = first.blocks.length ? first.blocks : doc.blocks.filter((b) => b.updateIndex === 0);
    const edit = appendTo(doc, blocks, first.headingRange.start.line, sentence);
    return { range: first.headingRange, message: t.incident, fix: { title: t.fix, edits: [edit] } };
  }
  return { range: titleRange(doc), message: t.incident, fix: { title: t.fix, edits: [insertBlockAtTop(doc, sentence)] } };
}

function inside(r: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, r.start) && before(r.end, outer.end);
}

const rule = defineRule({
  id: 'PM001',
  name: 'apology',
  description: 'A customer-facing incident or report apologises for the disruption (in the opening or summary of a report).',
  tags: ['communication', 'structure'],
  defaultSeverity: 'warning',
  appliesTo: ['incident', 'rcca'],
  customerOnly: true,
  fixable: true,
  messages: MESSAGES,
  check(ctx) {
    const found = check(ctx.doc, ctx.messages);
    if (found) ctx.report(found);
  },
});

export default rule;
