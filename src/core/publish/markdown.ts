// Markdown fragments rendered for where a status update is published: plain text (a status page's text box),
// Markdown, Slack message markup (mrkdwn) and HTML (an e-mail). One markdown-it instance with raw HTML recognised but
// never passed through: HTML comments (disable comments, notes to colleagues) are dropped, any other HTML is shown as
// the text it is. Every text is escaped for its target.
import markdownit from 'markdown-it';
import { escapeXml } from '../timeline/escape';

type MarkdownIt = ReturnType<typeof markdownit>;
type Token = ReturnType<MarkdownIt['parse']>[number];

export type PublishFormat = 'text' | 'markdown' | 'slack' | 'html';
export const PUBLISH_FORMATS: readonly PublishFormat[] = ['text', 'markdown', 'slack', 'html'];

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const stripComments = (html: string): string => html.replace(COMMENT, '');

let instance: MarkdownIt | undefined;
/**
 * Raw HTML is tokenised (so comments can be dropped) but rendered as text; links go through markdown-it's
 * validateLink. Made on first use: the linter and the editor load this module without publishing anything.
 */
function mdi(): MarkdownIt {
  if (instance) return instance;
  const md = markdownit({ html: true, linkify: false, typographer: false });
  md.renderer.rules.html_block = (tokens, idx) => {
    const rest = stripComments(tokens[idx].content).trim();
    return rest ? `<p>${escapeXml(rest)}</p>\n` : '';
  };
  md.renderer.rules.html_inline = (tokens, idx) => escapeXml(stripComments(tokens[idx].content));
  return (instance = md);
}

/** Lines (0-based, inclusive) of fenced and indented code, where a comment is text. */
function codeLines(tokens: readonly Token[]): Array<[number, number]> {
  return tokens.filter((t) => (t.type === 'fence' || t.type === 'code_block') && t.map).map((t) => [t.map![0], t.map![1] - 1]);
}

/**
 * The Markdown source without HTML comments (outside code), without headings (their text kept in bold), trailing
 * spaces and runs of blank lines. A comment alone on its line leaves the line empty, so paragraphs stay apart.
 */
export function cleanMarkdown(source: string): string {
  const text = source.replace(/\r\n?/g, '\n');
  const tokens = mdi().parse(text, {});
  const code = codeLines(tokens);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const inCode = (line: number): boolean => code.some(([a, b]) => a <= line && line <= b);
  const withoutComments = text.replace(COMMENT, (m: string, offset: number) => (inCode(lineOf(offset)) ? m : m.replace(/[^\n]/g, '')));
  const lines = withoutComments.split('\n');
  // Headings become bold lines: a status page or a chat message has no place for a section title.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'heading_open' || !t.map) continue;
    const content = stripComments(tokens[i + 1]?.content ?? '').trim();
    for (let l = t.map[0]; l < t.map[1]; l++) lines[l] = '';
    lines[t.map[0]] = content ? `**${content}**` : '';
  }
  return lines.map((l, i) => (inCode(i) ? l : l.replace(/[ \t]+$/, ''))).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

// Characters between which a soft line break is no space (Chinese and Japanese script, full-width punctuation).
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/;
const SOFT = '\uE000';

function joinSoftBreaks(text: string): string {
  return text.replace(new RegExp(`(.?)${SOFT}(.?)`, 'gsu'), (_m, a: string, b: string) => `${a}${CJK.test(a) && CJK.test(b) ? '' : ' '}${b}`);
}

/** Slack's three escapes (https://api.slack.com/reference/surfaces/formatting#escaping). */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Target = 'text' | 'slack';

function renderInline(children: readonly Token[] | null, target: Target): string {
  const esc = target === 'slack' ? escapeSlack : (s: string) => s;
  let out = '';
  const links: Array<{ href: string; start: number }> = [];
  for (const c of children ?? []) {
    switch (c.type) {
      case 'text': case 'text_special': out += esc(c.content); break;
      case 'softbreak': out += SOFT; break;
      case 'hardbreak': out += '\n'; break;
      case 'code_inline': out += target === 'slack' ? `\`${esc(c.content)}\`` : c.content; break;
      case 'strong_open': case 'strong_close': if (target === 'slack') out += '*'; break;
      case 'em_open': case 'em_close': if (target === 'slack') out += '_'; break;
      case 's_open': case 's_close': if (target === 'slack') out += '~'; break;
      case 'html_inline': out += esc(stripComments(c.content)); break;
      case 'image': {
        const src = String(c.attrGet('src') ?? '');
        const alt = c.children ? renderInline(c.children, 'text') : c.content;
        out += target === 'slack' ? `<${esc(src)}|${esc(alt || src)}>` : alt ? `${alt} (${src})` : src;
        break;
      }
      case 'link_open': links.push({ href: String(c.attrGet('href') ?? ''), start: out.length }); break;
      case 'link_close': {
        const link = links.pop();
        if (!link) break;
        const label = out.slice(link.start);
        const plainHref = link.href.replace(/^mailto:/, '');
        if (target === 'slack') {
          out = out.slice(0, link.start) + (label === esc(link.href) ? `<${esc(link.href)}>` : `<${esc(link.href)}|${label}>`);
        } else if (label !== link.href && label !== plainHref) {
          out += ` (${plainHref})`;
        }
        break;
      }
      default: out += esc(c.content);
    }
  }
  return out;
}

