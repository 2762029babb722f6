// PM003 publish-deadline: a cause-and-corrective-action report goes out within N hours (default 72) of resolution,
// while customers still care. Reads only the injected clock.
import type { Lang } from '../types';
import { formatDateTime, formatDuration, titleRange } from './support/doc';
import { DEFAULT_REPORT_HOURS } from '../defaults';
import { defineRule } from './define';

type Args = { hours: number; deadline: string; late: string; left: string };

const MESSAGES: Record<Lang, { published: (a: Args) => string; overdue: (a: Args) => string; due: (a: Args) => string }> = {
  en: {
    published: (a) => `Published ${a.late} after the ${a.hours} h deadline (${a.deadline}): publish reports within ${a.hours} h of resolution, and say in the summary why this one is late.`,
    overdue: (a) => `The report is overdue: it was due by ${a.deadline} (${a.hours} h after resolution), ${a.late} ago. Publish it now and set \`published\`.`,
    due: (a) => `Publish by ${a.deadline}, in ${a.left}; set \`published\` when it is out.`,
  },
  fr: {
    published: (a) => `Publié ${a.late} après l'échéance de ${a.hours} h (${a.deadline}) : publiez les rapports dans un délai de ${a.hours} h après la résolution et expliquez le retard dans le résumé.`,
    overdue: (a) => `Le rapport est en retard : il était attendu pour le ${a.deadline} (${a.hours} h après la résolution), il y a ${a.late}. Publiez-le maintenant et renseignez \`published\`.`,
    due: (a) => `À publier avant le ${a.deadline}, dans ${a.left} ; renseignez \`published\` une fois publié.`,
  },
  de: {
    published: (a) => `${a.late} nach der ${a.hours}-h-Frist (${a.deadline}) veröffentlicht: Veröffentlichen Sie Berichte innerhalb von ${a.hours} h nach der Behebung und erklären Sie die Verspätung in der Zusammenfassung.`,
    overdue: (a) => `Der Bericht ist überfällig: Er war bis ${a.deadline} fällig (${a.hours} h nach der Behebung), vor ${a.late}. Veröffentlichen Sie ihn jetzt und setzen Sie \`published\`.`,
    due: (a) => `Bis ${a.deadline} veröffentlichen, noch ${a.left}; setzen Sie \`published\`, sobald er erschienen ist.`,
  },
  'zh-Hans': {
    published: (a) => `发布时间比 ${a.hours} 小时的期限（${a.deadline}）晚了 ${a.late}：报告应在恢复后 ${a.hours} 小时内发布，请在摘要中说明延迟的原因。`,
    overdue: (a) => `报告已逾期：应在 ${a.deadline}（恢复后 ${a.hours} 小时）前发布，已超出 ${a.late}。请立即发布并填写 \`published\`。`,
    due: (a) => `请在 ${a.deadline} 前发布，还剩 ${a.left}；发布后填写 \`published\`。`,
  },
  'zh-Hant': {
    published: (a) => `發布時間比 ${a.hours} 小時的期限（${a.deadline}）晚了 ${a.late}：報告應在恢復後 ${a.hours} 小時內發布，請在摘要中說明延遲的原因。`,
    overdue: (a) => `報告已逾期：應在 ${a.deadline}（恢復後 ${a.hours} 小時）前發布，已超出 ${a.late}。請立即發布並填寫 \`published\`。`,
    due: (a) => `請在 ${a.deadline} 前發布，還剩 ${a.left}；發布後填寫 \`published\`。`,
  },
};

const rule = defineRule({
  id: 'PM003',
  name: 'publish-deadline',
  description: 'A cause-and-corrective-action report is published within 72 hours (configurable) of resolution.',
  tags: ['time', 'rcca'],
  defaultSeverity: 'error',
  appliesTo: ['rcca'],
  customerOnly: false,
  messages: MESSAGES,
  options: {
    hours: {
      type: 'positive-number', default: DEFAULT_REPORT_HOURS,
      description: 'Hours after `resolved` within which the report must be published.',
    },
  },
  check(ctx) {
    const { doc, now } = ctx;
    const resolved = doc.meta.resolved;
    if (resolved === undefined) return; // front-matter (PM024) reports a missing or invalid `resolved`
    const { hours } = ctx.options;
    const deadlineAt = resolved + hours * 3_600_000;
    const t = ctx.messages;
    const args = (late: number, left: number): Args => ({
      hours,
      deadline: formatDateTime(deadlineAt, doc.zone),
      late: formatDuration(late, doc.lang),
      left: formatDuration(left, doc.lang),
    });
    const fm = doc.frontMatter;
    const published = doc.meta.published;
    if (published !== undefined) {
      if (published > deadlineAt) {
        ctx.report({
          range: fm.valueRange('published') ?? fm.keyRange('published') ?? titleRange(doc),
          message: t.published(args(published - deadlineAt, 0)),
        });
      }
      return;
    }
    if (fm.data.published !== undefined && fm.data.published !== null && fm.data.published !== '') return; // unparsable: PM024
    const at = fm.keyRange('resolved') ?? titleRange(doc);
    if (now > deadlineAt) {
      ctx.report({ range: at, message: t.overdue(args(now - deadlineAt, 0)) });
    } else {
      ctx.report({ range: at, message: t.due(args(0, deadlineAt - now)), severity: 'information' });
    }
  },
});

export default rule;
