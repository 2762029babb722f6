// PM024 front-matter: the front matter says what the document is and when things happened; every other rule builds
// on it. Reports invalid YAML at its position, an unknown kind, missing or invalid required keys, unparseable dates
// and a resolution before the start. Also runs on documents whose kind is unknown (so a typo in `kind` is not silent).
import type { Lang, Range, RuleContext } from '../types';
import { LANGS } from '../types';
import { isValidZone } from '../time';
import { defineRule } from './define';

type Key = 'id' | 'title' | 'severity' | 'status' | 'started' | 'incident' | 'resolved';

interface Messages {
  yaml(detail: string): string;
  unknownKind(value: string): string;
  missing(key: Key): string;
  invalid(key: string, value: string, allowed: string): string;
  badDate(key: string, value: string): string;
  resolvedBeforeStarted: string;
  notText(key: string): string;
  badZone(value: string): string;
}

const EXAMPLE_DATE = '2026-11-22T14:02:00Z';

const HINTS: Record<Lang, Record<Key, string>> = {
  en: { id: 'e.g. INC-2026-0042', title: 'a short title customers understand', severity: 'sev1, sev2, sev3 or sev4', status: 'investigating, identified, monitoring or resolved', started: `when it began, e.g. ${EXAMPLE_DATE}`, incident: 'the id of the incident, e.g. INC-2026-0042', resolved: `when service was restored, e.g. ${EXAMPLE_DATE}` },
  fr: { id: 'p. ex. INC-2026-0042', title: 'un titre court que les clients comprennent', severity: 'sev1, sev2, sev3 ou sev4', status: 'investigating, identified, monitoring ou resolved', started: `le début, p. ex. ${EXAMPLE_DATE}`, incident: 'l\'identifiant de l\'incident, p. ex. INC-2026-0042', resolved: `le rétablissement du service, p. ex. ${EXAMPLE_DATE}` },
  de: { id: 'z. B. INC-2026-0042', title: 'ein kurzer, für Kunden verständlicher Titel', severity: 'sev1, sev2, sev3 oder sev4', status: 'investigating, identified, monitoring oder resolved', started: `der Beginn, z. B. ${EXAMPLE_DATE}`, incident: 'die ID des Vorfalls, z. B. INC-2026-0042', resolved: `die Wiederherstellung, z. B. ${EXAMPLE_DATE}` },
  'zh-Hans': { id: '例如 INC-2026-0042', title: '客户能理解的简短标题', severity: 'sev1、sev2、sev3 或 sev4', status: 'investigating、identified、monitoring 或 resolved', started: `开始时间，例如 ${EXAMPLE_DATE}`, incident: '事件编号，例如 INC-2026-0042', resolved: `服务恢复时间，例如 ${EXAMPLE_DATE}` },
  'zh-Hant': { id: '例如 INC-2026-0042', title: '客戶能理解的簡短標題', severity: 'sev1、sev2、sev3 或 sev4', status: 'investigating、identified、monitoring 或 resolved', started: `開始時間，例如 ${EXAMPLE_DATE}`, incident: '事件編號，例如 INC-2026-0042', resolved: `服務恢復時間，例如 ${EXAMPLE_DATE}` },
};

