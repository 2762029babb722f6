// Lint throughput on generated incident documents of 10 KB, 100 KB and 1 MB: our full lint, markdown-it's parse alone
// (the floor) and markdownlint's default rules (the anchor), as ratios from the same run.
// Run: npx tsx bench/lint.bench.ts   (also run by `npm run bench`). Always exits 0: it is a report.
import MarkdownIt from 'markdown-it';
import { spawnSync } from 'child_process';
import { performance } from 'perf_hooks';
import { lint, lintDocument } from '../src/core/engine/index';
import { allRules } from '../src/core/rules/index';
import { parseDocument } from '../src/core/model/parse';
import { corpus } from './corpus/index';
import { generateIncident } from './generate';
import { measure } from './measure';

// After the generated incidents (the 1 MB one spans weeks of updates), so no timestamp lies in the future.
const NOW = Date.parse('2027-06-01T00:00:00Z');
// Steady state, as in an editor that lints on every keystroke: enough warm-up runs for the JIT to settle (measured:
// 10 KB lint medians keep falling for ~1000 runs, i.e. under a second of linting). Our lint and markdown-it get the
// same warm-up at a size (markdownlint fewer runs at 10 KB: at ~10 ms a run, 20 warm-ups already take 200 ms).
const SIZES = [
  { label: '10 KB', bytes: 10 * 1024, runs: 200, warm: 1000, mdlRuns: 9, mdlWarm: 20 },
  { label: '100 KB', bytes: 100 * 1024, runs: 21, warm: 30, mdlRuns: 3, mdlWarm: 3 },
  { label: '1 MB', bytes: 1024 * 1024, runs: 15, warm: 5, mdlRuns: 1, mdlWarm: 1 },
];


type MarkdownlintSync = { lint(options: { strings: Record<string, string> }): Record<string, unknown[]> };

interface SizeResult { bytes: number; findings: number; lint: number; parse: number; floor: number; mdl?: number; errors?: string; perRule?: string }
const RESULT = '__LINT_BENCH_RESULT__';

/**
 * One size, in a process of its own: a size never inherits the heap another size left (V8's collector then behaves
 * differently, by more than the differences measured here). Within it: our lint, our parse, markdown-it, and
 * markdownlint last, so its far larger garbage is not collected in the middle of our runs.
 */
async function measureSize(index: number): Promise<SizeResult> {
  const s = SIZES[index];
  const text = generateIncident(s.bytes);
  const md = new MarkdownIt();
  const check = lint(text, { now: NOW });
  // The JIT settles on the small document (as in an editor that has been linting for a while), whatever the size
  // measured: a few warm-up runs of a 1 MB document are not enough for that. The same for every contender.
  const small = index === 0 ? text : generateIncident(SIZES[0].bytes);
  const settled = (fn: (t: string) => unknown) => { measure(() => fn(small), 0, SIZES[0].warm); return () => fn(text); };
  const out: SizeResult = {
    bytes: Buffer.byteLength(text),
    findings: check.findings.length,
    lint: measure(settled((t) => lint(t, { now: NOW })), s.runs, s.warm),
    parse: measure(settled((t) => parseDocument(t)), s.runs, s.warm),
    floor: measure(settled((t) => md.parse(t, {})), s.runs, s.warm),
  };
  if (check.errors?.length) out.errors = `rules threw: ${check.errors.map((e) => `${e.ruleName}: ${e.message}`).join('; ')}`;
  // markdownlint is ESM-only: load it through a real dynamic import (tsx would otherwise turn it into require).
  const importEsm = new Function('s', 'return import(s)') as (s: string) => Promise<MarkdownlintSync>;
  try {
    const mdl = await importEsm('markdownlint/sync');
    if (index > 0) measure(() => mdl.lint({ strings: { doc: small } }), 0, SIZES[0].mdlWarm);
    out.mdl = measure(() => mdl.lint({ strings: { doc: text } }), s.mdlRuns, s.mdlWarm);
  } catch (e) {
    out.errors = `${out.errors ? `${out.errors}; ` : ''}markdownlint unavailable (${(e as Error).message})`;
  }
  if (index === SIZES.length - 1) {
    // Where the time goes beyond the parse: each rule alone on the parsed 1 MB document.
    const big = parseDocument(text);
    const perRule = allRules
      .map((rule) => ({ rule, ms: measure(() => lintDocument(big, { now: NOW, rules: [rule] }), 3, 1) }))
      .sort((a, b) => b.ms - a.ms);
    out.perRule = `total ${perRule.reduce((n, r) => n + r.ms, 0).toFixed(0)} ms): ` +
      perRule.slice(0, 6).map((r) => `${r.rule.name} ${r.ms.toFixed(1)}`).join(', ');
  }
  return out;
}

interface CorpusResult { documents: number; bytes: number; findings: number; coldMs: number; warmMs: number; mdlColdMs?: number; mdlWarmMs?: number }
const CORPUS_DOCUMENTS = 2500;

/**
 * The bench corpus in one process: the first pass cold (every phrase list compiled on the way, as in a CLI run), the
 * second warm (as in an editor), each tool timed over every document; markdownlint after ours, as above.
 */
