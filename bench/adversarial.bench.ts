// Adversarial inputs: per rule, the worst 100 KB text we know for it, timed beside the ordinary 100 KB document.
// Every rule should be linear: its time on the worst text at 200 KB about twice its time at 100 KB (the growth column;
// a quadratic loop shows about 4). Its adversarial time should stay within a few times its ordinary time where the
// text does not make it report thousands of findings: a finding costs the engine about a microsecond and a fix more,
// and the ordinary document has none for most rules, so the findings column says when a ratio counts findings.
// The issue's target is every rule within 3× of its ordinary time: the last lines say which rules are, which are only
// per line (texts of many tiny blocks or updates pack several times the ordinary document's lines into 100 KB), and
// which are not, with their cost. Figures and ratios only (a report, not a gate). Each rule runs alone on the parsed
// document (as lint.bench.ts's per-rule lines), so a time is that rule's own cost; the parse is timed on its own line.
// Times are CPU time, which other processes on a shared machine do not stretch.
// Run: npx tsx bench/adversarial.bench.ts   (also run by `npm run bench`).
import { lintDocument } from '../src/core/engine/index';
import { parseDocument } from '../src/core/model/parse';
import { allRules } from '../src/core/rules/index';
import type { PostmortemDocument } from '../src/core/types';
import { generateIncident } from './generate';
import { cpuMs, measure } from './measure';

const NOW = Date.parse('2027-06-01T00:00:00Z');
const SIZE = 100 * 1024;
const RUNS = 5;

const FRONT = (lang = 'en') => `---\nkind: incident\nid: INC-1\ntitle: Adversarial\nseverity: sev2\nstatus: investigating\naudience: customers\nlang: ${lang}\ntimezone: UTC\nstarted: 2026-11-22T14:02:00Z\n---\n\n# Adversarial\n\n## Impact\n\nCustomers could not pay.\n\n## Updates\n### 2026-11-22 14:12 UTC — Investigating\n`;

/** The texts known to be worst for some rule (found by the adversarial review and since), by name, at `size` bytes. */
const adversarialTexts = (size: number): Record<string, string> => {
  /** `unit` repeated to `size` bytes after the document head, then `tail`. */
  const fill = (unit: string, tail = '', lang = 'en'): string => {
    const head = FRONT(lang);
    const n = Math.max(1, Math.floor((size - head.length - tail.length) / Buffer.byteLength(unit)));
    return head + unit.repeat(n) + tail + '\n';
  };
  return {
    'cause words before a vendor': fill('due to ', 'AWS.'),
    'cause words before a vendor, soft-wrapped': fill('due to\n', 'AWS.'),
    'cause words before a vendor (zh)': fill('由于', '第三方导致。', 'zh-Hans'),
    'vendors after one cause word': fill('AWS ', 'outage.').replace('### 2026-11-22 14:12 UTC — Investigating\n', '### 2026-11-22 14:12 UTC — Investigating\ndue to '),
    'owning inside shifting phrases': fill('this is not really on us ', '.'),
    'hedges before a cause': fill('probably ', 'caused by the database.'),
    'hedges after a cause': fill('caused by ', 'probably.').replace('caused by probably', 'caused by the database probably'),
    'hedges and causes in separate clauses': fill('probably, due to, ', 'caused by the database probably.'),
    'promises without an end': fill('will be fixed by ', '15:00.'),
    'one long line of words': fill('word '),
    'one long sentence of commas': fill('a, '),
    'many short sentences': fill('We are sorry. '),
    'many update headings': fill('\n### 14:12 UTC — Investigating\nWe are looking.\n'),
    'many timeline items': FRONT() + '\n## Timeline\n' + '- 14:12 UTC Alert fires\n'.repeat(Math.floor(size / 24)),
    'deep list nesting': fill('- a\n  '),
    'many emphasis markers': fill('*a _b `c '),
    'many disable comments': fill('<!-- postmortem-disable-next-line -->\ntext\n'),
    'many links': fill('[x](http://example.com/a) '),
  };
};

/** Median CPU time of a call: at least RUNS runs, more for quick calls (about 50 ms in all), whose medians vary most. */
const timeOf = (fn: () => unknown): number => {
  const first = measure(fn, 1, 1, cpuMs);
  return measure(fn, Math.min(200, Math.max(RUNS, Math.ceil(50 / Math.max(first, 0.05)))), 1, cpuMs);
};

const texts: Array<[string, string]> = [['ordinary incident', generateIncident(SIZE)], ...Object.entries(adversarialTexts(SIZE))];
const parsed = texts.map(([name, text]) => ({ name, doc: parseDocument(text), parseMs: timeOf(() => parseDocument(text)) }));
const [ordinary, ...adversarial] = parsed;
// The same texts at twice the size, parsed when a rule's worst text asks for one.
const twice = adversarialTexts(2 * SIZE);
const parsedTwice = new Map<string, PostmortemDocument>();
const docTwice = (name: string) => {
  let doc = parsedTwice.get(name);
  if (!doc) parsedTwice.set(name, (doc = parseDocument(twice[name])));
  return doc;
};

