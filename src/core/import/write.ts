// Writes one status-page incident as our incident document: front matter (id, title, severity from the impact,
// status, started/resolved, lang, timezone, services), the title, the updates under an Updates heading with their
// time and our phase word in the document's language, in the order the team lists them. Nothing is invented: what
// cannot be mapped (a page's postmortem, updates without a time, text around the updates) is kept as text, in
// sections of its own after the updates, and reported once per kind.
import type { IncidentSeverity, Phase } from '../types';
import { LANGS } from '../types';
import { lexicon } from '../lexicon';
import { fold } from '../text';
import { formatDateTime, idStamp, inTimeOrder, isoDate, isoTime } from '../time';
import { configuredUpdateOrder } from '../defaults';
import { PHASE_LABELS, SECTION_HEADINGS } from '../authoring/labels';
import { yamlScalar } from '../authoring/frontmatter';
import { slugify } from '../authoring/slug';
import { detectFromText } from '../model/language';
import { normalizeSeverity } from '../model/normalize-meta';
import { phaseFromText } from '../model/update-phase';
import type { ImportFailure, ImportOptions, ImportWarning, ImportedIncident, SourceIncident, SourceUpdate } from './types';

/** The incident's own status as a page writes it, mapped to our phases (`postmortem`: resolved, with a report). */
const INCIDENT_STATUS: Record<string, Phase> = {
  investigating: 'investigating', identified: 'identified', monitoring: 'monitoring', resolved: 'resolved', postmortem: 'resolved',
};

let postmortemWords: Set<string> | undefined;
function isPostmortemLabel(label: string | undefined): boolean {
  if (!label) return false;
  postmortemWords ??= new Set(['postmortem', 'post-mortem', 'post mortem', ...LANGS.map((l) => fold(lexicon(l).statusPage.postmortemHeading))]);
  return postmortemWords.has(fold(label.trim()));
}

/** Severity from the page's impact: critical sev1, major sev2, minor sev3, none sev4. */
export function severityOfImpact(impact: string | undefined): IncidentSeverity | undefined {
  if (!impact) return undefined;
  return impact.trim().toLowerCase() === 'none' ? 'sev4' : normalizeSeverity(impact);
}

/** Index of the first code fence opening line in `lines` that no later line closes (CommonMark: same character, at least as long). */
function unclosedFence(lines: readonly string[]): number {
  let open: { line: number; char: string; length: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!m) continue;
    if (!open) {
      if (m[1][0] === '`' && m[2].includes('`')) continue; // not a fence: a backtick fence's info has no backtick
      open = { line: i, char: m[1][0], length: m[1].length };
    } else if (m[1][0] === open.char && m[1].length >= open.length && m[2].trim() === '') open = undefined;
  }
  return open?.line ?? -1;
}

/** A heading behind list or quote markers: "*\t#", "- ## x", "> # x". */
const CONTAINED_HEADING = /^((?:[ \t]{0,3}(?:>|[*+-]|\d{1,9}[.)])[ \t]*)+)#/;

/**
 * A text as Markdown that stays inside its update: a line that would start a heading (ATX or setext), or a comment
 * that would switch rules off, is escaped; a code fence that never closes is escaped so it cannot swallow the updates
 * after it. Everything else is written as the page has it.
 */
export function escapeBody(body: string): string {
  // blank lines around the text go; the indentation of its first line stays (it may make it code)
  const lines = body.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, '').replace(/^[ \t]+$/, '').split('\n').map((l) => {
    let out = l.replace(/<!--/g, '&lt;!--');
    if (/^\s{0,3}#/.test(out) || /^\s{0,3}(=+|-+)\s*$/.test(out)) out = out.replace(/^(\s{0,3})/, '$1\\');
    // a heading behind list or quote markers ("*\t#", "- ## x", "> # x") is a heading too: it would end the Updates
    // section as well
    else out = out.replace(CONTAINED_HEADING, '$1\\#');
    return out;
  });
  for (let i = unclosedFence(lines); i >= 0; i = unclosedFence(lines)) lines[i] = lines[i].replace(/^( {0,3})/, '$1\\');
  return lines.join('\n');
}

function countWarning(warnings: ImportWarning[], code: 'postmortem-kept' | 'no-time' | 'leftover-text', n: number): void {
  if (n > 0) warnings.push({ code, count: n });
}

