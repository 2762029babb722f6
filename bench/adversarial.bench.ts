// Adversarial inputs: per rule, the worst 100 KB text we know for it, timed beside the ordinary 100 KB document.
// Every rule should be linear: its adversarial time should stay within a few times its ordinary time. Figures and
// ratios only (a report, not a gate). Each rule runs alone on the parsed document (as lint.bench.ts's per-rule
// lines), so a time is that rule's own cost; the parse is timed on its own line. Run: npx tsx bench/adversarial.bench.ts   (also run by `npm run bench`).
import { lintDocument } from '../src/core/engine/index';
import { parseDocument } from '../src/core/model/parse';
import { allRules } from '../src/core/rules/index';
import { generateIncident } from './generate';
import { measure } from './measure';

const NOW = Date.parse('2027-06-01T00:00:00Z');
const SIZE = 100 * 1024;
const RUNS = 5;

const FRONT = (lang = 'en') => `---\nkind: incident\nid: INC-1\ntitle: Adversarial\nseverity: sev2\nstatus: investigating\naudience: customers\nlang: ${lang}\ntimezone: UTC\nstarted: 2026-11-22T14:02:00Z\n---\n\n# Adversarial\n\n## Impact\n\nCustomers could not pay.\n\n## Updates\n### 2026-11-22 14:12 UTC — Investigating\n`;

/** `unit` repeated to SIZE bytes after the document head, then `tail`. */
function fill(unit: string, tail = '', lang = 'en'): string {
  const head = FRONT(lang);
  const n = Math.max(1, Math.floor((SIZE - head.length - tail.length) / Buffer.byteLength(unit)));
  return head + unit.repeat(n) + tail + '\n';
}

/** The texts known to be worst for some rule (found by the adversarial review and since), by name. */
const ADVERSARIAL: Record<string, string> = {
  'cause words before a vendor': fill('due to ', 'AWS.'),
  'cause words before a vendor, soft-wrapped': fill('due to\n', 'AWS.'),
  'cause words before a vendor (zh)': fill('由于', '第三方导致。', 'zh-Hans'),
  'vendors after one cause word': fill('AWS ', 'outage.').replace('### 2026-11-22 14:12 UTC — Investigating\n', '### 2026-11-22 14:12 UTC — Investigating\ndue to '),
  'owning inside shifting phrases': fill('this is not really on us ', '.'),
  'hedges before a cause': fill('probably ', 'caused by the database.'),
  'hedges after a cause': fill('caused by ', 'probably.').replace('caused by probably', 'caused by the database probably'),
  'promises without an end': fill('will be fixed by ', '15:00.'),
  'one long line of words': fill('word '),
  'one long sentence of commas': fill('a, '),
  'many short sentences': fill('We are sorry. '),
  'many update headings': fill('\n### 14:12 UTC — Investigating\nWe are looking.\n'),
  'many timeline items': FRONT() + '\n## Timeline\n' + '- 14:12 UTC Alert fires\n'.repeat(Math.floor(SIZE / 24)),
  'deep list nesting': fill('- a\n  '),
  'many emphasis markers': fill('*a _b `c '),
  'many disable comments': fill('<!-- postmortem-disable-next-line -->\ntext\n'),
  'many links': fill('[x](http://example.com/a) '),
};

const timeOf = (fn: () => unknown): number => measure(fn, RUNS, 2);

const texts: Array<[string, string]> = [['ordinary incident', generateIncident(SIZE)], ...Object.entries(ADVERSARIAL)];
const parsed = texts.map(([name, text]) => ({ name, doc: parseDocument(text), parseMs: timeOf(() => parseDocument(text)) }));
const [ordinary, ...adversarial] = parsed;

const row = (label: string, base: number, worst: { name: string; ms: number }) =>
  console.log(`${label.padEnd(26)} ${base.toFixed(2).padStart(11)}  ${worst.ms.toFixed(2).padStart(9)}  ${(worst.ms / Math.max(base, 0.01)).toFixed(1).padStart(6)}×  ${worst.name}`);
const worstOf = (ms: (p: typeof ordinary) => number) =>
  adversarial.map((p) => ({ name: p.name, ms: ms(p) })).reduce((a, b) => (b.ms > a.ms ? b : a));

console.log(`100 KB documents, median of ${RUNS} runs; ${adversarial.length} adversarial texts, the worst shown per line.`);
console.log(`${''.padEnd(26)} ${'ordinary ms'.padStart(11)}  ${'worst ms'.padStart(9)}  ${'ratio'.padStart(7)}  worst text`);
row('parse', ordinary.parseMs, worstOf((p) => p.parseMs));
for (const rule of allRules) {
  const ruleMs = (p: typeof ordinary) => timeOf(() => lintDocument(p.doc, { now: NOW, rules: [rule] }));
  row(`${rule.id} ${rule.name}`, ruleMs(ordinary), worstOf(ruleMs));
}
