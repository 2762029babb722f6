// PM005 update-cadence: long silences make customers assume nobody is working on it. Updates come at least every
// `minutes[severity]` (sev1 15, sev2 30, sev3 60, sev4 240), and no later than the time the previous one promised.
import type { Lang } from '../types';
import { chronological, formatDuration, formatTimeNear, isResolved } from './support/doc';
import { cadenceMinutesOption, cadenceOf, graceMinutesOption, graceOf } from './cadence-options';
import { defineRule } from './define';

type Gap = { gap: string; cadence: string; severity: string };

const MESSAGES: Record<Lang, {
  gap: (a: Gap) => string; late: (promised: string, late: string) => string;
  stale: (a: Gap) => string; overdue: (promised: string, late: string) => string;
}> = {
  en: {
    gap: (a) => `${a.gap} passed since the previous update; a ${a.severity} incident needs an update at least every ${a.cadence}. Post on time even when there is no news.`,
    late: (p, l) => `This update came ${l} after the time the previous one promised (${p}): keep the promised time, or post a short update that sets a new one.`,
    stale: (a) => `The last update is ${a.gap} old; a ${a.severity} incident needs an update every ${a.cadence}. Post an update now, even if there is no news.`,
    overdue: (p, l) => `The update promised for ${p} is ${l} overdue: post it now, even if there is no news.`,
  },
  fr: {
    gap: (a) => `Délai depuis la mise à jour précédente : ${a.gap} ; un incident ${a.severity} demande au plus ${a.cadence} entre deux mises à jour. Publiez à l'heure même sans nouvelle information.`,
    late: (p, l) => `Cette mise à jour arrive ${l} après l'heure annoncée par la précédente (${p}) : tenez l'heure annoncée ou publiez une brève mise à jour qui en fixe une nouvelle.`,
    stale: (a) => `La dernière mise à jour remonte à ${a.gap} ; un incident ${a.severity} demande au plus ${a.cadence} entre deux mises à jour. Publiez-en une maintenant, même sans nouvelle information.`,
    overdue: (p, l) => `La mise à jour annoncée pour ${p} a ${l} de retard : publiez-la maintenant, même sans nouvelle information.`,
  },
  de: {
    gap: (a) => `Seit der vorigen Aktualisierung sind ${a.gap} vergangen; ein ${a.severity}-Vorfall braucht mindestens alle ${a.cadence} eine Aktualisierung. Melden Sie sich pünktlich, auch ohne Neuigkeiten.`,
    late: (p, l) => `Diese Aktualisierung kam ${l} nach dem von der vorigen angekündigten Zeitpunkt (${p}): Halten Sie die Ankündigung ein oder geben Sie kurz einen neuen Zeitpunkt bekannt.`,
    stale: (a) => `Die letzte Aktualisierung ist ${a.gap} alt; ein ${a.severity}-Vorfall braucht alle ${a.cadence} eine Aktualisierung. Veröffentlichen Sie jetzt eine, auch ohne Neuigkeiten.`,
    overdue: (p, l) => `Die für ${p} angekündigte Aktualisierung ist ${l} überfällig: Veröffentlichen Sie sie jetzt, auch ohne Neuigkeiten.`,
  },
  'zh-Hans': {
    gap: (a) => `距上一次更新已过去 ${a.gap}；${a.severity} 事件至少每 ${a.cadence}更新一次。即使没有新进展，也请按时更新。`,
    late: (p, l) => `此更新比上一次承诺的时间（${p}）晚了 ${l}：请按承诺的时间更新，或先发一条简短更新并给出新的时间。`,
    stale: (a) => `最后一次更新已是 ${a.gap}前；${a.severity} 事件需要每 ${a.cadence}更新一次。即使没有新进展，也请立即发布更新。`,
    overdue: (p, l) => `承诺在 ${p} 发布的更新已逾期 ${l}：即使没有新进展，也请立即发布。`,
  },
  'zh-Hant': {
    gap: (a) => `距上一次更新已過去 ${a.gap}；${a.severity} 事件至少每 ${a.cadence}更新一次。即使沒有新進展，也請準時更新。`,
    late: (p, l) => `此更新比上一次承諾的時間（${p}）晚了 ${l}：請依承諾的時間更新，或先發一則簡短更新並給出新的時間。`,
    stale: (a) => `最後一次更新已是 ${a.gap}前；${a.severity} 事件需要每 ${a.cadence}更新一次。即使沒有新進展，也請立即發布更新。`,
    overdue: (p, l) => `承諾在 ${p} 發布的更新已逾期 ${l}：即使沒有新進展，也請立即發布。`,
  },
};

const rule = defineRule({
  id: 'PM005',
  name: 'update-cadence',
  description: 'Updates come at least as often as the severity requires, and by the time the previous update promised.',
  tags: ['communication', 'time'],
  defaultSeverity: 'warning',
  appliesTo: ['incident'],
  customerOnly: false,
  messages: MESSAGES,
  options: { minutes: cadenceMinutesOption(), graceMinutes: graceMinutesOption() },
  check(ctx) {
    const { doc, now, messages: t } = ctx;
    const cadence = cadenceOf(ctx.options.minutes, doc.meta.severity);
    const severity = doc.meta.severity ?? '';
    const gapArgs = (ms: number): Gap => ({
      gap: formatDuration(ms, doc.lang), cadence: formatDuration((cadence ?? 0) * 60_000, doc.lang), severity,
    });
    // A gap is too long past the cadence plus a little grace (see graceOf); promised times are kept strictly.
    const limit = cadence === undefined ? undefined : (cadence + graceOf(ctx.options.graceMinutes, cadence)) * 60_000;
    const ordered = chronological(doc.updates);
    for (let i = 1; i < ordered.length; i++) {
      const prev = ordered[i - 1];
      const cur = ordered[i];
      if (prev.phase === 'resolved') continue; // after the resolved notice no cadence applies
      const prevAt = prev.timestamp.at!;
      const curAt = cur.timestamp.at!;
      const promised = prev.nextUpdate?.at;
      if (promised !== undefined && promised > prevAt && curAt > promised) {
        ctx.report({
          range: cur.headingRange,
          message: t.late(formatTimeNear(promised, prevAt, doc.zone), formatDuration(curAt - promised, doc.lang)),
        });
      } else if (limit !== undefined && curAt - prevAt > limit) {
        ctx.report({ range: cur.headingRange, message: t.gap(gapArgs(curAt - prevAt)) });
      }
    }
    const last = ordered[ordered.length - 1];
    if (!last || isResolved(doc)) return;
    const lastAt = last.timestamp.at!;
    if (lastAt > now) return; // a future timestamp is PM023's business
    const promised = last.nextUpdate?.at;
    if (promised !== undefined && promised > lastAt && now > promised) {
      ctx.report({
        range: last.headingRange,
        message: t.overdue(formatTimeNear(promised, now, doc.zone), formatDuration(now - promised, doc.lang)),
      });
    } else if (limit !== undefined && now - lastAt > limit) {
      ctx.report({ range: last.headingRange, message: t.stale(gapArgs(now - lastAt)) });
    }
  },
});

export default rule;