/** Our document for one incident, or why it cannot be written without asking. */
export function writeIncident(src: SourceIncident, options: ImportOptions = {}): ImportedIncident | ImportFailure {
  const config = options.config;
  const zone = options.zone ?? config?.timezone ?? 'UTC';
  const order = options.order ?? configuredUpdateOrder(config);
  // a title and an id are one line each (a page's name may hold a line break)
  const title = (src.title?.trim() || options.title?.trim())?.replace(/\s+/g, ' ');
  if (!title) return { reason: 'needs-title' };
  const severity = severityOfImpact(src.impact) ?? options.severity;
  if (!severity) return { reason: 'needs-severity', title };

  const warnings: ImportWarning[] = [];
  const postmortem: SourceUpdate[] = [];
  const untimed: SourceUpdate[] = [];
  const timed: SourceUpdate[] = [];
  for (const u of src.updates) {
    if (isPostmortemLabel(u.label)) postmortem.push(u);
    else if (u.at === undefined) untimed.push(u);
    else timed.push(u);
  }
  if (timed.length === 0) return { reason: 'no-updates' };
  const oldestFirst = inTimeOrder(timed);
  const unmapped = [...new Set(timed.filter((u) => !u.phase && u.label).map((u) => u.label!))];
  if (unmapped.length > 0) warnings.push({ code: 'unmapped-status', count: timed.filter((u) => !u.phase && u.label).length, labels: unmapped });

  const first = oldestFirst[0].at!;
  let started = src.startedAt ?? first;
  if (first < started) {
    started = first;
    warnings.push({ code: 'started-earlier', started: first });
  }
  const newest = oldestFirst[oldestFirst.length - 1];
  const lang = options.lang
    ?? detectFromText([title, ...timed.map((u) => u.body)].join('\n'))
    ?? config?.language ?? 'en';
  const pageStatus = src.status ? INCIDENT_STATUS[src.status.toLowerCase()] : undefined;
  let status = pageStatus ?? newest.phase ?? phaseFromText(newest.body);
  if (!status) {
    status = 'investigating';
    warnings.push({ code: 'status-assumed' });
  }
  let resolved: number | undefined;
  if (status === 'resolved') {
    const lastResolved = [...oldestFirst].reverse().find((u) => u.phase === 'resolved');
    resolved = src.resolvedAt ?? lastResolved?.at ?? newest.at;
    if (resolved! < started) resolved = started;
  }
  const id = src.id?.trim().replace(/\s+/g, ' ') || `INC-${idStamp(started, zone)}`;

  const fm = [
    '---',
    'kind: incident',
    `id: ${yamlScalar(id)}`,
    `title: ${yamlScalar(title)}`,
    `severity: ${severity}`,
    `status: ${status}`,
    `lang: ${lang}`,
    `timezone: ${yamlScalar(zone)}`,
    `started: ${isoTime(started, zone)}`,
    ...(resolved !== undefined ? [`resolved: ${isoTime(resolved, zone)}`] : []),
    // a JSON string is a YAML double-quoted scalar: any component name stays one item
    ...(src.components.length > 0 ? [`services: [${src.components.map((c) => JSON.stringify(c)).join(', ')}]`] : []),
    ...(src.link ? [`source: ${yamlScalar(src.link)}`] : []),
    '---',
  ];

  const labels = PHASE_LABELS[lang];
  const words = lexicon(lang).statusPage;
  const updateBlock = (u: SourceUpdate, withPhase: boolean): string => {
    const when = u.at !== undefined ? formatDateTime(u.at, zone) : '';
    const heading = withPhase && u.phase ? `${when} — ${labels[u.phase]}` : when || u.label || '';
    const keepLabel = withPhase && !u.phase && u.label && u.at !== undefined;
    // escaped as a whole: a label in front of a fence line changes which fences open and close
    const text = escapeBody(keepLabel ? `**${u.label}** — ${u.body.trimStart()}` : u.body);
    return text ? `### ${heading}\n\n${text}` : `### ${heading}`;
  };
  const listed = order === 'newest-first' ? [...oldestFirst].reverse() : oldestFirst;
  const out = [...fm, '', `# ${title}`, '', `## ${SECTION_HEADINGS[lang].updates}`, ''];
  for (const u of listed) out.push(updateBlock(u, true), '');
  if (postmortem.length > 0) {
    out.push(`## ${words.postmortemHeading}`, '');
    for (const u of postmortem) out.push(updateBlock(u, false), '');
  }
  if (untimed.length > 0 || src.leftover.length > 0) {
    out.push(`## ${words.notesHeading}`, '');
    if (src.leftover.length > 0) out.push(src.leftover.map((l) => escapeBody(l)).join('\n\n'), '');
    for (const u of untimed) {
      const text = escapeBody(`${u.label ? `**${u.label}** — ` : ''}${u.body.trimStart()}`);
      if (text) out.push(text, '');
    }
  }
  countWarning(warnings, 'postmortem-kept', postmortem.length);
  countWarning(warnings, 'no-time', untimed.length);
  countWarning(warnings, 'leftover-text', src.leftover.length);

  return {
    // blank lines inside a body stay as the page wrote them (they may be inside a code block)
    text: `${out.join('\n').trimEnd()}\n`,
    fileName: `${isoDate(started, zone)}-${slugify(title)}.md`,
    id, title, lang, severity, warnings,
  };
}
