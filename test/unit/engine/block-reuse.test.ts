// Block-local rules' findings reused for unchanged blocks (engine/block-reuse.ts): a document linted as the editor
// lints it (uri + versions, after edits) gets exactly the findings of a fresh lint, on every example, rule fixture and
// corpus document; the rules listed as block-local really are (a rule that reads other blocks fails here); a rule that
// reports outside its blocks is run on the whole document instead; nothing is kept for a closed document.
import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { lint, parseCache } from '../../../src/core/engine/lint';
import { BLOCK_LOCAL_RULES } from '../../../src/core/engine/block-reuse';
import { allRules } from '../../../src/core/rules/index';
import { generateIncident } from '../../../bench/generate';
import type { Finding, Rule } from '../../../src/core/types';
import { NOW } from './helpers';

const root = join(__dirname, '../../..');

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const documents = [
  ...markdownUnder(join(root, 'examples')),
  ...markdownUnder(join(root, 'test/fixtures/rules')),
  ...markdownUnder(join(root, 'test/fixtures/corpus')),
].map((path) => ({ name: path.slice(root.length + 1), text: readFileSync(path, 'utf8') }));

/** Edits as a writer makes them: a word added to every third line, a line removed, a paragraph pasted twice. */
function edits(text: string): string[] {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  return [
    lines.map((l, i) => (i % 3 === 0 && i > 12 ? `${l} zz` : l)).join('\n'),
    lines.filter((_, i) => i !== mid).join('\n'),
    [...lines.slice(0, mid), lines[mid], '', lines[mid], ...lines.slice(mid)].join('\n'),
  ];
}

function fresh(text: string, rules?: readonly Rule[]): Finding[] {
  return lint(text, { now: NOW, rules }).findings;   // no uri: nothing reused
}

describe('block-local rules: findings reused for unchanged blocks', () => {
  afterEach(() => parseCache.clear());

  it('lists rules that exist', () => {
    for (const id of BLOCK_LOCAL_RULES) assert.ok(allRules.some((r) => r.id === id), id);
  });

  it('gives the findings of a fresh lint after every edit, on every example, rule fixture and corpus document', function () {
    // Thousands of lints, and more with every fixture added: the default 20 s guards a hang, not this walk (14 s alone
    // on 2 cores, over 20 s beside another job).
    this.timeout(120_000);
    assert.ok(documents.length > 100, `only ${documents.length} documents`);
    let checked = 0;
    let local = 0;
    for (const { name, text } of documents) {
      const uri = `file:///reuse/${name}`;
      let version = 0;
      for (const t of [text, ...edits(text), text]) {
        const got = lint(t, { uri, version: ++version, now: NOW }).findings;
        assert.deepStrictEqual(got, fresh(t), `${name}, version ${version}`);
        checked++;
        local += got.filter((f) => BLOCK_LOCAL_RULES.has(f.ruleId)).length;
      }
    }
    assert.ok(local > 500, `only ${local} findings of block-local rules were compared (of ${checked} lints)`);
  });

  it('each listed rule depends on nothing but its blocks: after an edit of every other block, each alone', () => {
    const text = generateIncident(60_000);
    const lines = text.split('\n');
    for (const id of BLOCK_LOCAL_RULES) {
      const rules = allRules.filter((r) => r.id === id);
      const uri = `file:///reuse/alone-${id}.md`;
      lint(text, { uri, version: 1, now: NOW, rules });
      // A change of every 7th line outside the front matter: the blocks around each stay as they were.
      const edited = lines.map((l, i) => (i > 20 && i % 7 === 0 && /^[A-Z].{40,}\.$/.test(l) ? `${l} It was human error, caused by our hosting provider, lol.` : l)).join('\n');
      const got = lint(edited, { uri, version: 2, now: NOW, rules }).findings;
      assert.deepStrictEqual(got, fresh(edited, rules), id);
      assert.ok(got.length > 0, `${id} found nothing to compare`);
    }
  });

  it('runs a rule on the whole document when it reports outside the blocks it was given', () => {
    const text = '---\nkind: incident\n---\n# Title\n\nFirst block.\n\nSecond block.\n';
    // Reports where "First" stands whatever blocks it is shown: not block-local, though listed as if it were.
    const rule = { ...allRules.find((r) => r.id === 'PM008')!, check(ctx: Parameters<Rule['check']>[0]) {
      const at = ctx.doc.positionAt(ctx.doc.text.indexOf('First'));
      ctx.report({ message: `blocks: ${ctx.doc.blocks.length}`, range: { start: at, end: at } });
    } } as Rule;
    const uri = 'file:///reuse/not-local.md';
    lint(text, { uri, version: 1, now: NOW, rules: [rule] });
    const edited = text.replace('Second block.', 'Second block, edited.');
    const got = lint(edited, { uri, version: 2, now: NOW, rules: [rule] }).findings;
    assert.deepStrictEqual(got.map((f) => f.message), ['blocks: 2']);
  });

  it('keeps nothing of a closed document', () => {
    const text = documents.find((d) => d.name.startsWith('examples/'))!.text;
    lint(text, { uri: 'file:///reuse/closed.md', version: 1, now: NOW });
    assert.strictEqual(parseCache.blockResults.size, 1);
    parseCache.clear('file:///reuse/closed.md');
    assert.strictEqual(parseCache.blockResults.size, 0);
  });
});
