// Indexing cost of the Postmortems view: 5,000 generated incident documents parsed and digested (the pure core work
// the extension does per file), the tree built over them, and markdown-it's parse alone as the floor, same run.
// Run: npx tsx bench/timeline.bench.ts [count]
import { generateSmallIncident } from './small-incident';
import MarkdownIt from 'markdown-it';
import { parseDocument } from '../src/core/model/parse';
import { postmortemKind } from '../src/core/model/mapped-kind';
import { buildTree, summarize, type DocSummary } from '../src/core/timeline';

const COUNT = Number(process.argv[2] ?? 5000);

function time<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

const docs = Array.from({ length: COUNT }, (_, i) => generateSmallIncident(i));
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