const fixed = (ms: number, width: number) => ms.toFixed(2).padStart(width);
/** How many times the ordinary document's lines a text packs into the same bytes (its blocks, items, updates). */
const density = (p: typeof ordinary) => Math.max(1, p.doc.lineCount / ordinary.doc.lineCount);
const row = (label: string, base: number, worst: { name: string; ms: number }, at200: number, findings: number | string, dense: number) =>
  console.log(
    `${label.padEnd(26)} ${fixed(base, 11)}  ${fixed(worst.ms, 9)}  ${(worst.ms / Math.max(base, 0.01)).toFixed(1).padStart(6)}×` +
      `  ${dense.toFixed(1).padStart(5)}×  ${(worst.ms / Math.max(base, 0.01) / dense).toFixed(1).padStart(6)}×` +
      `  ${fixed(at200, 9)}  ${(at200 / Math.max(worst.ms, 0.01)).toFixed(1).padStart(5)}×  ${String(findings).padStart(8)}` +
      `  ${typeof findings === 'number' && findings >= 100 ? ((worst.ms * 1000) / findings).toFixed(1).padStart(6) : ''.padStart(6)}  ${worst.name}`,
  );
const worstOf = (ms: (p: typeof ordinary) => number) =>
  adversarial.map((p) => ({ name: p.name, ms: ms(p) })).reduce((a, b) => (b.ms > a.ms ? b : a));

console.log(`100 KB documents, CPU time, median of ${RUNS} runs or more; ${adversarial.length} adversarial texts, the worst shown per line,`);
console.log('then the same text at 200 KB (growth: about 2× when linear, 4× when quadratic) and the findings it gets at 100 KB.');
console.log('lines: the worst text\'s lines over the ordinary document\'s (its blocks, list items, updates per 100 KB); per line: the');
console.log('ratio divided by that; µs/f: microseconds per finding when there are hundreds (each carries a message, a range, a fix).');
console.log(
  `${''.padEnd(26)} ${'ordinary ms'.padStart(11)}  ${'worst ms'.padStart(9)}  ${'ratio'.padStart(7)}  ${'lines'.padStart(6)}  ${'per line'.padStart(7)}` +
    `  ${'200 KB ms'.padStart(9)}  ${'growth'.padStart(6)}  ${'findings'.padStart(8)}  ${'µs/f'.padStart(6)}  worst text`,
);
const parseWorst = worstOf((p) => p.parseMs);
const parseWorstDoc = adversarial.find((p) => p.name === parseWorst.name)!;
row('parse', ordinary.parseMs, parseWorst, timeOf(() => parseDocument(twice[parseWorst.name])), '', density(parseWorstDoc));

/** The verdict of the issue's target, "every rule within 3× of its ordinary time", for each line. */
const LIMIT = 3;
type Verdict = { label: string; ratio: number; perLine: number; worstMs: number; findings: number; name: string };
const verdicts: Verdict[] = [];
verdicts.push({
  label: 'parse', ratio: parseWorst.ms / ordinary.parseMs, perLine: parseWorst.ms / ordinary.parseMs / density(parseWorstDoc),
  worstMs: parseWorst.ms, findings: 0, name: parseWorst.name,
});
for (const rule of allRules) {
  const lintWith = (doc: PostmortemDocument) => () => lintDocument(doc, { now: NOW, rules: [rule] });
  const worst = worstOf((p) => timeOf(lintWith(p.doc)));
  const worstDoc = adversarial.find((p) => p.name === worst.name)!;
  const base = timeOf(lintWith(ordinary.doc));
  const findings = lintWith(worstDoc.doc)().findings.length;
  row(`${rule.id} ${rule.name}`, base, worst, timeOf(lintWith(docTwice(worst.name))), findings, density(worstDoc));
  const ratio = worst.ms / Math.max(base, 0.01);
  verdicts.push({ label: `${rule.id} ${rule.name}`, ratio, perLine: ratio / density(worstDoc), worstMs: worst.ms, findings, name: worst.name });
}

// Said as measured: a line over the limit is listed with what it costs against the parse of the ordinary document
// (the floor every lint of 100 KB pays), its findings and the text; nothing is counted as within by another measure.
const within = verdicts.filter((v) => v.ratio <= LIMIT);
const perLine = verdicts.filter((v) => v.ratio > LIMIT && v.perLine <= LIMIT);
const over = verdicts.filter((v) => v.ratio > LIMIT && v.perLine > LIMIT);
const names = (vs: Verdict[]) => (vs.length ? vs.map((v) => v.label.split(' ')[0]).join(', ') : 'none');
const overLine = (v: Verdict) =>
  `    ${v.label}: ${v.ratio.toFixed(1)}× (${v.perLine.toFixed(1)}× per line), ${v.worstMs.toFixed(2)} ms = ` +
  `${((v.worstMs / ordinary.parseMs) * 100).toFixed(0)}% of the ordinary parse, ${v.findings} findings, on "${v.name}"`;
console.log(`\nevery rule within ${LIMIT}× of its ordinary time: ${within.length === verdicts.length ? 'yes' : `no (${within.length} of ${verdicts.length} lines)`}`);
console.log(`  within ${LIMIT}× per 100 KB: ${names(within)}`);
console.log(`  over ${LIMIT}× per 100 KB, within ${LIMIT}× per line (the text packs more lines, blocks or updates into 100 KB): ${names(perLine)}`);
for (const v of perLine) console.log(overLine(v));
console.log(`  over ${LIMIT}× by both measures: ${names(over)}`);
for (const v of over) console.log(overLine(v));
