// PM012 resolution-notice: when service is back, customers need a closing notice (the last update, with the resolved
// updates right before it) that confirms recovery, says whether data was lost, and — from a configurable severity
// (`reportFrom`, default sev2: sev1 and sev2) — promises the cause-and-corrective-action report: nobody expects a
// report on every minor incident. A document without a severity owes no promise. Says which part is missing.
import { SEVERITIES, type IncidentSeverity, type Lang, type PostmortemDocument, type StatusUpdate } from '../types';
import { everyLanguage } from '../lexicon';
import { phrases, prepare, someClause, type PhraseSet } from '../text';
import { phaseTextPhrases, tellsClosedWindow, tellsRecovery, timeOrder } from '../model/update-phase';
import { isResolved, latestUpdate, titleRange } from './support/doc';
import { flaggedIn, negations, ownBlocks, perLanguage } from './support/voice';
import { defineRule } from './define';

type Part = 'recovered' | 'dataLoss' | 'reportPromise';

/** `parts`: what the notice lacks, joined with `separator` into `incomplete`'s text. */
const MESSAGES: Record<Lang, {
  parts: Record<Part, string>; separator: string; none: string; incomplete: (parts: string) => string;
}> = {
  en: {
    parts: { recovered: 'confirm that service is fully restored', dataLoss: 'say whether any data was lost', reportPromise: 'promise the cause-and-corrective-action report' },
    separator: '; ',
    none: 'The incident is resolved but has no final "Resolved" update: add one that confirms recovery, says whether data was lost, and promises the cause-and-corrective-action report.',
    incomplete: (p) => `The resolution notice is incomplete: ${p}.`,
  },
  fr: {
    parts: { recovered: 'confirmez que le service est entièrement rétabli', dataLoss: 'dites si des données ont été perdues', reportPromise: 'annoncez le rapport sur les causes et les actions correctives' },
    separator: ' ; ',
    none: 'L\'incident est résolu mais il manque une dernière mise à jour « Résolu » : ajoutez-en une qui confirme le rétablissement, dit si des données ont été perdues et annonce le rapport sur les causes et les actions correctives.',
    incomplete: (p) => `L'avis de résolution est incomplet : ${p}.`,
  },
  de: {
    parts: { recovered: 'bestätigen Sie, dass der Dienst vollständig wiederhergestellt ist', dataLoss: 'sagen Sie, ob Daten verloren gingen', reportPromise: 'kündigen Sie den Bericht zu Ursache und Korrekturmaßnahmen an' },
    separator: '; ',
    none: 'Der Vorfall ist behoben, aber es fehlt eine letzte Aktualisierung „Behoben“: Fügen Sie eine hinzu, die die Wiederherstellung bestätigt, sagt, ob Daten verloren gingen, und den Bericht zu Ursache und Korrekturmaßnahmen ankündigt.',
    incomplete: (p) => `Die Abschlussmeldung ist unvollständig: ${p}.`,
  },
  'zh-Hans': {
    parts: { recovered: '确认服务已完全恢复', dataLoss: '说明是否有数据丢失', reportPromise: '承诺发布原因与纠正措施报告' },
    separator: '；',
    none: '事件已解决，但缺少最后一条“已解决”更新：请添加一条，确认服务已恢复、说明是否有数据丢失，并承诺发布原因与纠正措施报告。',
    incomplete: (p) => `恢复通知不完整：请${p}。`,
  },
  'zh-Hant': {
    parts: { recovered: '確認服務已完全恢復', dataLoss: '說明是否有資料遺失', reportPromise: '承諾發布原因與矯正措施報告' },
    separator: '；',
    none: '事件已解決，但缺少最後一則「已解決」更新：請新增一則，確認服務已恢復、說明是否有資料遺失，並承諾發布原因與矯正措施報告。',
    incomplete: (p) => `恢復通知不完整：請${p}。`,
  },
};

// Built once: the lists are static, and rebuilding them (and the phrase cache's key) was a per-lint cost.
let matchers: Record<Part, PhraseSet> | undefined;
function partMatchers(): Record<Part, PhraseSet> {
  const lists = everyLanguage('recovery');
  matchers ??= {
    // Recovery: the notice's own words, the update-phase recovery phrases, and an outage told as over ("was down
    // from 15:55 to 16:28") — one notion of recovery for the phase and for the notice.
    recovered: phrases([
      ...lists.flatMap((l) => l.recovered), ...phaseTextPhrases('recovered'), ...phaseTextPhrases('afterTheFact'),
    ]),
    dataLoss: phrases(lists.flatMap((l) => l.dataLoss)),
    reportPromise: phrases(lists.flatMap((l) => l.reportPromise)),
  };
  return matchers;
}

interface DataClauseSets { things: PhraseSet; fates: PhraseSet; caughtUp: PhraseSet }
let notYet: PhraseSet | undefined;

const dataSets = perLanguage((lang): DataClauseSets => {
  const lists = flaggedIn(lang, 'recovery');
  return {
    things: phrases(lists.flatMap((l) => l.dataThings)),
    fates: phrases(lists.flatMap((l) => l.dataFates)),
    caughtUp: phrases(lists.flatMap((l) => l.dataCaughtUp)),
  };
});

/**
 * A clause that names something customers keep with us and says what became of it ("the fines imposed during the
 * outage are withdrawn", 订单将陆续补发): a data statement no list of whole phrases could hold — each hidden set
 * brought new ones (docs/real-documents/README.md). The document's language's words (and the other Chinese script's).
 */
