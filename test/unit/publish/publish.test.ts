import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { exportHtml, publishUpdate, updateAt, updateFindings, escapeSlack, renderFragment } from '../../../src/core/publish/index';
import { lint } from '../../../src/core/engine/index';
import { SAMPLES } from './samples';

import { attr, elements, parseHtml as parse, parseHtmlFragment as html, textOf, walk } from './html';

const NOW = Date.parse('2026-11-30T10:00:00Z');

describe('publish: one status update for a status page, Markdown, Slack and e-mail', () => {
  for (const sample of SAMPLES) {
    describe(sample.lang, () => {
      const doc = parseDocument(sample.text);
      const later = doc.updates.findIndex((u) => u.heading.includes('09:40'));
      const earlier = doc.updates.findIndex((u) => u.heading.includes('09:10'));

      it('takes the update under the cursor, else the latest one in either order', () => {
        assert.strictEqual(doc.lang, sample.lang);
        assert.strictEqual(doc.updates.length, 2);
        assert.strictEqual(updateAt(doc, sample.firstUpdateLine), earlier);
        assert.strictEqual(updateAt(doc), later);
        assert.strictEqual(updateAt(doc, 0), later, 'a cursor in the front matter is no update: the latest one');
      });

      it('strips the heading, the front matter and disable comments, and keeps the signature', () => {
        for (const format of ['text', 'markdown', 'slack', 'html'] as const) {
          const out = publishUpdate(doc, later, format);
          assert.ok(!out.includes('09:40 UTC —'), `${format}: no update heading`);
          assert.ok(!/^#/m.test(out), `${format}: no heading marks`);
          assert.ok(!out.includes('postmortem-disable') && !out.includes('<!--'), `${format}: no disable comment`);
          assert.ok(!out.includes('kind:') && !out.includes('INC-2026-0100'), `${format}: no front matter`);
          assert.ok(out.includes('ana@example.com'), `${format}: signature kept`);
          assert.ok(out.includes('09:35 UTC'), `${format}: the body`);
        }
      });

      it('plain text: inline marks dropped, links spelled out, lists kept, soft breaks joined', () => {
        const out = publishUpdate(doc, later, 'text');
        assert.ok(!/[*_]{1,2}\S/.test(out), out);
        assert.match(out, /^- .+\n- .+$/m);
        assert.ok(out.includes('(https://status.example.com/a?b=1&c=2)'), out);
        const first = publishUpdate(doc, earlier, 'text');
        assert.ok(!first.includes('\n\n\n'));
        const firstPara = first.split('\n\n')[0];
        assert.ok(!firstPara.includes('\n'), 'a wrapped paragraph is one line');
        if (sample.lang.startsWith('zh')) assert.match(firstPara, /。对此|。對此/, 'no space between Chinese sentences joined from two lines');
        else assert.match(firstPara, /\. \S/);
      });

      it('Markdown: the source as written, without heading and comments', () => {
        const out = publishUpdate(doc, later, 'markdown');
        assert.ok(out.includes('](https://status.example.com/a?b=1&c=2)'));
        assert.match(out, /\*\*[^*]+\*\*/);
        assert.ok(out.startsWith(doc.updates[later].body.split('\n').find((l) => l.trim() && !l.includes('<!--'))!.trim()));
      });

      it('Slack: mrkdwn marks, <url|label> links with & escaped, bullets', () => {
        const out = publishUpdate(doc, later, 'slack');
        assert.match(out, /<https:\/\/status\.example\.com\/a\?b=1&amp;c=2\|[^>]+>/);
        assert.match(out, /(^|[^*])\*[^*\s][^*]*\*/, 'bold as *x*');
        assert.match(out, /_[^_]+_/, 'italic as _x_');
        assert.match(out, /^• /m);
      });

      it('HTML: a fragment with the list, the link and the emphasis', () => {
        const root = html(publishUpdate(doc, later, 'html'));
        assert.strictEqual(elements(root, 'li').length, 2);
        assert.strictEqual(attr(elements(root, 'a')[0], 'href'), 'https://status.example.com/a?b=1&c=2');
        assert.strictEqual(elements(root, 'strong').length, 1);
        assert.ok(textOf(root).includes('ana@example.com'));
      });

      it('exports a standalone HTML file: escaped, the chart inline, no script', () => {
        const out = exportHtml(doc, { now: NOW });
        const root = parse(out);
        assert.strictEqual(attr(elements(root, 'html')[0], 'lang'), sample.lang);
        assert.strictEqual(elements(root, 'script').length, 0);
        assert.strictEqual(elements(root, 'link').length, 0, 'no external stylesheet');
        assert.strictEqual(elements(root, 'style').length, 1);
        assert.match(elements(root, 'style')[0].childNodes![0].value!, /@media print/);
        const csp = elements(root, 'meta').find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
        assert.ok(csp && /default-src 'none'/.test(attr(csp, 'content')!));
        const fig = elements(root, 'figure')[0];
        assert.ok(fig, 'a figure for the chart');
        const svg = elements(fig, 'svg')[0];
        assert.ok(svg, 'inline SVG');
        assert.ok(textOf(svg).includes('INC-2026-0100'));
        assert.strictEqual(elements(root, 'h1').length, 1, 'one title');
        assert.ok(textOf(elements(root, 'h1')[0]).includes(doc.meta.title!));
        assert.ok(elements(root, 'dt').length >= 3, 'facts from the front matter');
        assert.strictEqual([...walk(root)].filter((n) => n.nodeName === '#comment').length, 0, 'comments dropped');
        assert.ok(!out.includes('kind: incident'));
        assert.ok(textOf(root).includes('ana@example.com'));
      });
    });
  }

  const hostile = [
    '---', 'kind: incident', 'id: INC-<b>1</b>', 'title: "AT&T <script>alert(1)</script> outage"', 'severity: sev1', 'lang: en', '---', '',
    '# AT&T <script>alert(1)</script> outage', '', '## Updates', '',
    '### 2026-11-30 09:10 UTC — Investigating',
    'AT&T users see a < b > c and <script>alert(2)</script> in pages. <img src=x onerror=alert(3)>',
    '[click](javascript:alert(4)) and [ok](https://example.com/?q=<x>&y="z")',
    '',
    '<div onclick="alert(5)">raw block</div>',
    '',
    '`<b>code</b>` and',
    '',
    '```',
    '<!-- kept in code --> <script>',
    '```',
    '',
    '— Jo Lee · jo@example.com', '',
  ].join('\n');

  it('escapes every text for its target (HTML, Slack), and passes no script or handler through', () => {
    const doc = parseDocument(hostile);
    const i = updateAt(doc)!;
    const frag = publishUpdate(doc, i, 'html');
    const root = html(frag);
    for (const tag of ['script', 'img', 'div', 'b']) assert.strictEqual(elements(root, tag).length, 0, `no <${tag}> element`);
    for (const a of elements(root, 'a')) assert.ok(!/^javascript:/i.test(attr(a, 'href') ?? ''), 'no javascript: link');
    const text = textOf(root);
    assert.ok(text.includes('<script>alert(2)</script>') && text.includes('a < b > c') && text.includes('AT&T'), text);
    assert.ok(text.includes('<div onclick="alert(5)">raw block</div>'));
    assert.ok(text.includes('<!-- kept in code --> <script>'), 'a comment inside code is code');

    const slack = publishUpdate(doc, i, 'slack');
    assert.ok(slack.includes('AT&amp;T') && slack.includes('a &lt; b &gt; c') && slack.includes('&lt;script&gt;alert(2)&lt;/script&gt;'), slack);
    const angles = slack.match(/<[^>]*>/g) ?? [];
    for (const a of angles) assert.match(a, /^<(https?:|mailto:)[^<>|]*(\|[^<>]*)?>$/, `only links use < >: ${a}`);
    assert.ok(slack.includes('<https://example.com/?q=%3Cx%3E&amp;y=%22z%22|ok>'), slack);

    const plain = publishUpdate(doc, i, 'text');
    assert.ok(plain.includes('<script>alert(2)</script>'), 'plain text is literal');

    const page = exportHtml(doc, { now: NOW });
    const proot = parse(page);
    for (const tag of ['script', 'img', 'div', 'b']) assert.strictEqual(elements(proot, tag).length, 0, `export: no <${tag}> element`);
    assert.ok(textOf(elements(proot, 'title')[0]).includes('<script>alert(1)</script>'));
    assert.ok(textOf(elements(proot, 'h1')[0]).includes('AT&T <script>alert(1)</script>'));
    assert.ok(textOf(proot).includes('INC-<b>1</b>'));
    for (const n of walk(proot)) for (const a of n.attrs ?? []) assert.ok(!/^on/i.test(a.name), `no event handler attribute: ${a.name}`);
  });

  it('escapeSlack escapes exactly &, < and >', () => {
    assert.strictEqual(escapeSlack('a & b < c > d "e" \'f\''), 'a &amp; b &lt; c &gt; d "e" \'f\'');
  });

  it('renders quotes, ordered lists, tables and code for text and Slack', () => {
    const src = '> quoted\n> text\n\n3. three\n4. four\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx < y\n```';
    assert.strictEqual(renderFragment(src, 'text'), '> quoted text\n\n3. three\n4. four\n\na | b\n1 | 2\n\nx < y');
    assert.strictEqual(renderFragment(src, 'slack'), '> quoted text\n\n3. three\n4. four\n\na | b\n1 | 2\n\n```\nx &lt; y\n```');
  });

  it('lists the errors and warnings on the update’s lines only', () => {
    const text = SAMPLES[0].text.replace('We are sorry for the wait.', 'Our cloud provider AWS broke it!!! lol');
    const doc = parseDocument(text);
    const { findings } = lint(text, { now: NOW });
    const first = updateAt(doc, SAMPLES[0].firstUpdateLine)!;
    const mine = updateFindings(doc, first, findings);
    assert.ok(mine.length > 0, 'the update has problems');
    const range = doc.updates[first].range;
    for (const f of mine) assert.ok(f.range.start.line >= range.start.line && f.range.start.line <= range.end.line);
    assert.ok(findings.some((f) => !mine.includes(f)), 'problems elsewhere are not listed');
  });
});

describe('publish: the exported report', () => {
  it('draws corrective actions\' task boxes as characters a printed page shows', () => {
    const text = ['---', 'kind: rcca', 'incident: INC-1', 'title: T', 'lang: en', '---', '', '# T', '', '## Corrective actions',
      '- [x] Roll back — owner: @sam — due: 2026-11-23', '- [ ] Add tests — owner: @lee — due: 2026-12-04', '- [link](https://x.example) stays', ''].join('\n');
    const items = [...walk(parse(exportHtml(parseDocument(text), { now: NOW })))].filter((n) => n.tagName === 'li').map(textOf);
    assert.deepStrictEqual(items, ['☑ Roll back — owner: @sam — due: 2026-11-23', '☐ Add tests — owner: @lee — due: 2026-12-04', 'link stays']);
  });
});
