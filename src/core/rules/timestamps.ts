// PM023 timestamps: readers act on times (when did it start, when is the next update), so every time must parse,
// carry a zone, run forwards, not lie in the future, and — for status updates — fall between `started` and `resolved`.
// Tolerances: 5 min into the future (clock skew); updates may come up to `toleranceMinutes` (default 60) before
// `started` or after `resolved`. Timeline entries are not held to started..resolved: a timeline rightly shows the
// change that led to the incident and the follow-up after it.
import type { Lang, PostmortemDocument, Range, Timestamp } from '../types';
import { formatTimeNear } from './support/doc';
import { listsNewestFirst } from '../model/update-phase';
import { defineRule } from './define';

const FUTURE_SLACK_MS = 5 * 60_000;

type M = {
  unparsable: (raw: string) => string;
  noTime: (raw: string) => string;
  noDate: (raw: string) => string;
  noZone: (raw: string) => string;
  backwards: (raw: string, prev: string) => string;
  backwardsNoDate: (raw: string, prev: string) => string;
  /** The team lists updates oldest first (`updateOrder: oldest-first`), this list runs newest first throughout. */
  newestFirst: string;
  /** The team lists updates newest first (`updateOrder: newest-first`): an update later than the one listed before it. */
  laterThanPrevious: (raw: string, prev: string) => string;
  /** A list that runs newest first (the document's own order, `updateOrder: either`): an update later than the one before it. */
  laterInNewestFirstList: (raw: string, prev: string) => string;
  oldestFirst: string;
  future: (raw: string, now: string) => string;
  beforeStart: (raw: string, started: string) => string;
  afterEnd: (raw: string, resolved: string) => string;
};

