// Document-level scoring of the real-document evaluation: per rule, a document counts once — the rule fired there
// (at least one finding) or it did not — against the blind label. Pure: no files, no linting.

export interface DocumentOutcome {
  file: string;
  lang: string;
  /** Rules that should fire (the label). */
  expected: ReadonlySet<string>;
  /** Findings per rule id that fired on the document (first message first). */
  found: ReadonlyMap<string, readonly string[]>;
}

export interface Counts { tp: number; fp: number; fn: number }

export interface Disagreement {
  kind: 'FP' | 'FN';
  rule: string;
  file: string;
  lang: string;
  /** The rule's first message for a false positive. */
  message?: string;
}

export interface Score {
  perRule: Map<string, Counts>;
  overall: Counts;
  disagreements: Disagreement[];
}

/** Precision or recall; undefined when nothing was expected or found (shown as "–", counted as neither). */
export function ratio(hits: number, total: number): number | undefined {
  return total === 0 ? undefined : hits / total;
}

export const precision = (c: Counts): number | undefined => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts): number | undefined => ratio(c.tp, c.tp + c.fn);

export function score(outcomes: readonly DocumentOutcome[], rules: readonly string[]): Score {
  const perRule = new Map<string, Counts>(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const disagreements: Disagreement[] = [];
  for (const doc of outcomes) {
    for (const rule of rules) {
      const counts = perRule.get(rule)!;
      const messages = doc.found.get(rule);
      const fired = messages !== undefined && messages.length > 0;
      const should = doc.expected.has(rule);
      const outcome: keyof Counts | undefined = fired && should ? 'tp' : fired ? 'fp' : should ? 'fn' : undefined;
      if (!outcome) continue;
      counts[outcome]++;
      overall[outcome]++;
      if (outcome === 'fp') disagreements.push({ kind: 'FP', rule, file: doc.file, lang: doc.lang, message: messages![0] });
      if (outcome === 'fn') disagreements.push({ kind: 'FN', rule, file: doc.file, lang: doc.lang });
    }
  }
  return { perRule, overall, disagreements };
}