/** Index of the token closing the one at `open` (same level, matching type). */
function closing(tokens: readonly Token[], open: number): number {
  const type = tokens[open].type.replace(/_open$/, '_close');
  for (let j = open + 1; j < tokens.length; j++) if (tokens[j].type === type && tokens[j].level === tokens[open].level) return j;
  return tokens.length - 1;
}

const indent = (text: string, first: string, rest: string): string =>
  text.split('\n').map((l, i) => (i === 0 ? first + l : l ? rest + l : l)).join('\n');

/** Block tokens [from, to) as blocks of text (paragraphs, lists, quotes, code), for text or Slack. */
function renderBlocks(tokens: readonly Token[], from: number, to: number, target: Target): string[] {
  const esc = target === 'slack' ? escapeSlack : (s: string) => s;
  const blocks: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'paragraph_open': {
        blocks.push(renderInline(tokens[i + 1].children, target));
        i = closing(tokens, i);
        break;
      }
      case 'heading_open': {
        const text = renderInline(tokens[i + 1].children, target);
        blocks.push(target === 'slack' ? `*${text}*` : text);
        i = closing(tokens, i);
        break;
      }
      case 'bullet_list_open': case 'ordered_list_open': {
        const end = closing(tokens, i);
        const ordered = t.type === 'ordered_list_open';
        let n = Number(t.attrGet('start') ?? 1);
        const items: string[] = [];
        let loose = false;
        for (let j = i + 1; j < end; j++) {
          if (tokens[j].type !== 'list_item_open') continue;
          const itemEnd = closing(tokens, j);
          const inner = renderBlocks(tokens, j + 1, itemEnd, target);
          if (tokens.slice(j + 1, itemEnd).some((x) => x.type === 'paragraph_open' && !x.hidden)) loose = true;
          const marker = ordered ? `${n++}. ` : target === 'slack' ? '• ' : '- ';
          items.push(indent(inner.join('\n'), marker, ' '.repeat(marker.length)));
          j = itemEnd;
        }
        blocks.push(items.join(loose ? '\n\n' : '\n'));
        i = end;
        break;
      }
      case 'blockquote_open': {
        const end = closing(tokens, i);
        const inner = renderBlocks(tokens, i + 1, end, target).join('\n\n');
        blocks.push(inner.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n'));
        i = end;
        break;
      }
      case 'fence': case 'code_block': {
        const code = t.content.replace(/\n$/, '');
        blocks.push(target === 'slack' ? `\`\`\`\n${esc(code)}\n\`\`\`` : code);
        break;
      }
      case 'html_block': {
        const rest = stripComments(t.content).trim();
        if (rest) blocks.push(esc(rest));
        break;
      }
      case 'hr': blocks.push('---'); break;
      case 'table_open': {
        const end = closing(tokens, i);
        const rows: string[] = [];
        let cells: string[] = [];
        for (let j = i + 1; j < end; j++) {
          const x = tokens[j];
          if (x.type === 'inline') cells.push(renderInline(x.children, target));
          else if (x.type === 'tr_close') { rows.push(cells.join(' | ')); cells = []; }
        }
        blocks.push(rows.join('\n'));
        i = end;
        break;
      }
      default: break;
    }
  }
  return blocks.map(joinSoftBreaks).filter((b) => b.trim() !== '');
}

/** Renders a Markdown fragment (as `cleanMarkdown` leaves it, or any) for one target. */
export function renderFragment(markdown: string, format: PublishFormat): string {
  const clean = cleanMarkdown(markdown);
  if (format === 'markdown') return clean;
  if (format === 'html') return mdi().render(clean).trim();
  const tokens = mdi().parse(clean, {});
  return renderBlocks(tokens, 0, tokens.length, format).join('\n\n');
}

/** `- [ ] x` / `- [x] x` (corrective actions): the box drawn as a character a printed page shows. */
function drawTaskBoxes(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i].type !== 'inline' || tokens[i - 2].type !== 'list_item_open') continue;
    const first = tokens[i].children?.[0];
    const m = first?.type === 'text' ? /^\[([ xX])\]\s+/.exec(first.content) : null;
    if (first && m) first.content = `${m[1] === ' ' ? '☐' : '☑'} ${first.content.slice(m[0].length)}`;
  }
}

/** HTML of a whole document body (front matter already removed): comments dropped, raw HTML shown as text. */
export function renderHtmlBody(markdown: string): { tokens: Token[]; render(from: number, to: number): string } {
  const text = markdown.replace(/\r\n?/g, '\n');
  const env = {};
  const md = mdi();
  const tokens = md.parse(text, env);
  drawTaskBoxes(tokens);
  return { tokens, render: (from, to) => md.renderer.render(tokens.slice(from, to), md.options, env) };
}
