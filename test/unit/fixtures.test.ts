// THE fixture runner for every rule: test/fixtures/rules/<rule-name>/<lang>-<case>.md, expected findings marked
// inline (`<!-- expect: PM007 -->`, or `# expect: PM024` in front matter) and compared exactly; then every fix of the
// rule is applied, the text re-linted: the fixed findings must be gone and the document must still parse.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../src/core/rules/index';
import { fixAll, lint } from '../../src/core/engine/index';
import { parseDocument } from '../../src/core/model/parse';
import type { Config, Finding, Rule } from '../../src/core/types';
import { LANGS } from '../../src/core/types';

const ROOT = path.join(__dirname, '..', 'fixtures', 'rules');
const DOCS = path.join(__dirname, '..', '..', 'docs', 'rules');
const DEFAULT_NOW = Date.parse('2026-11-23T12:00:00Z');

const HTML_MARK = /<!--\s*expect:\s*([^>]*?)\s*-->/g;
const YAML_MARK = /(?:^|\s)#\s*expect:\s*(PM\d+(?:[\s,]+PM\d+)*)\s*$/;

export interface Fixture { now: number; config?: Config; marks: Map<number, string[]> }

/** Reads the fixture's clock, configuration and expect marks (rule ids per zero-based line). */
export function readFixture(text: string, file = 'fixture'): Fixture {
  let now = DEFAULT_NOW;
  let config: Config | undefined;
  const nowMatch = /<!--\s*fixture-now:\s*(\S+)\s*-->/.exec(text);
  if (nowMatch) {
    now = Date.parse(nowMatch[1]);
    if (Number.isNaN(now)) throw new Error(`${file}: fixture-now "${nowMatch[1]}" is not an ISO date`);
  }
  const cfgMatch = /<!--\s*fixture-config:\s*([\s\S]*?)\s*-->/.exec(text);
  if (cfgMatch) {
    try {
      config = JSON.parse(cfgMatch[1]) as Config;
    } catch (e) {
      throw new Error(`${file}: fixture-config is not JSON: ${(e as Error).message}`);
    }
    if (!config.rules) config.rules = {};
  }
  const marks = new Map<number, string[]>();
  text.split('\n').forEach((line, i) => {
    const ids: string[] = [];
    for (const m of line.matchAll(HTML_MARK)) ids.push(...m[1].split(/[\s,]+/).filter(Boolean));
    const y = YAML_MARK.exec(line.replace(/\r$/, ''));
    if (y) ids.push(...y[1].split(/[\s,]+/).filter(Boolean));
    if (ids.length > 0) marks.set(i, ids);
  });
  return { now, config, marks };
}

function describeFinding(f: Finding): string {
  return `line ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`;
}

function fixtureFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
}

function checkFixture(rule: Rule, file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const { now, config, marks } = readFixture(text, file);
  const result = lint(text, { now, config });
  assert.deepStrictEqual(result.errors ?? [], [], `rules threw on ${file}`);

  const actual = result.findings.filter((f) => f.ruleId === rule.id);
  const expected = new Map<number, number>();
  for (const [line, ids] of marks) {
    const n = ids.filter((id) => id === rule.id).length;
    if (n > 0) expected.set(line, n);
  }
  const problems: string[] = [];
  const byLine = new Map<number, Finding[]>();
  for (const f of actual) byLine.set(f.range.start.line, [...(byLine.get(f.range.start.line) ?? []), f]);
  for (const [line, n] of expected) {
    const got = byLine.get(line)?.length ?? 0;
    if (got < n) problems.push(`missing: line ${line + 1} expects ${n}× ${rule.id}, got ${got}`);
  }
  for (const [line, fs_] of byLine) {
    const n = expected.get(line) ?? 0;
    if (fs_.length > n) problems.push(...fs_.slice(n).map((f) => `unexpected: ${describeFinding(f)}`));
  }
  if (problems.length > 0) {
    const all = actual.map(describeFinding).join('\n    ');
    // A broken front matter silences every other rule: say so, it is the usual cause of "got 0".
    const fm = rule.id === 'PM024' ? [] : result.findings.filter((f) => f.ruleId === 'PM024').map(describeFinding);
    const fmNote = fm.length > 0 ? `\n  front matter problems (PM024):\n    ${fm.join('\n    ')}` : '';
    assert.fail(`${path.relative(process.cwd(), file)}\n  ${problems.join('\n  ')}\n  findings of ${rule.id}:\n    ${all || '(none)'}${fmNote}`);
  }

  // Fixes: apply every fix of this rule (repeatedly), then the fixed findings must be gone.
  if (!actual.some((f) => f.fix)) return;
  const fixed = fixAll(text, { now, config, filter: (f) => f.ruleId === rule.id });
  assert.ok(fixed.applied.length > 0, `${file}: fixes offered but none applied`);
  assert.notStrictEqual(fixed.text, text, `${file}: fixes did not change the text`);
  assert.deepStrictEqual(fixed.result.errors ?? [], [], `rules threw on the fixed ${file}`);
  const after = fixed.result.findings.filter((f) => f.ruleId === rule.id);
  const stillFixable = after.filter((f) => f.fix);
  assert.deepStrictEqual(stillFixable.map(describeFinding), [], `${file}: fixable findings remain after fix-all:\n${fixed.text}`);
  const count = (list: Finding[], msg: string) => list.filter((f) => f.message === msg).length;
  for (const f of fixed.applied) {
    const left = count(after, f.message);
    assert.ok(
      left === 0 || left < count(actual, f.message),
      `${file}: the fixed finding is still reported: ${describeFinding(f)}\n--- fixed text ---\n${fixed.text}`,
    );
  }
  // The result must still be a document of the same kind with valid front matter.
  const before = parseDocument(text);
  const doc = parseDocument(fixed.text);
  assert.strictEqual(doc.kind, before.kind, `${file}: the fix changed the document kind`);
  assert.strictEqual(doc.frontMatter.errors.length, before.frontMatter.errors.length, `${file}: the fix broke the front matter`);
  const pm024Before = result.findings.filter((f) => f.ruleId === 'PM024').length;
  const pm024After = fixed.result.findings.filter((f) => f.ruleId === 'PM024').length;
  assert.ok(pm024After <= pm024Before, `${file}: the fix produced front-matter findings`);
}

