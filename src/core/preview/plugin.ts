// A markdown-it plugin for VS Code's built-in Markdown preview: a banner with the incident's phase and deadlines,
// and the status updates drawn as a readable timeline (each update a section on a vertical line, silences and missed
// promises between them). Pure: the clock and the translations are injected; every text is escaped.
// Drawn at render time, not parse time: VS Code parses with an empty env and caches the tokens per document version,
// while the renderer's env names the document (a `.postmortem.yaml` may map it without front matter) and each
// render's countdowns must be current. The cached tokens are never changed: a render draws on a copy.
import type MarkdownIt from 'markdown-it';
import { postmortemKind } from '../model/mapped-kind';
import { parseDocument, type ParseOptions } from '../model/parse';
import type { Config, PostmortemDocument } from '../types';

type Md = InstanceType<typeof MarkdownIt>;
type Token = MarkdownIt.Token;
type TokenClass = typeof MarkdownIt.Token;
import {
  buildIncident, describeRow, incidentAge, escapeXml as esc, englishT, formatClock, phaseName,
  summarize, type IncidentNode, type TimelineRow, type Translate,
} from '../timeline';

export interface PreviewOptions {
  /** Epoch milliseconds; called on every render so countdowns are current. */
  now: () => number;
  t?: Translate;
  /**
   * The document a render is of, from the renderer's env (VS Code's preview: `env.currentDocument`), and its
   * configuration: `documents` may map it without front matter; cadences and deadlines are configured.
   */
  documentOf?: (env: unknown) => { uri?: string; config?: Config } | undefined;
  /** Defaults to the core parser (injectable for tests). */
  parse?: (text: string, opts: ParseOptions) => PostmortemDocument;
}

function banner(node: IncidentNode, now: number, t: Translate): string {
  const s = node.summary;
  const chips: string[] = [];
  if (s.severity) chips.push(`<span class="pm-chip pm-sev pm-${esc(s.severity)}">${esc(s.severity.toUpperCase())}</span>`);
  chips.push(`<span class="pm-chip pm-phase-chip pm-phase-${node.phase}">${esc(s.kind === 'rcca' ? t('Report') : phaseName(node.phase, t))}</span>`);
  const facts: string[] = [];
  if (node.startedAt !== undefined) facts.push(esc(t('Started {0}', formatClock(node.startedAt, s.zone))));
  if (node.resolvedAt !== undefined) facts.push(esc(t('Resolved {0}', formatClock(node.resolvedAt, s.zone))));
  const deadlines = node.rows
    .filter((r) => r.kind === 'nextDue' || r.kind === 'report' || (r.kind === 'silence' && r.ongoing))
    .map((r) => {
      const d = describeRow(r, node, now, t);
      const detail = r.kind === 'report' ? d.tooltip : d.description;
      return `<li class="pm-deadline pm-${r.level}">${esc(d.label)}${detail ? ` <span class="pm-detail">(${esc(detail)})</span>` : ''}</li>`;
    });
  return `<div class="pm-banner pm-phase-${node.phase}${node.ongoing ? ' pm-ongoing' : ''}" role="note">`
    + `<div class="pm-banner-head">${chips.join(' ')} <span class="pm-age">${esc(incidentAge(node, now, t) ?? '')}</span></div>`
    + (facts.length ? `<div class="pm-facts">${facts.join(' · ')}</div>` : '')
    + (deadlines.length ? `<ul class="pm-deadlines">${deadlines.join('')}</ul>` : '')
    + '</div>\n';
}

function htmlToken(TokenOf: TokenClass, html: string): Token {
  const tok = new TokenOf('html_block', '', 0);
  tok.content = html;
  tok.block = true;
  return tok;
}

const headingLevel = (tok: Token): number => Number(tok.tag.slice(1)) || 7;