const MESSAGES: Record<Lang, M> = {
  en: {
    unparsable: (r) => `"${r}" is not a readable time: write it as YYYY-MM-DD HH:MM UTC (or with an offset or IANA zone).`,
    noTime: (r) => `"${r}" has no time: start the update heading with one, e.g. "2026-11-22 14:12 UTC — Investigating".`,
    noDate: (r) => `"${r}" has no date, and nothing before it gives one: write the date (YYYY-MM-DD HH:MM) or set \`started:\`.`,
    noZone: (r) => `"${r}" has no time zone and the document declares none: add the zone (e.g. "UTC") or set \`timezone:\` in the front matter.`,
    backwards: (r, p) => `"${r}" is earlier than the entry before it (${p}): correct the time or put the entries in order, oldest first.`,
    backwardsNoDate: (r, p) => `"${r}" reads as earlier than the entry before it (${p}): if the day changed, write the date (YYYY-MM-DD HH:MM).`,
    newestFirst: 'The updates are listed newest first, but this team lists them oldest first (`updateOrder: oldest-first`): put the latest update last.',
    laterThanPrevious: (r, p) => `"${r}" is later than the update listed before it (${p}): your updates are listed newest first (\`updateOrder: newest-first\`), so correct the time or move the update up.`,
    laterInNewestFirstList: (r, p) => `"${r}" is later than the update listed before it (${p}), in a list that runs newest first: correct the time or move the update up.`,
    oldestFirst: 'The updates are listed oldest first, but this team lists them newest first (`updateOrder: newest-first`): put the latest update on top.',
    future: (r, n) => `"${r}" lies in the future (now is ${n}): check the date and the time zone.`,
    beforeStart: (r, s) => `"${r}" is before the incident started (${s}): check the time and zone, or correct \`started\`.`,
    afterEnd: (r, e) => `"${r}" is after the incident was resolved (${e}): check the time and zone, or correct \`resolved\`.`,
  },
  fr: {
    unparsable: (r) => `« ${r} » n'est pas une heure lisible : écrivez-la sous la forme AAAA-MM-JJ HH:MM UTC (ou avec un décalage ou un fuseau IANA).`,
    noTime: (r) => `« ${r} » n'a pas d'heure : commencez le titre de la mise à jour par une heure, par ex. « 2026-11-22 14:12 UTC — Enquête en cours ».`,
    noDate: (r) => `« ${r} » n'a pas de date et rien avant ne la donne : écrivez la date (AAAA-MM-JJ HH:MM) ou renseignez \`started:\`.`,
    noZone: (r) => `« ${r} » n'a pas de fuseau horaire et le document n'en déclare aucun : ajoutez le fuseau (par ex. « UTC ») ou renseignez \`timezone:\` dans l'en-tête.`,
    backwards: (r, p) => `« ${r} » est antérieur à l'entrée précédente (${p}) : corrigez l'heure ou remettez les entrées dans l'ordre, de la plus ancienne à la plus récente.`,
    backwardsNoDate: (r, p) => `« ${r} » se lit comme antérieur à l'entrée précédente (${p}) : si le jour a changé, écrivez la date (AAAA-MM-JJ HH:MM).`,
    newestFirst: 'Les mises à jour sont listées de la plus récente à la plus ancienne, mais votre équipe les liste de la plus ancienne à la plus récente (`updateOrder: oldest-first`) : placez la dernière en bas.',
    laterThanPrevious: (r, p) => `« ${r} » est postérieur à la mise à jour listée avant (${p}) : vos mises à jour sont listées de la plus récente à la plus ancienne (\`updateOrder: newest-first\`) ; corrigez l'heure ou remontez la mise à jour.`,
    laterInNewestFirstList: (r, p) => `« ${r} » est postérieur à la mise à jour listée avant (${p}), dans une liste de la plus récente à la plus ancienne : corrigez l'heure ou remontez la mise à jour.`,
    oldestFirst: 'Les mises à jour sont listées de la plus ancienne à la plus récente, mais votre équipe les liste de la plus récente à la plus ancienne (`updateOrder: newest-first`) : placez la dernière en haut.',
    future: (r, n) => `« ${r} » est dans le futur (il est ${n}) : vérifiez la date et le fuseau horaire.`,
    beforeStart: (r, s) => `« ${r} » précède le début de l'incident (${s}) : vérifiez l'heure et le fuseau, ou corrigez \`started\`.`,
    afterEnd: (r, e) => `« ${r} » est postérieur à la résolution de l'incident (${e}) : vérifiez l'heure et le fuseau, ou corrigez \`resolved\`.`,
  },
  de: {
    unparsable: (r) => `„${r}“ ist keine lesbare Zeitangabe: Schreiben Sie JJJJ-MM-TT HH:MM UTC (oder mit Offset bzw. IANA-Zeitzone).`,
    noTime: (r) => `„${r}“ hat keine Uhrzeit: Beginnen Sie die Überschrift der Aktualisierung damit, z. B. „2026-11-22 14:12 UTC — Untersuchung“.`,
    noDate: (r) => `„${r}“ hat kein Datum, und nichts davor liefert eines: Schreiben Sie das Datum (JJJJ-MM-TT HH:MM) oder setzen Sie \`started:\`.`,
    noZone: (r) => `„${r}“ hat keine Zeitzone, und das Dokument gibt keine an: Ergänzen Sie die Zone (z. B. „UTC“) oder setzen Sie \`timezone:\` im Front Matter.`,
    backwards: (r, p) => `„${r}“ liegt vor dem vorigen Eintrag (${p}): Korrigieren Sie die Zeit oder ordnen Sie die Einträge chronologisch, älteste zuerst.`,
    backwardsNoDate: (r, p) => `„${r}“ liest sich als früher als der vorige Eintrag (${p}): Wenn der Tag gewechselt hat, schreiben Sie das Datum dazu (JJJJ-MM-TT HH:MM).`,
    newestFirst: 'Die Aktualisierungen stehen neueste zuerst, Ihr Team führt sie aber älteste zuerst (`updateOrder: oldest-first`): Stellen Sie die neueste nach unten.',
    laterThanPrevious: (r, p) => `„${r}“ liegt nach der davor aufgeführten Aktualisierung (${p}): Ihre Aktualisierungen stehen neueste zuerst (\`updateOrder: newest-first\`); korrigieren Sie die Zeit oder schieben Sie die Aktualisierung nach oben.`,
    laterInNewestFirstList: (r, p) => `„${r}“ liegt nach der davor aufgeführten Aktualisierung (${p}), in einer Liste mit der neuesten zuerst: Korrigieren Sie die Zeit oder schieben Sie die Aktualisierung nach oben.`,
    oldestFirst: 'Die Aktualisierungen stehen älteste zuerst, Ihr Team führt sie aber neueste zuerst (`updateOrder: newest-first`): Stellen Sie die neueste nach oben.',
    future: (r, n) => `„${r}“ liegt in der Zukunft (jetzt ist ${n}): Prüfen Sie Datum und Zeitzone.`,
    beforeStart: (r, s) => `„${r}“ liegt vor dem Beginn des Vorfalls (${s}): Prüfen Sie Zeit und Zeitzone oder korrigieren Sie \`started\`.`,
    afterEnd: (r, e) => `„${r}“ liegt nach der Behebung des Vorfalls (${e}): Prüfen Sie Zeit und Zeitzone oder korrigieren Sie \`resolved\`.`,
  },
  'zh-Hans': {
    unparsable: (r) => `无法识别时间“${r}”：请写成 YYYY-MM-DD HH:MM UTC（或带时差、IANA 时区）。`,
    noTime: (r) => `“${r}”没有时间：请在更新标题开头写上时间，例如“2026-11-22 14:12 UTC — 调查中”。`,
    noDate: (r) => `“${r}”没有日期，前面也没有可沿用的日期：请写上日期（YYYY-MM-DD HH:MM），或设置 \`started:\`。`,
    noZone: (r) => `“${r}”没有时区，文档也未声明时区：请加上时区（如“UTC”），或在前置元数据中设置 \`timezone:\`。`,
    backwards: (r, p) => `“${r}”早于前一条（${p}）：请更正时间，或按从早到晚的顺序排列。`,
    backwardsNoDate: (r, p) => `“${r}”会被读作早于前一条（${p}）：如果已跨日，请写上日期（YYYY-MM-DD HH:MM）。`,
    newestFirst: '更新按从新到旧排列，但团队约定从早到晚排列（`updateOrder: oldest-first`）：请把最新的更新放在最后。',
    laterThanPrevious: (r, p) => `“${r}”晚于排在它前面的更新（${p}）：你们的更新按从新到旧排列（\`updateOrder: newest-first\`），请更正时间或把这条更新上移。`,
    laterInNewestFirstList: (r, p) => `“${r}”晚于排在它前面的更新（${p}），而这份列表按从新到旧排列：请更正时间或把这条更新上移。`,
    oldestFirst: '更新按从早到晚排列，但团队约定从新到旧排列（`updateOrder: newest-first`）：请把最新的更新放在最上面。',
    future: (r, n) => `“${r}”在未来（现在是 ${n}）：请检查日期和时区。`,
    beforeStart: (r, s) => `“${r}”早于事件开始时间（${s}）：请检查时间和时区，或更正 \`started\`。`,
    afterEnd: (r, e) => `“${r}”晚于事件解决时间（${e}）：请检查时间和时区，或更正 \`resolved\`。`,
  },
  'zh-Hant': {
    unparsable: (r) => `無法辨識時間「${r}」：請寫成 YYYY-MM-DD HH:MM UTC（或帶時差、IANA 時區）。`,
    noTime: (r) => `「${r}」沒有時間：請在更新標題開頭寫上時間，例如「2026-11-22 14:12 UTC — 調查中」。`,
    noDate: (r) => `「${r}」沒有日期，前面也沒有可沿用的日期：請寫上日期（YYYY-MM-DD HH:MM），或設定 \`started:\`。`,
    noZone: (r) => `「${r}」沒有時區，文件也未宣告時區：請加上時區（如「UTC」），或在前置中繼資料中設定 \`timezone:\`。`,
    backwards: (r, p) => `「${r}」早於前一筆（${p}）：請更正時間，或依從早到晚的順序排列。`,
    backwardsNoDate: (r, p) => `「${r}」會被讀作早於前一筆（${p}）：如果已跨日，請寫上日期（YYYY-MM-DD HH:MM）。`,
    newestFirst: '更新依從新到舊排列，但團隊約定依從早到晚排列（`updateOrder: oldest-first`）：請把最新的更新放在最後。',
    laterThanPrevious: (r, p) => `「${r}」晚於排在它前面的更新（${p}）：你們的更新依從新到舊排列（\`updateOrder: newest-first\`），請更正時間或把這則更新上移。`,
    laterInNewestFirstList: (r, p) => `「${r}」晚於排在它前面的更新（${p}），而這份列表依從新到舊排列：請更正時間或把這則更新上移。`,
    oldestFirst: '更新依從早到晚排列，但團隊約定從新到舊排列（`updateOrder: newest-first`）：請把最新的更新放在最上面。',
    future: (r, n) => `「${r}」在未來（現在是 ${n}）：請檢查日期和時區。`,
    beforeStart: (r, s) => `「${r}」早於事件開始時間（${s}）：請檢查時間和時區，或更正 \`started\`。`,
    afterEnd: (r, e) => `「${r}」晚於事件解決時間（${e}）：請檢查時間和時區，或更正 \`resolved\`。`,
  },
};

