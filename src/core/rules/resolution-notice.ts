// PM012 resolution-notice: when service is back, customers need one last update that confirms recovery, says whether
// data was lost, and promises the cause-and-corrective-action report. Says which part is missing.
import type { Lang, StatusUpdate } from '../types';
import { everyLanguage } from '../lexicon';
import { phrases, prepare, type PhraseSet } from '../text';
import { chronological, isResolved, titleRange } from './support/doc';
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
    separator: ' ; ',
    none: 'L\'incident est résolu mais il manque une dernière mise à jour « Résolu » : ajoutez-en une qui confirme le rétablissement, dit si des données ont été perdues et annonce le rapport sur les causes et les actions correctives.',
    incomplete: (p) => `L'avis de résolution est incomplet : ${p}.`,
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
    parts: { recovered: '確認服務已完全恢復', dataLoss: '說明是否有資料遺失', reportPromise: '承諾發布原因與糾正措施報告' },
    separator: '；',
    none: '事件已解決，但缺少最後一則「已解決」更新：請新增一則，確認服務已恢復、說明是否有資料遺失，並承諾發布原因與糾正措施報告。',
    incomplete: (p) => `恢復通知不完整：請${p}。`,
  },
};

// Built once: the lists are static, and rebuilding them (and the phrase cache's key) was a per-lint cost.
let matchers: Record<Part, PhraseSet> | undefined;
function partMatchers(): Record<Part, PhraseSet> {
  const lists = everyLanguage('recovery');
  matchers ??= {
    recovered: phrases(lists.flatMap((l) => l.recovered)),
    dataLoss: phrases(lists.flatMap((l) => l.dataLoss)),
    reportPromise: phrases(lists.flatMap((l) => l.reportPromise)),
  };
  return matchers;
}

/** The parts of a resolution notice that `update` does not contain. */
export function missingParts(update: StatusUpdate): Part[] {
  const text = update.blocks.filter((b) => !b.inQuote).map((b) => b.text).join('\n') || update.body;
  const m = partMatchers();
  const folded = prepare(text);
  return (['recovered', 'dataLoss', 'reportPromise'] as Part[]).filter((p) => !m[p].test(folded));
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
  check(ctx) {
    const { doc } = ctx;
    if (!isResolved(doc)) return;
    const t = ctx.messages;
    const ordered = chronological(doc.updates);
    const last = ordered[ordered.length - 1] ?? doc.updates[doc.updates.length - 1];
    if (!last || last.phase !== 'resolved') {
      ctx.report({ range: last ? last.headingRange : titleRange(doc), message: t.none });
      return;
    }
    const missing = missingParts(last);
    if (missing.length === 0) return;
    ctx.report({ range: last.headingRange, message: t.incomplete(missing.map((p) => t.parts[p]).join(t.separator)) });
  },
});

export default rule;