/** The tokens with the banner and the update sections drawn in; the input tokens stay as they are. */
function decorate(tokens: readonly Token[], TokenOf: TokenClass, doc: PostmortemDocument, config: Config | undefined, opts: PreviewOptions): Token[] | undefined {
  const summary = summarize(doc, 'preview:', config);
  if (!summary) return undefined;
  const now = opts.now();
  const t = opts.t ?? englishT;
  const node = buildIncident(summary, undefined, now);
  const out: Token[] = [];

  // Warnings attach to the update they precede (silence/late rows carry that update's line).
  const warningsBefore = new Map<number, TimelineRow[]>();
  for (const r of node.rows) {
    if ((r.kind === 'silence' && !r.ongoing) || r.kind === 'late') {
      const list = warningsBefore.get(r.line) ?? [];
      list.push(r);
      warningsBefore.set(r.line, list);
    }
  }
  const updatesByLine = new Map(doc.updates.map((u, i) => [u.headingRange.start.line, { u, digest: summary.updates[i] }]));

  let open: { level: number; endLine: number } | undefined;
  const close = () => { if (open) { out.push(htmlToken(TokenOf, '</section>\n')); open = undefined; } };
  let bannerDone = false;
  const placeBanner = () => { if (!bannerDone) { out.push(htmlToken(TokenOf, banner(node, now, t))); bannerDone = true; } };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!bannerDone && tok.type !== 'front_matter' && tok.level === 0) placeBanner();
    if (open && tok.level === 0 && tok.map && (tok.map[0] >= open.endLine || (tok.type === 'heading_open' && headingLevel(tok) <= open.level))) close();
    const hit = tok.type === 'heading_open' && tok.map ? updatesByLine.get(tok.map[0]) : undefined;
    if (hit && tok.level === 0) {
      close();
      for (const w of warningsBefore.get(tok.map![0]) ?? []) {
        out.push(htmlToken(TokenOf, `<div class="pm-gap pm-${w.level}" role="note">${esc(describeRow(w, node, now, t).label)}</div>\n`));
      }
      const phase = hit.u.phase ?? 'unknown';
      out.push(htmlToken(TokenOf, `<section class="pm-update pm-phase-${phase}">\n`));
      if (hit.digest?.at !== undefined) {
        const when = formatClock(hit.digest.at, summary.zone);
        out.push(htmlToken(TokenOf, `<div class="pm-update-meta"><time datetime="${esc(new Date(hit.digest.at).toISOString())}">${esc(when)}</time> · ${esc(phaseName(hit.u.phase, t))}</div>\n`));
      }
      const heading: Token = Object.assign(new TokenOf(tok.type, tok.tag, tok.nesting), tok, { attrs: tok.attrs?.map(([k, v]) => [k, v]) ?? null });
      heading.attrJoin('class', 'pm-update-heading');
      const end = hit.u.range.end;
      open = { level: headingLevel(tok), endLine: end.character === 0 ? end.line : end.line + 1 };
      out.push(heading);
      continue;
    }
    out.push(tok);
  }
  close();
  placeBanner();
  return out;
}

export function postmortemPreview(md: Md, opts: PreviewOptions): void {
  const sources = new WeakMap<readonly Token[], string>();
  const parse = md.parse.bind(md);
  md.parse = (src, env) => {
    const tokens = parse(src, env);
    sources.set(tokens, src);
    return tokens;
  };
  const TokenOf = new md.core.State('', md, {}).Token;
  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, options, env) => {
    const src = sources.get(tokens);
    if (src === undefined) return render(tokens, options, env);
    let drawn: Token[] | undefined;
    try {
      const { uri, config } = opts.documentOf?.(env) ?? {};
      if (postmortemKind(src, uri, config) !== undefined) {
        drawn = decorate(tokens, TokenOf, (opts.parse ?? parseDocument)(src, { uri, config }), config, opts);
      }
    } catch {
      // A preview must never break on a broken document; the editor's diagnostics explain what is wrong.
    }
    return render(drawn ?? tokens, options, env);
  };
}