const MESSAGES: Record<Lang, Messages> = {
  en: {
    yaml: (d) => `The front matter is not valid YAML (${d}): fix the syntax here so the document can be checked.`,
    unknownKind: (v) => `Unknown kind "${v}": use "incident" for a status update document or "rcca" for a cause and corrective action report.`,
    missing: (k) => `The front matter has no "${k}": add "${k}: …" (${HINTS.en[k]}).`,
    invalid: (k, v, a) => `"${v}" is not a valid ${k}: use one of ${a}.`,
    badDate: (k, v) => `"${k}: ${v}" is not a date and time: write it in ISO 8601 with a zone, e.g. ${EXAMPLE_DATE}.`,
    resolvedBeforeStarted: '"resolved" is earlier than "started": correct one of the two times.',
    notText: (k) => `"${k}" must be a single text value: write it on one line after "${k}:".`,
    badZone: (v) => `Unknown time zone "${v}": use an IANA name such as Europe/Berlin, or an offset such as +01:00.`,
  },
  fr: {
    yaml: (d) => `L'en-tête n'est pas un YAML valide (${d}) : corrigez la syntaxe à cet endroit pour que le document puisse être vérifié.`,
    unknownKind: (v) => `Type « ${v} » inconnu : utilisez « incident » pour un document de suivi d'incident ou « rcca » pour un rapport de cause et d'actions correctives.`,
    missing: (k) => `L'en-tête n'a pas de « ${k} » : ajoutez « ${k}: … » (${HINTS.fr[k]}).`,
    invalid: (k, v, a) => `« ${v} » n'est pas une valeur valide pour ${k} : utilisez ${a}.`,
    badDate: (k, v) => `« ${k}: ${v} » n'est pas une date et heure : écrivez-la en ISO 8601 avec un fuseau, p. ex. ${EXAMPLE_DATE}.`,
    resolvedBeforeStarted: '« resolved » est antérieur à « started » : corrigez l\'une des deux heures.',
    notText: (k) => `« ${k} » doit être un texte simple : écrivez-le sur une ligne après « ${k}: ».`,
    badZone: (v) => `Fuseau horaire inconnu « ${v} » : utilisez un nom IANA comme Europe/Paris, ou un décalage comme +01:00.`,
  },
  de: {
    yaml: (d) => `Das Front Matter ist kein gültiges YAML (${d}): Korrigieren Sie die Syntax an dieser Stelle, damit das Dokument geprüft werden kann.`,
    unknownKind: (v) => `Unbekannte Art „${v}“: Verwenden Sie „incident“ für ein Vorfalldokument oder „rcca“ für einen Bericht zu Ursache und Korrekturmaßnahmen.`,
    missing: (k) => `Im Front Matter fehlt „${k}“: Fügen Sie „${k}: …“ hinzu (${HINTS.de[k]}).`,
    invalid: (k, v, a) => `„${v}“ ist kein gültiger Wert für ${k}: Verwenden Sie ${a}.`,
    badDate: (k, v) => `„${k}: ${v}“ ist kein Datum mit Uhrzeit: Schreiben Sie es in ISO 8601 mit Zeitzone, z. B. ${EXAMPLE_DATE}.`,
    resolvedBeforeStarted: '„resolved“ liegt vor „started“: Korrigieren Sie eine der beiden Zeiten.',
    notText: (k) => `„${k}“ muss ein einzelner Text sein: Schreiben Sie ihn in eine Zeile nach „${k}:“.`,
    badZone: (v) => `Unbekannte Zeitzone „${v}“: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder einen Versatz wie +01:00.`,
  },
  'zh-Hans': {
    yaml: (d) => `前置元数据不是有效的 YAML（${d}）：请在此处修正语法，以便检查文档。`,
    unknownKind: (v) => `未知的 kind“${v}”：事件状态文档请用“incident”，原因与纠正措施报告请用“rcca”。`,
    missing: (k) => `前置元数据缺少“${k}”：请添加“${k}: …”（${HINTS['zh-Hans'][k]}）。`,
    invalid: (k, v, a) => `“${v}”不是有效的 ${k}：请使用 ${a} 之一。`,
    badDate: (k, v) => `“${k}: ${v}”不是有效的日期时间：请使用带时区的 ISO 8601 格式，例如 ${EXAMPLE_DATE}。`,
    resolvedBeforeStarted: '“resolved”早于“started”：请更正其中一个时间。',
    notText: (k) => `“${k}”必须是单个文本值：请写在“${k}:”后的同一行。`,
    badZone: (v) => `未知的时区“${v}”：请使用 IANA 名称（如 Asia/Shanghai）或偏移量（如 +08:00）。`,
  },
  'zh-Hant': {
    yaml: (d) => `前置中繼資料不是有效的 YAML（${d}）：請在此處修正語法，以便檢查文件。`,
    unknownKind: (v) => `未知的 kind「${v}」：事件狀態文件請用「incident」，原因與矯正措施報告請用「rcca」。`,
    missing: (k) => `前置中繼資料缺少「${k}」：請新增「${k}: …」（${HINTS['zh-Hant'][k]}）。`,
    invalid: (k, v, a) => `「${v}」不是有效的 ${k}：請使用 ${a} 之一。`,
    badDate: (k, v) => `「${k}: ${v}」不是有效的日期時間：請使用帶時區的 ISO 8601 格式，例如 ${EXAMPLE_DATE}。`,
    resolvedBeforeStarted: '「resolved」早於「started」：請更正其中一個時間。',
    notText: (k) => `「${k}」必須是單一文字值：請寫在「${k}:」後的同一行。`,
    badZone: (v) => `未知的時區「${v}」：請使用 IANA 名稱（如 Asia/Taipei）或偏移量（如 +08:00）。`,
  },
};

