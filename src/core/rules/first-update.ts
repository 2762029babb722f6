// PM006 first-update: customers should hear from us before they have to ask. The first update comes within one
// cadence (sev1 15 min …) of `detected`, or of `started` when detection time is not given.
import type { Lang } from '../types';
import { chronological, formatDuration, isResolved, titleRange } from './support/doc';
import { cadenceMinutesOption, cadenceOf, graceMinutesOption, graceOf } from './cadence-options';
import { defineRule } from './define';

type Args = { delay: string; cadence: string; severity: string; from: string };

type From = { detected: string; started: string };

const MESSAGES: Record<Lang, { from: From; late: (a: Args) => string; none: (a: Args) => string }> = {
  en: {
    from: { detected: 'detection', started: 'the start' },
    late: (a) => `The first update came ${a.delay} after ${a.from}; for a ${a.severity} incident post it within ${a.cadence}, even before you know the cause.`,
    none: (a) => `No update yet, ${a.delay} after ${a.from}; for a ${a.severity} incident post a first update within ${a.cadence}. Post one now, even before you know the cause.`,
  },
  fr: {
    from: { detected: 'la détection', started: 'le début' },
    late: (a) => `La première mise à jour est arrivée ${a.delay} après ${a.from} ; pour un incident ${a.severity}, publiez-la dans un délai de ${a.cadence}, même sans connaître la cause.`,
    none: (a) => `Toujours aucune mise à jour, ${a.delay} après ${a.from} ; pour un incident ${a.severity}, la première est attendue dans un délai de ${a.cadence}. Publiez-en une maintenant, même sans connaître la cause.`,
  },
  de: {
    from: { detected: 'der Erkennung', started: 'dem Beginn' },
    late: (a) => `Die erste Aktualisierung kam ${a.delay} nach ${a.from}; bei einem ${a.severity}-Vorfall veröffentlichen Sie sie innerhalb von ${a.cadence}, auch bevor die Ursache bekannt ist.`,
    none: (a) => `Noch keine Aktualisierung, ${a.delay} nach ${a.from}; bei einem ${a.severity}-Vorfall ist die erste innerhalb von ${a.cadence} fällig. Veröffentlichen Sie jetzt eine, auch bevor die Ursache bekannt ist.`,
  },
  'zh-Hans': {
    from: { detected: '发现问题', started: '事件开始' },
    late: (a) => `第一条更新在${a.from}后 ${a.delay}才发布；${a.severity} 事件应在 ${a.cadence}内发布，即使尚不清楚原因。`,
    none: (a) => `${a.from}已过去 ${a.delay}，仍没有任何更新；${a.severity} 事件应在 ${a.cadence}内发布第一条更新。即使尚不清楚原因，也请立即发布。`,
  },
  'zh-Hant': {
    from: { detected: '發現問題', started: '事件開始' },
    late: (a) => `第一則更新在${a.from}後 ${a.delay}才發布；${a.severity} 事件應在 ${a.cadence}內發布，即使尚不清楚原因。`,
    none: (a) => `${a.from}已過去 ${a.delay}，仍沒有任何更新；${a.severity} 事件應在 ${a.cadence}內發布第一則更新。即使尚不清楚原因，也請立即發布。`,
  },
};

const rule = defineRule({
  id: 'PM006',
  name: 'first-update',
  description: 'The first update is posted within one cadence of detection (or of the start).',
  tags: ['communication', 'time'],
  defaultSeverity: 'warning',
  appliesTo: ['incident'],
  customerOnly: false,
  messages: MESSAGES,
  // update-cadence's table and grace apply unless this rule sets its own.
  options: { minutes: cadenceMinutesOption('update-cadence'), graceMinutes: graceMinutesOption('update-cadence') },
  check(ctx) {
    const { doc, now, messages: t } = ctx;
    const cadence = cadenceOf(ctx.options.minutes, doc.meta.severity);
    const ref = doc.meta.detected ?? doc.meta.started;
    if (cadence === undefined || ref === undefined) return;
    const lang = doc.lang;
    const args = (delay: number): Args => ({
      delay: formatDuration(delay, lang),
      cadence: formatDuration(cadence * 60_000, lang),
      severity: doc.meta.severity ?? '',
      from: t.from[doc.meta.detected !== undefined ? 'detected' : 'started'],
    });
    const limit = (cadence + graceOf(ctx.options.graceMinutes, cadence)) * 60_000;
    const first = chronological(doc.updates)[0];
    if (first) {
      const delay = first.timestamp.at! - ref;
      if (delay > limit) ctx.report({ range: first.headingRange, message: t.late(args(delay)) });
      return;
    }
    // No update at all: only an ongoing incident can still act on it; unparsable update times are PM023's.
    if (doc.updates.length === 0 && !isResolved(doc) && now - ref > limit) {
      ctx.report({ range: titleRange(doc), message: t.none(args(now - ref)) });
    }
  },
});

export default rule;
