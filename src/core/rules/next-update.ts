// PM004 next-update: every update posted before recovery tells readers when the next one comes, so they stop
// refreshing and trust the silence (design.md §3: "does not say when the next update comes"). A promise without a
// time ("we'll keep you posted", "weitere Informationen folgen", "后续进展将及时通知") is what many real notices offer;
// it does not say when, so it is a finding unless a team opts in with `promiseWithoutTime: true`. A promised time must
// lie after the update. Resolved updates owe none, whether the heading or the text says so: an incident
// told in one notice after recovery, or only in after-the-fact posts, needs no next-update line. The fix appends a
// next-update line at the update time plus the cadence, or at the time of the update that follows when that came later.
import type { Lang, PostmortemDocument, StatusUpdate, TextEdit } from '../types';
import { chronological, formatTimeNear, insertBlockAfterLine, isLoneNoticeOfUnknownPhase } from './support/doc';
import { FALLBACK_CADENCE_MINUTES, cadenceMinutesOption, cadenceOf } from './cadence-options';
import { phrases, type PhraseSet } from '../text';
import { phaseTextPhrases } from '../model/update-phase';
import { plainText, updateBlocks } from './support/voice';
import { defineRule } from './define';

type Messages = {
  missing: string; early: (promised: string, update: string) => string; fix: (line: string) => string; line: (time: string) => string;
};

const MESSAGES: Record<Lang, Messages> = {
  en: {
    missing: 'This update does not say when the next one comes: end it with "Next update by HH:MM" (the severity\'s cadence).',
    early: (p, u) => `The next update is promised for ${p}, which is not after this update (${u}): promise a later time.`,
    fix: (l) => `Add "${l}"`,
    line: (time) => `Next update by ${time}.`,
  },
  fr: {
    missing: 'Cette mise à jour ne dit pas quand viendra la suivante : terminez-la par « Prochaine mise à jour : HH:MM » (selon la cadence de la gravité).',
    early: (p, u) => `La prochaine mise à jour est annoncée pour ${p}, ce qui n'est pas après celle-ci (${u}) : annoncez une heure plus tardive.`,
    fix: (l) => `Ajouter « ${l} »`,
    line: (time) => `Prochaine mise à jour : ${time}.`,
  },
  de: {
    missing: 'Diese Aktualisierung sagt nicht, wann die nächste kommt: Schließen Sie mit „Nächste Aktualisierung: spätestens HH:MM“ (im Takt des Schweregrads).',
    early: (p, u) => `Die nächste Aktualisierung ist für ${p} angekündigt, also nicht nach dieser (${u}): Nennen Sie einen späteren Zeitpunkt.`,
    fix: (l) => `„${l}“ hinzufügen`,
    line: (time) => `Nächste Aktualisierung: spätestens ${time}.`,
  },
  'zh-Hans': {
    missing: '此更新没有说明下一次更新的时间：请在结尾写上“下次更新时间：HH:MM”（按严重级别的更新频率）。',
    early: (p, u) => `承诺的下次更新时间 ${p} 并不晚于本次更新（${u}）：请给出更晚的时间。`,
    fix: (l) => `添加“${l}”`,
    line: (time) => `下次更新时间：${time}。`,
  },
  'zh-Hant': {
    missing: '此更新沒有說明下一次更新的時間：請在結尾寫上「下次更新時間：HH:MM」（依嚴重等級的更新頻率）。',
    early: (p, u) => `承諾的下次更新時間 ${p} 並不晚於本次更新（${u}）：請給出更晚的時間。`,
    fix: (l) => `新增「${l}」`,
    line: (time) => `下次更新時間：${time}。`,
  },
};

/** The text of the next-update line for an update at `at`, in the messages' language (shared with the unit tests). */
export function nextUpdateLine(t: Messages, doc: PostmortemDocument, at: number, cadenceMinutes: number): string {
  return t.line(formatTimeNear(at + cadenceMinutes * 60_000, at, doc.zone));
}

