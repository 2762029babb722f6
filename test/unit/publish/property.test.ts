// For any text an update or a report holds: the converters never throw, the HTML holds no element or attribute the
// text did not get from Markdown itself (no script, no img from raw HTML, no handler), and Slack's angle brackets
// only open links.
import * as assert from 'assert';
import fc from 'fast-check';
import { parseDocument } from '../../../src/core/model/parse';
import { exportHtml, renderFragment } from '../../../src/core/publish/index';
import { elements, parseHtml, parseHtmlFragment, walk } from './html';

const PIECES = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '<div onclick="x">', '</div>', '<!--', '-->',
  '<!-- postmortem-disable tone -->', '&', '&amp;', '<', '>', '"', "'", '[a](javascript:alert(3))', '[b](https://x.example/?a=1&b=<2>)',
  '<https://y.example>', '**', '_', '`', '```', '\n', '\n\n', '- ', '1. ', '> ', '# ', '| a | b |\n|---|---|\n| 1 | 2 |',
  '[ ] ', '\\', '<svg onload=alert(4)>', '<iframe src=x>', 'javascript:', '\u0000', '\uD800', '中文', '。',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((a) => a.join(''));
const FORBIDDEN = new Set(['script', 'img', 'div', 'iframe', 'svg', 'style', 'link', 'object', 'embed']);

describe('publish: properties over any text', function () {
  this.timeout(120_000);

  it('renderFragment never throws; its HTML has only Markdown elements, no handler, no javascript: link; Slack < opens only links', () => {
    fc.assert(fc.property(text, (src) => {
      const html = parseHtmlFragment(renderFragment(src, 'html'));
      for (const n of walk(html)) {
        assert.ok(!n.tagName || !FORBIDDEN.has(n.tagName), `<${n.tagName}> from ${JSON.stringify(src)}`);
        for (const a of n.attrs ?? []) {
          assert.ok(!/^on/i.test(a.name), `handler ${a.name} from ${JSON.stringify(src)}`);
          if (a.name === 'href' || a.name === 'src') assert.ok(!/^\s*javascript:/i.test(a.value), `${a.value} from ${JSON.stringify(src)}`);
        }
      }
      for (const m of renderFragment(src, 'slack').match(/<[^>]*>?/g) ?? []) assert.match(m, /^<(https?:|mailto:)[^<>]*>$/, `${m} from ${JSON.stringify(src)}`);
      renderFragment(src, 'text');
      if (!src.includes('```') && !src.includes('`')) assert.ok(!renderFragment(src, 'markdown').includes('postmortem-disable'), JSON.stringify(src));
    }), { numRuns: 400, seed: 14 });
  });

  it('exportHtml of any document: one svg (the chart), no script, no element from raw HTML', () => {
    const doc = fc.tuple(text, text, text).map(([title, update, tail]) => [
      '---', 'kind: incident', `title: ${JSON.stringify(title.replace(/[\u0000\uD800-\uDFFF]/g, ''))}`, 'severity: sev2', '---', '',
      `# ${title.split('\n')[0]}`, '', '## Updates', '', '### 2026-11-23 10:00 UTC — Investigating', update, '', tail, ''].join('\n'));
    fc.assert(fc.property(doc, (src) => {
      const root = parseHtml(exportHtml(parseDocument(src), { now: Date.parse('2026-11-23T12:00:00Z') }));
      assert.strictEqual(elements(root, 'script').length, 0);
      assert.strictEqual(elements(root, 'svg').length, 1, 'the chart only');
      for (const tag of ['img', 'div', 'iframe', 'object', 'embed']) assert.strictEqual(elements(root, tag).length, 0, `<${tag}>`);
      for (const n of walk(root)) for (const a of n.attrs ?? []) assert.ok(!/^on/i.test(a.name), a.name);
    }), { numRuns: 150, seed: 14 });
  });
});
