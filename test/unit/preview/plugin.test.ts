import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { postmortemPreview } from '../../../src/core/preview/plugin';

type Md = InstanceType<typeof MarkdownIt>;

/** What VS Code's preview does with front matter (markdown-it-front-matter): one hidden `front_matter` token. */
function frontMatter(md: Md): void {
  md.block.ruler.before('table', 'front_matter', (state, startLine, _end, silent) => {
    if (startLine !== 0 || state.src.slice(0, 4) !== '---\n') return false;
    let line = 1;
    while (line < state.lineMax && state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]) !== '---') line++;
    if (line >= state.lineMax) return false;
    if (silent) return true;
    const tok = state.push('front_matter', '', 0);
    tok.hidden = true;
    tok.map = [0, line + 1];
    state.line = line + 1;
    return true;
  });
  md.renderer.rules.front_matter = () => '';
}

const root = path.join(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

function render(text: string, nowIso: string): string {
  const md = new MarkdownIt({ html: false });
  frontMatter(md);
  md.use(postmortemPreview, { now: () => Date.parse(nowIso) });
  return md.render(text);
}

describe('markdown preview plugin', () => {
  it('puts a banner with the phase and the deadlines first, after the front matter', () => {
    const html = render(read('test/fixtures/workspaces/timeline/ongoing-login.md'), '2026-11-23T00:30:00Z');
    assert.ok(html.startsWith('<div class="pm-banner pm-phase-identified pm-ongoing" role="note">'), html.slice(0, 200));
    const banner = html.slice(0, html.indexOf('</div>\n') + 7);
    assert.ok(banner.includes('<span class="pm-chip pm-sev pm-sev1">SEV1</span>'));
    assert.ok(banner.includes('>Identified</span>'));
    assert.ok(banner.includes('<span class="pm-age">for 1 h</span>'), banner);
    assert.ok(banner.includes('<li class="pm-deadline pm-warning">no update for 25 min'), banner);
    assert.ok(banner.includes('<li class="pm-deadline pm-warning">next update overdue by 10 min <span class="pm-detail">(due 00:20 UTC)</span></li>'), banner);
  });

  it('draws the updates as a timeline: a section per update, warnings between them', () => {
    const html = render(read('test/fixtures/workspaces/timeline/ongoing-login.md'), '2026-11-23T00:10:00Z');
    const sections = html.match(/<section class="pm-update pm-phase-(\w+)">/g) ?? [];
    assert.deepStrictEqual(sections, ['<section class="pm-update pm-phase-investigating">', '<section class="pm-update pm-phase-identified">']);
    assert.strictEqual((html.match(/<\/section>/g) ?? []).length, 2);
    assert.ok(html.includes('<div class="pm-gap pm-warning" role="note">update 10 min later than promised</div>\n<section class="pm-update pm-phase-identified">'));
    assert.ok(html.includes('<h3 class="pm-update-heading">2026-11-23 00:05 UTC — Identified</h3>'));
    assert.ok(html.includes('<time datetime="2026-11-23T00:05:00.000Z">2026-11-23 00:05 UTC</time> · Identified'));
    // The Timeline section follows the last update and stays outside it.
    assert.ok(/<\/section>\n<h2>Timeline<\/h2>/.test(html), 'section closed before the next H2');
    assert.ok(html.includes('next update due 00:20 UTC (in 10 min)'));
  });

  it('shows the report state of a resolved incident', () => {
    const html = render(read('test/fixtures/workspaces/timeline/resolved-search.md'), '2026-11-23T00:00:00Z');
    assert.ok(html.includes('<li class="pm-deadline pm-info">report due in 35 h <span class="pm-detail">(Due 2026-11-24 11:30 CET)</span></li>'), html.slice(0, 600));
    assert.ok(html.includes('Resolved 2026-11-21 11:30 CET'));
  });

  it('escapes what the document says', () => {
    const html = render(read('test/fixtures/workspaces/timeline/resolved-dns.md').replace('title: "Website unreachable <DNS> & \\"status\\" page"', 'title: "<img src=x onerror=alert(1)>"')
      .replace('### 09:00 UTC — Resolved', '### 09:00 UTC — Resolved <script>x</script>'), '2026-11-23T00:00:00Z');
    assert.ok(!html.includes('<img') && !html.includes('<script'), 'no raw markup');
  });

  it('leaves ordinary Markdown and broken documents alone', () => {
    const md = new MarkdownIt();
    md.use(postmortemPreview, { now: () => 0 });
    const plain = '# Notes\n\nJust text.\n';
    assert.strictEqual(md.render(plain), new MarkdownIt().render(plain));
    const broken = '---\nkind: incident\ntitle: [unclosed\n---\n\n## Updates\n\n### not a time — whatever\n';
    assert.doesNotThrow(() => md.render(broken));
    const throwing = new MarkdownIt();
    throwing.use(postmortemPreview, { now: () => 0, parse: () => { throw new Error('boom'); } });
    assert.strictEqual(throwing.render('---\nkind: incident\n---\n\nText\n'), new MarkdownIt().render('---\nkind: incident\n---\n\nText\n'));
  });

  it('decides by the rendered document (env) and its config: a document `documents` maps gets its banner', () => {
    const text = '# Mail delays\n\n## Updates\n\n### 2026-11-22 14:05 UTC — Investigating\nSome customers cannot receive e-mail.\n';
    const config = { rules: {}, documents: { '/ws/status/*.md': 'incident' as const } };
    const md = new MarkdownIt();
    md.use(postmortemPreview, { now: () => Date.parse('2026-11-22T14:30:00Z'), documentOf: (env) => (env as { uri?: string }).uri ? { uri: (env as { uri: string }).uri, config } : undefined });
    const tokens = md.parse(text, {});
    const mapped = md.renderer.render(tokens, md.options, { uri: 'file:///ws/status/mail.md' });
    assert.ok(mapped.startsWith('<div class="pm-banner pm-phase-investigating pm-ongoing"'), mapped.slice(0, 200));
    assert.strictEqual((mapped.match(/class="pm-update-heading"/g) ?? []).length, 1);
    // the parsed tokens are rendered again unchanged (VS Code caches them per document version)
    assert.strictEqual(md.renderer.render(tokens, md.options, { uri: 'file:///ws/status/mail.md' }), mapped);
    assert.strictEqual(md.renderer.render(tokens, md.options, { uri: 'file:///ws/notes/mail.md' }), new MarkdownIt().render(text));
    assert.strictEqual(md.render(text), new MarkdownIt().render(text), 'no document named: ordinary Markdown');
  });

  it('draws the countdowns of each render, not of the parse', () => {
    let now = Date.parse('2026-11-23T00:10:00Z');
    const md = new MarkdownIt({ html: false });
    frontMatter(md);
    md.use(postmortemPreview, { now: () => now });
    const tokens = md.parse(read('test/fixtures/workspaces/timeline/ongoing-login.md'), {});
    assert.ok(md.renderer.render(tokens, md.options, {}).includes('next update due 00:20 UTC (in 10 min)'));
    now = Date.parse('2026-11-23T00:30:00Z');
    assert.ok(md.renderer.render(tokens, md.options, {}).includes('next update overdue by 10 min'));
  });
});