async function measureCorpus(): Promise<CorpusResult> {
  const texts = corpus(CORPUS_DOCUMENTS).map((d) => d.text);
  const pass = (fn: (t: string) => unknown) => { const t0 = performance.now(); for (const t of texts) fn(t); return performance.now() - t0; };
  let findings = 0;
  const coldMs = pass((t) => { findings += lint(t, { now: NOW }).findings.length; });
  const out: CorpusResult = { documents: texts.length, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), findings, coldMs, warmMs: pass((t) => lint(t, { now: NOW })) };
  const importEsm = new Function('s', 'return import(s)') as (s: string) => Promise<MarkdownlintSync>;
  try {
    const mdl = await importEsm('markdownlint/sync');
    out.mdlColdMs = pass((t) => mdl.lint({ strings: { doc: t } }));
    out.mdlWarmMs = pass((t) => mdl.lint({ strings: { doc: t } }));
  } catch { /* reported as missing below */ }
  return out;
}

/** Runs one size (or, index -1, the corpus) in a child process with this process's node and loader (tsx) flags. */
function runSize(index: number): SizeResult {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--size', String(index)], { encoding: 'utf8' });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT));
  if (!line) throw new Error(`the ${SIZES[index].label} run printed no result (exit ${r.status}):\n${r.stderr || r.stdout}`);
  return JSON.parse(line.slice(RESULT.length)) as SizeResult;
}

async function main(): Promise<void> {
  const sizeArg = process.argv.indexOf('--size');
  if (sizeArg >= 0) {
    const index = Number(process.argv[sizeArg + 1]);
    console.log(RESULT + JSON.stringify(index < 0 ? await measureCorpus() : await measureSize(index)));
    return;
  }
  console.log('lint bench: generated incident documents (updates, timeline table, prose in en/fr/de/zh), median of runs after');
  console.log('warm-up, each size in a fresh process');
  console.log('  size      bytes  findings   lint ms  parse ms  md-it ms  mdl ms     lint/md-it  mdl/lint');
  const rows: Array<{ label: string; lint: number; floor: number; mdl?: number }> = [];
  let perRule: string | undefined;
  for (const [i, s] of SIZES.entries()) {
    const r = runSize(i);
    if (r.errors) console.log(`  ! ${s.label}: ${r.errors}`);
    if (r.perRule) perRule = r.perRule;
    rows.push({ label: s.label, lint: r.lint, floor: r.floor, mdl: r.mdl });
    console.log(
      `  ${s.label.padEnd(7)} ${String(r.bytes).padStart(8)} ${String(r.findings).padStart(9)} ` +
      `${r.lint.toFixed(2).padStart(9)} ${r.parse.toFixed(2).padStart(9)} ${r.floor.toFixed(2).padStart(9)} ` +
      `${r.mdl === undefined ? '      -' : r.mdl.toFixed(0).padStart(7)} ${(r.lint / r.floor).toFixed(2).padStart(13)}x ` +
      `${r.mdl === undefined ? '-' : (r.mdl / r.lint).toFixed(1).padStart(8) + 'x'}`,
    );
  }
  if (perRule) console.log(`  rules on the parsed 1 MB document (${perRule}`);
  console.log('  (parse ms: our document model alone; md-it ms: markdown-it parse alone, the floor; mdl: markdownlint default rules)');
  // Figures and ratios, no verdicts: the reader compares them with the targets of the issue they are about.
  for (const r of rows) console.log(`  ${r.label}: lint ${(r.lint / r.floor).toFixed(2)}x the markdown-it parse`);
  const growth = rows[2].lint / rows[0].lint;
  console.log(`  growth: 1 MB takes ${growth.toFixed(1)}x the 10 KB time (linear ≈ 102x)`);
  for (const r of rows) {
    if (r.mdl === undefined) continue;
    console.log(`  ${r.label}: markdownlint takes ${(r.mdl / r.lint).toFixed(1)}x our lint time`);
  }
  const c = runSize(-1) as unknown as CorpusResult;
  console.log(`bench corpus in one process: ${c.documents} documents (5 languages), ${(c.bytes / 1024 / 1024).toFixed(1)} MB, ${c.findings} findings`);
  const perDoc = (ms: number) => `${(ms / c.documents).toFixed(2)} ms/document`;
  console.log(`  postmortem lint: first pass ${c.coldMs.toFixed(0)} ms (${perDoc(c.coldMs)}), second ${c.warmMs.toFixed(0)} ms (${perDoc(c.warmMs)})`);
  if (c.mdlColdMs === undefined || c.mdlWarmMs === undefined) console.log('  markdownlint unavailable');
  else {
    console.log(`  markdownlint:    first pass ${c.mdlColdMs.toFixed(0)} ms (${perDoc(c.mdlColdMs)}), second ${c.mdlWarmMs.toFixed(0)} ms (${perDoc(c.mdlWarmMs)})`);
    console.log(`  markdownlint / postmortem lint: ${(c.mdlColdMs / c.coldMs).toFixed(2)}x first pass, ${(c.mdlWarmMs / c.warmMs).toFixed(2)}x second`);
  }
}

main().catch((e) => {
  console.error('lint bench failed:', e);
});
