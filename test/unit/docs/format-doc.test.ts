// docs/format.md: its tables are those the language data gives (npm run docs:format), and each example in it reads
// as the page says: an incident in its language, with its impact, two updates with their phases, times and
// next-update promises, and two timeline entries.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FORMAT_DOC_PATH, formatDocText } from '../../../scripts/format-doc';
import { parseDocument } from '../../../src/core/model/parse';
import { LANGS } from '../../../src/core/types';

const page = fs.readFileSync(path.join(__dirname, '../../..', FORMAT_DOC_PATH), 'utf8');

/** The fenced Markdown examples under "## Examples", by their heading. */
function examples(): Array<{ heading: string; text: string }> {
  const part = page.slice(page.indexOf('\n## Examples'));
  return [...part.matchAll(/\n### (.+)\n+```markdown\n([\s\S]*?)\n```/g)].map((m) => ({ heading: m[1], text: m[2] }));
}

describe('docs/format.md', () => {
  it('its section and phase tables are up to date (run npm run docs:format)', () => {
    assert.strictEqual(page, formatDocText(page));
  });

  it('has an example in every language', () => {
    const langs = examples().map((e) => /^lang: (\S+)$/m.exec(e.text)?.[1]);
    assert.deepStrictEqual(langs, [...LANGS]);
  });

  for (const { heading, text } of examples()) {
    it(`the ${heading} example reads as an incident with its updates and timeline`, () => {
      const doc = parseDocument(text);
      assert.strictEqual(doc.kind, 'incident');
      assert.strictEqual(doc.lang, /^lang: (\S+)$/m.exec(text)?.[1]);
      assert.deepStrictEqual(doc.frontMatter.errors, []);
      assert.ok(doc.section('impact'), 'impact section');
      assert.deepStrictEqual(doc.updates.map((u) => u.phase), ['investigating', 'identified']);
      for (const u of doc.updates) {
        assert.ok(u.timestamp.at !== undefined && !u.timestamp.error, `time of "${u.heading}"`);
        assert.ok(u.nextUpdate?.at !== undefined && u.nextUpdate.at > u.timestamp.at, `next update promised in "${u.heading}"`);
      }
      assert.strictEqual(doc.timeline.length, 2);
      assert.ok(doc.timeline.every((e) => e.timestamp.at !== undefined && e.timestamp.at >= doc.meta.started!), 'timeline times');
    });
  }
});