type Report = (range: Range, message: string) => void;

/**
 * How a list of timestamps must run: `oldest-first` (forwards; a list of 3+ that runs backwards throughout is reported
 * once), `newest-first` (the other way round), or the list's own direction (`{ newestFirst }`, read as the model reads
 * it: only the entries that turn against it are reported).
 */
type Direction = 'oldest-first' | 'newest-first' | { newestFirst: boolean };

function checkOrder(doc: PostmortemDocument, list: Timestamp[], t: M, report: Report, direction: Direction, firstRange?: Range): void {
  const parsed = list.filter((ts) => ts.at !== undefined);
  const own = typeof direction === 'object';
  const newestFirst = own ? direction.newestFirst : direction === 'newest-first';
  const wrongWay = (a: number, b: number) => (newestFirst ? a > b : a < b);
  const throughout = !own && parsed.length >= 3 && parsed.every((ts, i) => i === 0 || wrongWay(ts.at!, parsed[i - 1].at!));
  if (throughout && firstRange) {
    report(firstRange, newestFirst ? t.oldestFirst : t.newestFirst);
    return;
  }
  if (newestFirst) {
    const later = own ? t.laterInNewestFirstList : t.laterThanPrevious;
    for (let i = 1; i < parsed.length; i++) {
      const prev = parsed[i - 1];
      const cur = parsed[i];
      if (cur.at! > prev.at!) report(cur.range, later(cur.raw, formatTimeNear(prev.at!, cur.at!, doc.zone)));
    }
    return;
  }
  for (let i = 1; i < parsed.length; i++) {
    const prev = parsed[i - 1];
    const cur = parsed[i];
    if (cur.at! >= prev.at!) continue;
    const p = formatTimeNear(prev.at!, cur.at!, doc.zone);
    // A bare HH:MM that falls back by half a day or more most likely crossed midnight: suggest writing the date.
    const crossedMidnight = !cur.hasDate && prev.at! - cur.at! >= 12 * 3_600_000;
    report(cur.range, crossedMidnight ? t.backwardsNoDate(cur.raw, p) : t.backwards(cur.raw, p));
  }
}