function tellsWhatBecameOfData(folded: string, lang: Lang): boolean {
  const { things, fates } = dataSets(lang);
  if (!things.mayOccur(folded) || !fates.mayOccur(folded)) return false;
  return someClause(folded, (c) => things.test(folded, c.start, c.end) && fates.test(folded, c.start, c.end));
}

/**
 * A clause that tells such things gone through at last, promising and denying nothing ("all queued e-mails were
 * delivered", „alle Buchungen sind verarbeitet", 积压订单已处理完): where the trouble was a backlog, readers take its
 * clearing as the recovery. "Queued e-mails will be delivered once …" is still to come.
 */
function tellsBacklogCleared(folded: string, lang: Lang): boolean {
  const { things, caughtUp } = dataSets(lang);
  if (!things.mayOccur(folded) || !caughtUp.mayOccur(folded)) return false;
  notYet ??= phrases([...phaseTextPhrases('notYet'), ...phaseTextPhrases('ongoing')]);
  return someClause(folded, (c) => things.test(folded, c.start, c.end) && caughtUp.test(folded, c.start, c.end)
    && !notYet!.test(folded, c.start, c.end) && !negations().test(folded, c.start, c.end));
}

/** True when the incident is severe enough to owe the report promise (`reportFrom`: the least severe that does). */
export function owesReportPromise(doc: PostmortemDocument, reportFrom: IncidentSeverity): boolean {
  const sev = doc.meta.severity;
  return sev !== undefined && SEVERITIES.indexOf(sev) <= SEVERITIES.indexOf(reportFrom);
}

/** An update's own prose (quoted customer text left out). */
function updateText(update: StatusUpdate): string {
  return update.blocks.filter((b) => !b.inQuote).map((b) => b.text).join('\n') || update.body;
}

/**
 * The closing notice: the latest update and the resolved updates right before it in time order. Teams often post
 * "Resolved — service is back, no data was lost" and then a short follow-up ("we will publish a report"): together
 * they are the notice. An update from before recovery never counts, whatever it says.
 */
function closingUpdates(updates: readonly StatusUpdate[]): StatusUpdate[] {
  const order = timeOrder(updates);
  const closing: StatusUpdate[] = [];
  for (let k = order.length - 1; k >= 0 && updates[order[k]].phase === 'resolved'; k--) closing.unshift(updates[order[k]]);
  return closing;
}

/**
 * A notice without updates (a one-shot statement, a press release): its own prose is its one update. Headings and
 * quoted blocks are left out, as in an update.
 */
function noticeText(doc: PostmortemDocument): string {
  return ownBlocks(doc).map((b) => b.text).join('\n');
}

function missingIn(text: string, reportOwed: boolean, lang: Lang): Part[] {
  const m = partMatchers();
  const folded = prepare(text);
  const parts: Part[] = reportOwed ? ['recovered', 'dataLoss', 'reportPromise'] : ['recovered', 'dataLoss'];
  const answered: Record<Part, () => boolean> = {
    // An outage told as a window already closed ("From 14:02 to 15:10 UTC the platform was unavailable", "mail could not
    // be delivered from about 8:30 to 17:00") is over.
    recovered: () => tellsRecovery(folded, m.recovered) || tellsBacklogCleared(folded, lang) || tellsClosedWindow(text),
    dataLoss: () => m.dataLoss.test(folded) || tellsWhatBecameOfData(folded, lang),
    reportPromise: () => m.reportPromise.test(folded),
  };
  return parts.filter((p) => !answered[p]());
}

const rule = defineRule({
  id: 'PM012',
  name: 'resolution-notice',
  description: 'A resolved incident ends with an update that confirms recovery, states whether data was lost and promises the report.',
  tags: ['communication'],
  defaultSeverity: 'warning',
  appliesTo: ['incident'],
  customerOnly: true,
  messages: MESSAGES,
  options: {
    reportFrom: {
      type: 'severity-level', default: 'sev2',
      description: 'The least severe incident whose resolution notice must promise the cause-and-corrective-action report (sev2: sev1 and sev2).',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const t = ctx.messages;
    const reportOwed = owesReportPromise(doc, ctx.options.reportFrom ?? 'sev2');
    if (!isResolved(doc)) return;
    if (doc.updates.length === 0) {
      // One notice, no updates, over by its front matter: its own text owes what a final update owes. (Its text
      // alone does not make it over: a statement tells past trouble and future repairs in the same breath.)
      const text = noticeText(doc);
      if (text.trim() === '') {
        ctx.report({ range: titleRange(doc), message: t.none });
        return;
      }
      const missing = missingIn(text, reportOwed, doc.lang);
      if (missing.length > 0) ctx.report({ range: titleRange(doc), message: t.incomplete(missing.map((p) => t.parts[p]).join(t.separator)) });
      return;
    }
    const last = latestUpdate(doc);
    if (!last || last.phase !== 'resolved') {
      ctx.report({ range: last ? last.headingRange : titleRange(doc), message: t.none });
      return;
    }
    const missing = missingIn(closingUpdates(doc.updates).map(updateText).join('\n'), reportOwed, doc.lang);
    if (missing.length === 0) return;
    ctx.report({ range: last.headingRange, message: t.incomplete(missing.map((p) => t.parts[p]).join(t.separator)) });
  },
});

export default rule;