const KINDS = ['incident', 'rcca'];
const REQUIRED: Record<string, Key[]> = {
  incident: ['id', 'title', 'severity', 'status', 'started'],
  rcca: ['incident', 'title', 'severity', 'resolved'],
};
const SEVERITIES = 'sev1, sev2, sev3, sev4 (critical, major, minor, low)';
const PHASES = 'investigating, identified, monitoring, resolved';
const AUDIENCES = ['customers', 'internal'];
const DATE_KEYS = ['started', 'detected', 'resolved', 'published'] as const;
const TEXT_KEYS = ['id', 'title', 'incident', 'lead', 'author'];

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function show(v: unknown): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}

function check(ctx: RuleContext<Messages>): void {
  const { doc } = ctx;
  const fm = doc.frontMatter;
  if (!fm.present) return;
  const t = ctx.messages;
  const data = fm.data ?? {};
  const kindRaw = data.kind;
  const anchor: Range = fm.keyRange('kind') ?? fm.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
  const at = (key: string): Range => fm.valueRange(key) ?? fm.keyRange(key) ?? anchor;

  // Not (recognisably) a postmortem: speak only when the writer evidently meant one.
  if (doc.kind === undefined && !fm.declaresKind) return;
  for (const err of fm.errors) ctx.report({ message: t.yaml(err.message.split('\n')[0]), range: err.range });
  if (fm.errors.length > 0) return;

  // A document `.postmortem.yaml` maps to a kind (model/mapped-kind.ts) has no `kind` of its own: its front matter,
  // if any, is the team's (a static site's title and date), so no key is required of it; values present are checked.
  const mapped = doc.kind !== undefined && isBlank(kindRaw);
  const kind = mapped ? doc.kind : typeof kindRaw === 'string' ? kindRaw.trim().toLowerCase() : undefined;
  if (!kind || !KINDS.includes(kind)) {
    ctx.report({ message: t.unknownKind(show(kindRaw)), range: at('kind') });
    return;
  }

  if (!mapped) {
    for (const key of REQUIRED[kind]) {
      if (isBlank(data[key])) ctx.report({ message: t.missing(key), range: fm.keyRange(key) ?? anchor });
    }
  }
  for (const key of TEXT_KEYS) {
    const v = data[key];
    if (!isBlank(v) && typeof v !== 'string' && typeof v !== 'number') ctx.report({ message: t.notText(key), range: at(key) });
  }

  const meta = doc.meta;
  if (!isBlank(data.severity) && meta.severity === undefined) {
    ctx.report({ message: t.invalid('severity', show(data.severity), SEVERITIES), range: at('severity') });
  }
  if (!isBlank(data.status) && meta.status === undefined) {
    ctx.report({ message: t.invalid('status', show(data.status), PHASES), range: at('status') });
  }
  if (!isBlank(data.audience) && !AUDIENCES.includes(String(data.audience).trim().toLowerCase())) {
    ctx.report({ message: t.invalid('audience', show(data.audience), AUDIENCES.join(', ')), range: at('audience') });
  }
  if (!isBlank(data.lang) && meta.lang === undefined) {
    ctx.report({ message: t.invalid('lang', show(data.lang), LANGS.join(', ')), range: at('lang') });
  }
  if (!isBlank(data.timezone) && (typeof data.timezone !== 'string' || !isValidZone(data.timezone))) {
    ctx.report({ message: t.badZone(show(data.timezone)), range: at('timezone') });
  }
  for (const key of DATE_KEYS) {
    if (!isBlank(data[key]) && meta[key] === undefined) ctx.report({ message: t.badDate(key, show(data[key])), range: at(key) });
  }
  if (meta.started !== undefined && meta.resolved !== undefined && meta.resolved < meta.started) {
    ctx.report({ message: t.resolvedBeforeStarted, range: at('resolved') });
  }
}

const rule = defineRule({
  id: 'PM024',
  name: 'front-matter',
  description: 'The front matter is valid YAML with a known kind and the required keys, valid values and parseable dates.',
  tags: ['structure'],
  defaultSeverity: 'error',
  appliesTo: ['incident', 'rcca'],
  customerOnly: false,
  checksUntyped: true,
  messages: MESSAGES,
  check,
});

export default rule;
