// "Did you mean …?" for misspelt rule names, in `.postmortem.yaml` and in inline disable comments.
import type { Rule } from '../types';

/** Edit distance between two texts. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The rule name closest to `name` when it is close enough to be a typo. */
export function suggestRuleName(name: string, rules: readonly Pick<Rule, 'name'>[]): string | undefined {
  const lower = name.toLowerCase();
  const best = rules.map((r) => ({ r, d: distance(lower, r.name) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(lower.length / 4)) ? best.r.name : undefined;
}
