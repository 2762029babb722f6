// Lint throughput on generated incident documents of 10 KB, 100 KB and 1 MB: our full lint, markdown-it's parse alone
// (the floor) and markdownlint's default rules (the anchor), as ratios from the same run, with PASS/FAIL per target.
// Run: node --expose-gc --import tsx bench/lint.bench.ts   (also run by `npm run bench`; without --expose-gc each
// series starts from whatever heap the previous one left). Always exits 0: it is a report.
import MarkdownIt from 'markdown-it';
import { performance } from 'perf_hooks';
import { lint, lintDocument } from '../src/core/engine/index';
import { allRules } from '../src/core/rules/index';
import { parseDocument } from '../src/core/model/parse';
import { generateIncident } from './generate';

// After the generated incidents (the 1 MB one spans weeks of updates), so no timestamp lies in the future.
const NOW = Date.parse('2027-06-01T00:00:00Z');
// Steady state, as in an editor that lints on every keystroke: enough warm-up runs for the JIT to settle (measured:
// 10 KB lint medians keep falling for ~1000 runs, i.e. under a second of linting). Our lint and markdown-it get the
// same warm-up at a size (markdownlint fewer runs at 10 KB: at ~10 ms a run, 20 warm-ups already take 200 ms).
const SIZES = [
  { label: '10 KB', bytes: 10 * 1024, runs: 200, warm: 1000, mdlRuns: 9, mdlWarm: 20 },
  { label: '100 KB', bytes: 100 * 1024, runs: 21, warm: 30, mdlRuns: 3, mdlWarm: 3 },
  { label: '1 MB', bytes: 1024 * 1024, runs: 7, warm: 3, mdlRuns: 1, mdlWarm: 1 },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median milliseconds of `runs` calls after `warm` warm-up calls, from a collected heap (when gc is exposed). */
function measure(fn: () => unknown, runs: number, warm = 2): number {
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

type MarkdownlintSync = { lint(options: { strings: Record<string, string> }): Record<string, unknown[]> };

async function main(): Promise<void> {
  const md = new MarkdownIt();
  // markdownlint is ESM-only: load it through a real dynamic import (tsx would otherwise turn it into require).
  const importEsm = new Function('s', 'return import(s)') as (s: string) => Promise<MarkdownlintSync>;
  let mdl: MarkdownlintSync | undefined;
  try {
    mdl = await importEsm('markdownlint/sync');
  } catch (e) {
    console.log(`markdownlint unavailable (${(e as Error).message}); its column is skipped`);
  }

  console.log('lint bench: generated incident documents (updates, timeline table, prose in en/fr/de/zh), median of runs after warm-up');
  console.log('  size      bytes  findings   lint ms  parse ms  md-it ms  mdl ms     lint/md-it  mdl/lint');
  const texts = SIZES.map((s) => generateIncident(s.bytes));
  // Ours and markdown-it first at every size, markdownlint after: its garbage (a far larger heap) is not ours to
  // collect in the middle of our runs, nor ours its.
  const measured = SIZES.map((s, i) => {
    const text = texts[i];
    const check = lint(text, { now: NOW });
    if (check.errors?.length) console.log(`  ! rules threw on ${s.label}: ${check.errors.map((e) => `${e.ruleName}: ${e.message}`).join('; ')}`);
    return {
      findings: check.findings.length,
      lintMs: measure(() => lint(text, { now: NOW }), s.runs, s.warm),
      parseMs: measure(() => parseDocument(text), s.runs, s.warm),
      floorMs: measure(() => md.parse(text, {}), s.runs, s.warm),
    };
  });
  const mdlTimes = SIZES.map((s, i) => (mdl ? measure(() => mdl!.lint({ strings: { doc: texts[i] } }), s.mdlRuns, s.mdlWarm) : undefined));
  const rows: Array<{ label: string; lint: number; floor: number; mdl?: number }> = [];
  for (const [i, s] of SIZES.entries()) {
    const text = texts[i];
    const { findings, lintMs, parseMs, floorMs } = measured[i];
    const mdlMs = mdlTimes[i];
    rows.push({ label: s.label, lint: lintMs, floor: floorMs, mdl: mdlMs });
    console.log(
      `  ${s.label.padEnd(7)} ${String(Buffer.byteLength(text)).padStart(8)} ${String(findings).padStart(9)} ` +
      `${lintMs.toFixed(2).padStart(9)} ${parseMs.toFixed(2).padStart(9)} ${floorMs.toFixed(2).padStart(9)} ` +
      `${mdlMs === undefined ? '      -' : mdlMs.toFixed(0).padStart(7)} ${(lintMs / floorMs).toFixed(2).padStart(13)}x ` +
      `${mdlMs === undefined ? '-' : (mdlMs / lintMs).toFixed(1).padStart(8) + 'x'}`,
    );
  }

  // Where the time goes beyond the parse: each rule alone on the parsed 1 MB document.
  const big = parseDocument(generateIncident(SIZES[2].bytes));
  const perRule = allRules
    .map((rule) => ({ rule, ms: measure(() => lintDocument(big, { now: NOW, rules: [rule] }), 3, 1) }))
    .sort((a, b) => b.ms - a.ms);
  console.log(`  rules on the parsed 1 MB document (total ${perRule.reduce((n, r) => n + r.ms, 0).toFixed(0)} ms): ` +
    perRule.slice(0, 6).map((r) => `${r.rule.name} ${r.ms.toFixed(1)}`).join(', '));
  console.log('  (parse ms: our document model alone; md-it ms: markdown-it parse alone, the floor; mdl: markdownlint default rules)');
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  for (const r of rows) {
    const ratio = r.lint / r.floor;
    console.log(`  ${verdict(ratio <= 2)}  ${r.label}: lint ${ratio.toFixed(2)}x the markdown-it parse (target ≤ 2x)`);
  }
  const growth = rows[2].lint / rows[0].lint;
  console.log(`  ${verdict(growth < 120)}  growth: 1 MB takes ${growth.toFixed(1)}x the 10 KB time (target < 120x, linear ≈ 102x)`);
  for (const r of rows) {
    if (r.mdl === undefined) continue;
    const speedup = r.mdl / r.lint;
    console.log(`  ${verdict(speedup >= 10)}  ${r.label}: ${speedup.toFixed(1)}x faster than markdownlint (target ≥ 10x)`);
  }
}

main().catch((e) => {
  console.error('lint bench failed:', e);
});
