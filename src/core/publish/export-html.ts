// A report (or an incident) as one standalone HTML file: embedded styles with print rules (a browser's "Save as PDF"
// gives a clean document), the key facts from the front matter, the timeline chart as inline SVG, the document's
// text. No script, no external resource of ours; a Content-Security-Policy forbids scripts even if one slipped in.
// Every text is escaped; raw HTML in the document is shown as text; HTML comments are dropped.
import type { Config, PostmortemDocument } from '../types';
import { phaseLabel } from '../authoring/labels';
import { SECTION_HEADINGS } from '../authoring/labels';
import { formatDateTime } from '../time';
import { buildIncident, escapeXml as esc, renderTimelineSvg, summarize, type DocSummary, type Translate } from '../timeline';
import { EXPORT_LABELS } from './labels';
import { documentTitle } from '../model/document-title';
import { renderHtmlBody } from './markdown';

export interface ExportOptions {
  /** The clock for the chart's countdowns (epoch ms). */
  now: number;
  /** Translations of the chart's words (the editor's UI language); English by default. */
  t?: Translate;
  config?: Config;
  /** The document's name, for its summary (the chart); any string. */
  uri?: string;
  /** Draw this incident and its report instead of the document alone (a report exported with its incident's updates). */
  chart?: { incident: DocSummary; rcca?: DocSummary };
}

const STYLE = `
:root { color-scheme: light; --text: #24292f; --muted: #57606a; --line: #d0d7de; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
a { color: var(--accent); }
.pm-kind { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0 0 .25rem; }
.pm-facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.5rem; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: 6px; background: #f6f8fa; }
.pm-facts dt { color: var(--muted); }
.pm-facts dd { margin: 0; }
figure.pm-timeline { margin: 1.5rem 0; overflow-x: auto; }
figure.pm-timeline svg { max-width: 100%; height: auto; }
figure.pm-timeline figcaption { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; background: #f6f8fa; padding: .1em .3em; border-radius: 4px; }
pre { background: #f6f8fa; padding: .75rem 1rem; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted); border-left: .25rem solid var(--line); }
li > input[type=checkbox] { margin-right: .4rem; }
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure.pm-timeline, table, pre, blockquote, .pm-facts { break-inside: avoid; page-break-inside: avoid; }
  figure.pm-timeline { overflow: visible; }
  .pm-facts { background: none; }
}
`.trim();

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:";

function facts(doc: PostmortemDocument): string {
  const l = EXPORT_LABELS[doc.lang] ?? EXPORT_LABELS.en;
  const m = doc.meta;
  const rows: Array<[string, string]> = [];
  if (doc.kind === 'rcca' && m.incident) rows.push([l.incidentId, m.incident]);
  if (m.severity) rows.push([l.severity, m.severity.toUpperCase()]);
  if (m.status && doc.kind === 'incident') rows.push([l.status, phaseLabel(doc.lang, m.status)]);
  const time = (label: string, at: number | undefined) => { if (at !== undefined) rows.push([label, formatDateTime(at, doc.zone)]); };
  time(l.started, m.started);
  time(l.detected, m.detected);
  time(l.resolved, m.resolved);
  time(l.published, m.published);
  if (m.services?.length) rows.push([l.services, m.services.join(', ')]);
  if (rows.length === 0) return '';
  return `<dl class="pm-facts">\n${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('\n')}\n</dl>\n`;
}

function chart(doc: PostmortemDocument, opts: ExportOptions): string {
  const own = opts.chart ? undefined : summarize(doc, opts.uri ?? 'export:', opts.config);
  const incident = opts.chart?.incident ?? own;
  if (!incident) return '';
  const node = buildIncident(incident, opts.chart?.rcca, opts.now);
  const svg = renderTimelineSvg(node, { now: opts.now, t: opts.t });
  const caption = (SECTION_HEADINGS[doc.lang] ?? SECTION_HEADINGS.en).timeline;
  return `<figure class="pm-timeline">\n${svg}\n<figcaption>${esc(caption)}</figcaption>\n</figure>\n`;
}

export { documentTitle };

/** The standalone HTML file (UTF-8 text) of a parsed postmortem document. */
export function exportHtml(doc: PostmortemDocument, opts: ExportOptions): string {
  const l = EXPORT_LABELS[doc.lang] ?? EXPORT_LABELS.en;
  const title = documentTitle(doc);
  const bodyStart = doc.frontMatter.range ? doc.offsetAt(doc.frontMatter.range.end) : 0;
  const body = renderHtmlBody(doc.text.slice(bodyStart));
  // The facts and the chart go right after the document's own title (its first block, when that is a level-1
  // heading); otherwise a title is written from the front matter.
  const first = body.tokens.findIndex((t) => t.type !== 'html_block' || t.content.trim() !== '');
  let head: string;
  let rest: string;
  if (first >= 0 && body.tokens[first].type === 'heading_open' && body.tokens[first].tag === 'h1') {
    const close = body.tokens.findIndex((t, i) => i > first && t.type === 'heading_close');
    head = body.render(0, close + 1);
    rest = body.render(close + 1, body.tokens.length);
  } else {
    head = title ? `<h1>${esc(title)}</h1>\n` : '';
    rest = body.render(0, body.tokens.length);
  }
  const kind = doc.kind === 'rcca' ? l.report : l.incident;
  const id = doc.meta.id ? ` · ${doc.meta.id}` : '';
  return `<!DOCTYPE html>
<html lang="${esc(doc.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Postmortem Author">
<title>${esc(title || kind)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<header>
<p class="pm-kind">${esc(kind + id)}</p>
${head}${facts(doc)}</header>
${chart(doc, opts)}<article>
${rest}</article>
</main>
</body>
</html>
`;
}
