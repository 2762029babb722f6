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
  /** Labelled documents of the chosen sets that were not in the folder and were left out (only with skipMissing). */
  leftOut: string[];
  /** Rules that threw, per document: a crash is a result to report, not a quiet miss. */
  ruleErrors: string[];
}

/**
 * `skipMissing`: score the documents that are in the folder and list the others as left out, for when a source can
 * no longer be fetched; by default a missing document is an error, so that figures never silently cover fewer.
 */
export function evaluate(folder: string, labels: Labels, set: SetChoice, skipMissing = false): Evaluation {
  const inSets = labels.documents.filter((d) => set === 'all' || set.includes(d.set));
  const unknown = set === 'all' ? [] : set.filter((name) => !labels.documents.some((d) => d.set === name));
  if (unknown.length) throw new Error(`no labelled document is in set ${unknown.join(', ')}`);
  const missing = inSets.filter((d) => !fs.existsSync(path.join(folder, d.file))).map((d) => d.file);
  if (missing.length && !skipMissing) throw new Error(`${missing.length} labelled document(s) not found under ${folder}: ${missing.join(', ')} (--skip-missing scores the others)`);
  const chosen = inSets.filter((d) => !missing.includes(d.file));
  const ruleErrors: string[] = [];
  const outcomes: DocumentOutcome[] = chosen.map((doc) => {
    const text = fs.readFileSync(path.join(folder, doc.file), 'utf8');
    const result = lint(text, { now: doc.now, uri: doc.file });
    for (const e of result.errors ?? []) ruleErrors.push(`${doc.file}: ${e.ruleId} threw: ${e.message}`);
    const found = new Map<string, string[]>();
    for (const f of result.findings) found.set(f.ruleId, [...(found.get(f.ruleId) ?? []), f.message]);
    return { file: doc.file, lang: doc.lang, expected: doc.fire, found };
  });
  return { ...score(outcomes, labels.rules), documents: chosen.length, leftOut: missing, ruleErrors };
}