describe('rule fixtures', () => {
  const folders = fs.existsSync(ROOT) ? fs.readdirSync(ROOT).filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory()).sort() : [];
  for (const folder of folders) {
    describe(folder, () => {
      const rule = allRules.find((r) => r.name === folder);
      if (!rule) {
        it('is a registered rule', () => assert.fail(`test/fixtures/rules/${folder}: no rule named "${folder}" in allRules`));
        return;
      }
      for (const name of fixtureFiles(path.join(ROOT, folder))) {
        it(name, () => checkFixture(rule, path.join(ROOT, folder, name)));
      }
    });
  }
});

describe('rule coverage', () => {
  it('every rule has a docs page and fixtures in every language, and fires in at least one fixture', () => {
    const missing: string[] = [];
    for (const rule of allRules) {
      if (!fs.existsSync(path.join(DOCS, `${rule.name}.md`))) missing.push(`${rule.id} ${rule.name}: docs/rules/${rule.name}.md`);
      const files = fixtureFiles(path.join(ROOT, rule.name));
      for (const lang of LANGS) {
        if (!files.some((f) => f.startsWith(`${lang}-`))) missing.push(`${rule.id} ${rule.name}: fixture test/fixtures/rules/${rule.name}/${lang}-*.md`);
      }
      const fires = files.some((f) => {
        const { marks } = readFixture(fs.readFileSync(path.join(ROOT, rule.name, f), 'utf8'));
        return [...marks.values()].some((ids) => ids.includes(rule.id));
      });
      if (files.length > 0 && !fires) missing.push(`${rule.id} ${rule.name}: no fixture expects a finding`);
    }
    assert.deepStrictEqual(missing, [], `missing:\n  ${missing.join('\n  ')}`);
  });

  it('a rule says it is fixable exactly when one of its fixtures gets a fix', () => {
    const wrong: string[] = [];
    for (const rule of allRules) {
      const fixed = fixtureFiles(path.join(ROOT, rule.name)).some((f) => {
        const text = fs.readFileSync(path.join(ROOT, rule.name, f), 'utf8');
        const { now, config } = readFixture(text);
        return lint(text, { now, config }).findings.some((x) => x.ruleId === rule.id && x.fix);
      });
      if (fixed !== (rule.fixable === true)) wrong.push(`${rule.name}: fixable ${rule.fixable === true}, fixtures with a fix: ${fixed}`);
    }
    assert.deepStrictEqual(wrong, []);
  });

  it('every docs page belongs to a rule, and names each option the rule declares', () => {
    const problems: string[] = [];
    const pages = fs.readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const page of pages) {
      if (!allRules.some((r) => `${r.name}.md` === page)) problems.push(`docs/rules/${page}: no rule of that name`);
    }
    for (const rule of allRules) {
      const file = path.join(DOCS, `${rule.name}.md`);
      const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      for (const option of Object.keys(rule.options ?? {})) {
        if (!text.includes(option)) problems.push(`docs/rules/${rule.name}.md: option "${option}" not described`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('rule ids and names are unique and well formed', () => {
    const ids = allRules.map((r) => r.id);
    const names = allRules.map((r) => r.name);
    assert.strictEqual(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(', ')}`);
    assert.strictEqual(new Set(names).size, names.length, `duplicate names: ${names.join(', ')}`);
    for (const r of allRules) {
      assert.match(r.id, /^PM\d{3}$/);
      assert.match(r.name, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(r.appliesTo.length > 0, `${r.name}: appliesTo is empty`);
    }
  });
});
