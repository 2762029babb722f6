// PM013 workaround (information): an update while customers are still affected (investigating, identified) says
// whether they can work around the failure — offer one ("In the meantime, you can pay with PayPal") or say there is
// none ("No workaround is available"). Monitoring and resolved updates come after the fix and are left alone. A
// Workaround section in the document covers every update, and so does a workaround told outside the updates (a
// summary, a "measures taken" section: "在部分站点启用人工售票"; the title). Phrases count in every language, unless a denial stands
// next to them ("you can't log in", 无法正常使用: the failure, not a way around it). No fix: only the writer knows
// whether a workaround exists.
import type { Lang } from '../types';
import { offersWayAround, plainText, updateBlocks } from './support/voice';
import { tellsWhatStillWorks } from './support/still-works';
import { isLoneNoticeWithoutStatedPhase } from './support/doc';
import { defineRule } from './define';
import { documentTitle } from '../model/document-title';
import { prepare } from '../text';

const MESSAGES: Record<Lang, string> = {
  en: 'Say whether customers can work around the failure: offer a workaround ("In the meantime, you can …") or say "No workaround is available at the moment."',
  fr: 'Dites si vos clients peuvent contourner la panne : proposez un contournement (« En attendant, vous pouvez … ») ou écrivez « Aucune solution de contournement n\'est disponible pour le moment. »',
  de: 'Sagen Sie, ob Kunden den Ausfall umgehen können: Nennen Sie eine Umgehung („In der Zwischenzeit können Sie …“) oder schreiben Sie „Derzeit gibt es keine Umgehungslösung.“',
  'zh-Hans': '请说明客户能否绕过故障：提供临时解决方案（“在此期间，您可以……”），或写明“目前暂无临时解决方案。”',
  'zh-Hant': '請說明客戶能否繞過故障：提供臨時解決方案（「在此期間，您可以……」），或寫明「目前暫無臨時解決方案。」',
};

const rule = defineRule({
  id: 'PM013',
  name: 'workaround',
  description: 'An update during the incident offers a workaround or says there is none.',
  tags: ['communication', 'language', 'prose'],
  defaultSeverity: 'information',
  appliesTo: ['incident'],
  customerOnly: true,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    if (doc.section('workaround')) return;
    const wayAround = (text: string) => offersWayAround(text) || tellsWhatStillWorks(text, doc.lang);
    const outsideUpdates = doc.blocks.filter((b) => b.updateIndex === undefined && !b.inQuote);
    if (outsideUpdates.some((b) => wayAround(plainText(doc, b)))) return;
    // The title is what readers see first ("Version 1.1.7 is compromised: please use 1.1.8 instead").
    const title = documentTitle(doc);
    if (title !== '' && wayAround(prepare(title))) return;
    doc.updates.forEach((update, i) => {
      if (update.phase === 'monitoring' || update.phase === 'resolved') return;
      // An update without a phase between others is told during the failure; a lone one whose heading names no
      // phase may well come after it, whatever its text says.
      if (isLoneNoticeWithoutStatedPhase(doc, update)) return;
      const text = updateBlocks(doc, i).map((b) => plainText(doc, b)).join('\n\n');
      // A heading with nothing under it (a status page's empty post, diag-169) tells nothing to answer.
      if (text.trim() === '' || wayAround(text)) return;
      ctx.report({ message: ctx.messages, range: update.headingRange });
    });
  },
});

export default rule;
