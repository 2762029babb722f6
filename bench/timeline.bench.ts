// Indexing cost of the Postmortems view: 5,000 generated incident documents parsed and digested (the pure core work
// the extension does per file), the tree built over them, and markdown-it's parse alone as the floor, same run.
// Run: npx tsx bench/timeline.bench.ts [count]
import MarkdownIt from 'markdown-it';
import { parseDocument } from '../src/core/model/parse';
import { postmortemKind } from '../src/core/model/mapped-kind';
import { buildTree, summarize, type DocSummary } from '../src/core/timeline';

const COUNT = Number(process.argv[2] ?? 5000);
const PHASES = ['Investigating', 'Identified', 'Monitoring'];
const SEVS = ['sev1', 'sev2', 'sev3', 'sev4'];

/** A deterministic pseudo-random generator, so every run indexes the same workspace. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function pad(n: number): string { return String(n).padStart(2, '0'); }

function generate(i: number): string {
  const r = rng(i + 1);
  const start = Date.UTC(2024, 0, 1) + Math.floor(r() * 1000) * 86_400_000 + Math.floor(r() * 1440) * 60_000;
  const resolved = r() < 0.9;
  const updates = 3 + Math.floor(r() * 10);
  const lines: string[] = [
    '---', 'kind: incident', `id: INC-${i}`, `title: Generated incident ${i}`, `severity: ${SEVS[i % 4]}`,
    `status: ${resolved ? 'resolved' : PHASES[i % 3].toLowerCase()}`, 'audience: customers', 'lang: en', 'timezone: UTC',
    `started: ${new Date(start).toISOString()}`, `detected: ${new Date(start + 120_000).toISOString()}`,
  ];
  let at = start + 10 * 60_000;
  const stamps: number[] = [];
  for (let u = 0; u < updates; u++) { stamps.push(at); at += (10 + Math.floor(r() * 40)) * 60_000; }
  if (resolved) lines.push(`resolved: ${new Date(at).toISOString()}`);
  lines.push('lead: Jane Doe <jane.doe@example.com>', '---', '', `# Generated incident ${i}`, '', '## Impact',
    'Customers in the EU could not pay by card. About 18% of checkouts failed. No data was lost.', '', '## Updates', '');
  const fmt = (ms: number) => { const d = new Date(ms); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`; };
  stamps.forEach((s, u) => {
    lines.push(`### ${fmt(s)} — ${PHASES[Math.min(2, Math.floor(u / 3))]}`,
      'We are investigating failed card payments for customers in the EU. We are sorry for the disruption this causes you.',
      'As a workaround, PayPal checkout is working. We will keep you informed as we learn more about the problem.',
      `Next update by ${fmt(s + 30 * 60_000)}.`, '');
  });
  if (resolved) {
    lines.push(`### ${fmt(at)} — Resolved`, 'Card payments work again. No data was lost. We will publish a report within 72 hours.', '');
  }
  lines.push('## Timeline');
  for (let e = 0; e < 6; e++) lines.push(`- ${fmt(start + e * 7 * 60_000)} — Event number ${e} of the generated incident`);
  lines.push('', '— Jane Doe, Incident Lead · jane.doe@example.com', '');
  return lines.join('\n');
}

function time<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

const docs = Array.from({ length: COUNT }, (_, i) => generate(i));
const bytes = docs.reduce((n, d) => n + d.length, 0);
const md = new MarkdownIt();
const now = Date.UTC(2026, 10, 23, 12);

// Warm-up (JIT) on a slice, then measure.
for (const d of docs.slice(0, 200)) { md.parse(d, {}); summarize(parseDocument(d), 'w'); }

const floor = time(() => { for (const d of docs) md.parse(d, {}); });
const index = time(() => {
  const out: DocSummary[] = [];
  docs.forEach((d, i) => {
    if (postmortemKind(d, undefined, undefined) === undefined) return;
    const s = summarize(parseDocument(d, { uri: `file:///ws/${i}.md` }), `file:///ws/${i}.md`);
    if (s) out.push(s);
  });
  return out;
});
const tree = time(() => buildTree(index.value, now));
const expand = time(() => tree.value.reduce((n, x) => n + x.rows.length, 0));
const rows = expand.value;

const per = (ms: number) => `${((ms / COUNT) * 1000).toFixed(0)} µs/doc`;
console.log(`timeline index: ${COUNT} incident documents, ${(bytes / 1e6).toFixed(1)} MB, ${tree.value.length} incidents, ${rows} rows`);
console.log(`  markdown-it parse (floor)   ${floor.ms.toFixed(0).padStart(7)} ms  ${per(floor.ms)}`);
console.log(`  parse + digest (indexing)   ${index.ms.toFixed(0).padStart(7)} ms  ${per(index.ms)}  ${(index.ms / floor.ms).toFixed(2)}x floor`);
console.log(`  build the tree (top level)  ${tree.ms.toFixed(0).padStart(7)} ms  ${per(tree.ms)}`);
console.log(`  expand every incident       ${expand.ms.toFixed(0).padStart(7)} ms  ${per(expand.ms)}`);
console.log(`  total                       ${(index.ms + tree.ms + expand.ms).toFixed(0).padStart(7)} ms  ${((index.ms + tree.ms + expand.ms) / floor.ms).toFixed(2)}x floor`);
if (tree.value.length !== COUNT) throw new Error(`expected ${COUNT} incidents in the tree, got ${tree.value.length}`);