function appendEdit(doc: PostmortemDocument, u: StatusUpdate, line: string): TextEdit {
  // The signature paragraph closes the document; in the last update it would otherwise swallow the new line.
  const sig = doc.signature?.source === 'paragraph' ? doc.signature.range.start.line : Infinity;
  // The last block of our own voice above the signature (found from the end: one fix per update, thousands per text).
  let last: (typeof u.blocks)[number] | undefined;
  for (let k = u.blocks.length - 1; k >= 0 && !last; k--) if (!u.blocks[k].inQuote && u.blocks[k].range.start.line < sig) last = u.blocks[k];
  return insertBlockAfterLine(doc, last ? last.range.end.line : u.headingRange.start.line, line);
}

// Every language's promises that more news will come ("I'll keep you posted", "Wir melden uns, sobald …"), built once.
let furtherUpdates: PhraseSet | undefined;

/** True when the update promises that more news will come, with or without a time. */
function promisesMore(doc: PostmortemDocument, index: number): boolean {
  furtherUpdates ??= phrases(phaseTextPhrases('furtherUpdates'));
  return updateBlocks(doc, index).some((b) => furtherUpdates!.test(plainText(doc, b)));
}

const rule = defineRule({
  id: 'PM004',
  name: 'next-update',
  description: 'Every update posted before recovery says when the next update comes, at a time after the update.',
  tags: ['communication', 'time'],
  defaultSeverity: 'warning',
  appliesTo: ['incident'],
  customerOnly: false,
  fixable: true,
  messages: MESSAGES,
  // The fix promises the next update one cadence later: update-cadence's table unless this rule sets its own.
  options: {
    minutes: cadenceMinutesOption('update-cadence'),
    promiseWithoutTime: {
      type: 'boolean', default: false,
      description: 'Accept a promise of further news without a time ("we will keep you posted") as the next-update line.',
    },
  },
  check(ctx) {
    const { doc, messages: t } = ctx;
    const cadence = cadenceOf(ctx.options.minutes, doc.meta.severity) ?? FALLBACK_CADENCE_MINUTES;
    // The time of the update that follows each one: the fix never promises an earlier time, which the document's own
    // history already breaks (update-cadence would call that next update late right after the fix).
    const followedAt = new Map<StatusUpdate, number>();
    const ordered = chronological(doc.updates);
    for (let i = 0; i + 1 < ordered.length; i++) followedAt.set(ordered[i], ordered[i + 1].timestamp.at!);
    doc.updates.forEach((u, index) => {
      const at = u.timestamp.at;
      if (u.nextUpdate) {
        const promised = u.nextUpdate.at;
        if (promised !== undefined && at !== undefined && promised <= at) {
          ctx.report({
            range: u.nextUpdate.range,
            message: t.early(formatTimeNear(promised, at, doc.zone), formatTimeNear(at, at, doc.zone)),
          });
        }
        return;
      }
      // Posted after recovery (a resolved update, or an after-the-fact post): no next update is owed.
      if (u.phase === 'resolved') return;
      // One notice that says nothing of its state may well come after the fact: only the writer can tell.
      if (isLoneNoticeOfUnknownPhase(doc, u)) return;
      // A team that accepts promises without a time: saying that more will come is then enough.
      if (ctx.options.promiseWithoutTime === true && promisesMore(doc, index)) return;
      const next = followedAt.get(u);
      const minutes = at !== undefined && next !== undefined ? Math.max(cadence, (next - at) / 60_000) : cadence;
      const line = at !== undefined ? nextUpdateLine(t, doc, at, minutes) : undefined;
      ctx.report({
        range: u.headingRange,
        message: t.missing,
        fix: line ? { title: t.fix(line), edits: [appendEdit(doc, u, line)] } : undefined,
      });
    });
  },
});

export default rule;