const rule = defineRule({
  id: 'PM023',
  name: 'timestamps',
  description: 'Times parse, carry a zone, run forwards, are not in the future, and updates fall between started and resolved.',
  tags: ['time'],
  defaultSeverity: 'warning',
  appliesTo: ['incident', 'rcca'],
  customerOnly: false,
  messages: MESSAGES,
  options: {
    updateOrder: {
      type: 'update-order', default: 'either',
      description: 'How the team lists status updates: `either` (each document oldest or newest first, consistently: only an update that turns against its own list is reported), or always `oldest-first`, or always `newest-first` as status pages do. Import Incident from Status Page writes updates newest first only with `newest-first`.',
    },
    toleranceMinutes: {
      type: 'positive-number', default: 60,
      description: 'Minutes an update may lie before `started` or after `resolved`.',
    },
  },
  check(ctx) {
    const { doc, now } = ctx;
    const t = ctx.messages;
    const tolerance = ctx.options.toleranceMinutes * 60_000;
    const report: Report = (range, message) => ctx.report({ range, message });
    const updateTimes = doc.updates.map((u) => u.timestamp);
    const timelineTimes = doc.timeline.map((e) => e.timestamp);
    const all = [...updateTimes, ...timelineTimes];

    for (const list of [updateTimes, timelineTimes]) {
      let dateless = false;
      for (const ts of list) {
        if (ts.at !== undefined) continue;
        // Say what is missing when we can tell: no time of day at all, or a bare time with no date to inherit —
        // the latter once per list, since a date on the first one gives the rest theirs.
        if (!/\d{1,2}\s*[:h时時点點]\s*\d{2}/.test(ts.raw)) report(ts.range, t.noTime(ts.raw));
        else if (!ts.hasDate && !/\d{4}\s*[-/.年]/.test(ts.raw)) {
          if (!dateless) report(ts.range, t.noDate(ts.raw));
          dateless = true;
        } else report(ts.range, t.unparsable(ts.raw));
      }
    }

    // A missing zone is reported once, at the first such time: one front matter line fixes them all.
    const zoneDeclared = doc.meta.timezone !== undefined || doc.zone !== 'UTC';
    const zoneless = zoneDeclared ? undefined : all.filter((ts) => ts.at !== undefined && !ts.hasZone)
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)[0];
    if (zoneless) report(zoneless.range, t.noZone(zoneless.raw));

    const order = ctx.options.updateOrder;
    checkOrder(doc, updateTimes, t, report, order === 'either' ? { newestFirst: listsNewestFirst(doc.updates) } : order, doc.updates[0]?.headingRange);
    // Timeline entries always run oldest first.
    checkOrder(doc, timelineTimes, t, report, 'oldest-first');

    for (const ts of all) {
      if (ts.at !== undefined && ts.at > now + FUTURE_SLACK_MS) report(ts.range, t.future(ts.raw, formatTimeNear(now, ts.at, doc.zone)));
    }

    const { started, resolved } = doc.meta;
    for (const ts of updateTimes) {
      if (ts.at === undefined || ts.at > now + FUTURE_SLACK_MS) continue;
      if (started !== undefined && ts.at < started - tolerance) {
        report(ts.range, t.beforeStart(ts.raw, formatTimeNear(started, ts.at, doc.zone)));
      } else if (resolved !== undefined && ts.at > resolved + tolerance) {
        report(ts.range, t.afterEnd(ts.raw, formatTimeNear(resolved, ts.at, doc.zone)));
      }
    }
  },
});

export default rule;
