// Precision and recall of the language rules on a corpus of realistic status updates and reports written for the
// purpose (test/fixtures/corpus/<lang>/*.md, expected findings marked inline like the rule fixtures). Prints a table per
// rule and fails below 0.95 precision or 0.85 recall: a rule that cries wolf gets switched off. The rules scored are
// those tagged 'prose' (they judge the writer's sentences), so a new one is scored as soon as it is registered.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/engine/index';
import { allRules } from '../../src/core/rules/index';
import { LANGS } from '../../src/core/types';

const ROOT = path.join(__dirname, '..', 'fixtures', 'corpus');
const RULES = allRules.filter((r) => r.tags.includes('prose')).map((r) => r.id);
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.85;

const NOW = Date.parse('2026-11-23T12:00:00Z');
const MARK = /<!--\s*expect:\s*([^>]*?)\s*-->/g;

/** Expected rule ids per zero-based line (same marks as the rule fixtures; importing that runner would run it). */
function marksOf(text: string): Map<number, string[]> {
  const marks = new Map<number, string[]>();
  text.split('\n').forEach((line, i) => {
    const ids = [...line.matchAll(MARK)].flatMap((m) => m[1].split(/[\s,]+/).filter(Boolean));
    if (ids.length) marks.set(i, ids);
  });
  return marks;
}

interface Score { tp: number; fp: number; fn: number; misses: string[] }

function files(): string[] {
  if (!fs.existsSync(ROOT)) return [];
  return fs.readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(ROOT, f));
}

/** Scores one document: per rule and line, min(expected, found) are true positives, the rest false ones. */
function score(file: string, scores: Map<string, Score>): void {
  const text = fs.readFileSync(file, 'utf8');
  const marks = marksOf(text);
  const result = lint(text, { now: NOW });
  assert.deepStrictEqual(result.errors ?? [], [], `rules threw on ${file}`);
  const rel = path.relative(ROOT, file);
  for (const id of RULES) {
    const s = scores.get(id)!;
    const expected = new Map<number, number>();
    for (const [line, ids] of marks) {
      const n = ids.filter((x) => x === id).length;
      if (n) expected.set(line, n);
    }
    const found = new Map<number, string[]>();
    for (const f of result.findings.filter((x) => x.ruleId === id)) {
      found.set(f.range.start.line, [...(found.get(f.range.start.line) ?? []), f.message]);
    }
    for (const line of new Set([...expected.keys(), ...found.keys()])) {
      const e = expected.get(line) ?? 0;
      const got = found.get(line) ?? [];
      s.tp += Math.min(e, got.length);
      if (got.length > e) {
        s.fp += got.length - e;
        s.misses.push(`FP ${id} ${rel}:${line + 1} ${got.slice(e).map((m) => m.slice(0, 80)).join(' | ')}`);
      }
      if (e > got.length) {
        s.fn += e - got.length;
        s.misses.push(`FN ${id} ${rel}:${line + 1}`);
      }
    }
  }
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

describe('language rules on the corpus (precision / recall)', () => {
  const all = files();

  it('holds at least 40 documents in all five languages, good and flawed', () => {
    assert.ok(all.length >= 40, `only ${all.length} corpus documents`);
    for (const lang of LANGS) {
      assert.ok(all.some((f) => path.relative(ROOT, f).startsWith(`${lang}${path.sep}`)), `no corpus document in ${lang}`);
    }
    const flawed = all.filter((f) => /<!--\s*expect:/.test(fs.readFileSync(f, 'utf8'))).length;
    assert.ok(flawed > 0 && flawed < all.length, 'the corpus needs both clean and flawed documents');
  });

  it('marks findings of the prose rules only, and of each of them', () => {
    const marked = new Set(all.flatMap((f) => [...marksOf(fs.readFileSync(f, 'utf8')).values()].flat()));
    assert.deepStrictEqual([...marked].sort(), [...RULES].sort());
  });

  it(`every rule reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    const scores = new Map(RULES.map((id) => [id, { tp: 0, fp: 0, fn: 0, misses: [] } as Score]));
    for (const f of all) score(f, scores);
    const rows = RULES.map((id) => {
      const s = scores.get(id)!;
      const name = allRules.find((r) => r.id === id)?.name ?? '?';
      return { id, name, ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) };
    });
    const table = [
      `corpus: ${all.length} documents`,
      'rule   name                 TP   FP   FN  precision  recall',
      ...rows.map((r) => `${r.id}  ${r.name.padEnd(19)} ${String(r.tp).padStart(3)}  ${String(r.fp).padStart(3)}  ${String(r.fn).padStart(3)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}`),
    ].join('\n');
    console.log(`\n${table}\n`);
    const misses = rows.flatMap((r) => r.misses);
    if (misses.length) console.log(`  ${misses.join('\n  ')}\n`);
    const failing = rows.filter((r) => r.precision < MIN_PRECISION || r.recall < MIN_RECALL || r.tp === 0);
    assert.deepStrictEqual(failing.map((r) => `${r.id} ${r.name}: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, TP ${r.tp}`), []);
  });
});
