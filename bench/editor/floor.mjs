// The floor under the editor's figures, in this Node process: markdown-it's parse of the same documents (issue 13:
// the least any Markdown linter must spend), and our whole lint of them, uncached.
import MarkdownIt from 'markdown-it';
import { performance } from 'node:perf_hooks';
import { lint } from '../../src/core/index.ts';

/** Times `fn` on a new variant of `text` each call (as an edit makes one), after two warm-up calls (JIT). */
function sample(row, runs, text, fn) {
  for (let i = -2; i < runs; i++) {
    const variant = `${text}\n<!-- edit ${i} -->\n`;
    const t0 = performance.now();
    fn(variant);
    if (i >= 0) row.add(performance.now() - t0);
  }
}

export function measureFloor(text, { parseRow, lintRow, runs }) {
  const md = new MarkdownIt();
  sample(parseRow, runs, text, (t) => md.parse(t, {}));
  sample(lintRow, runs, text, (t) => lint(t, { now: Date.UTC(2026, 10, 23, 12) }));
}
