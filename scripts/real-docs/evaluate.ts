// Lints every labelled document of the chosen set from a folder, at the document's own "now", and scores the
// outcome against the labels.
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/engine/index';
import type { DocumentOutcome, Score } from './score';
import { score } from './score';
import type { EvalSet, Labels } from './labels';

/** `all`, or the sets to measure together. */
export type SetChoice = 'all' | EvalSet[];

export interface Evaluation extends Score {
  documents: number;
  /** Rules that threw, per document: a crash is a result to report, not a quiet miss. */
  ruleErrors: string[];
}

export function evaluate(folder: string, labels: Labels, set: SetChoice): Evaluation {
  const chosen = labels.documents.filter((d) => set === 'all' || set.includes(d.set));
  const unknown = set === 'all' ? [] : set.filter((name) => !labels.documents.some((d) => d.set === name));
  if (unknown.length) throw new Error(`no labelled document is in set ${unknown.join(', ')}`);
  const missing = chosen.filter((d) => !fs.existsSync(path.join(folder, d.file))).map((d) => d.file);
  if (missing.length) throw new Error(`${missing.length} labelled document(s) not found under ${folder}: ${missing.join(', ')}`);
  const ruleErrors: string[] = [];
  const outcomes: DocumentOutcome[] = chosen.map((doc) => {
    const text = fs.readFileSync(path.join(folder, doc.file), 'utf8');
    const result = lint(text, { now: doc.now, uri: doc.file });
    for (const e of result.errors ?? []) ruleErrors.push(`${doc.file}: ${e.ruleId} threw: ${e.message}`);
    const found = new Map<string, string[]>();
    for (const f of result.findings) found.set(f.ruleId, [...(found.get(f.ruleId) ?? []), f.message]);
    return { file: doc.file, lang: doc.lang, expected: doc.fire, found };
  });
  return { ...score(outcomes, labels.rules), documents: chosen.length, ruleErrors };
}
