// Reads the labels file of the real-document evaluation (docs/real-documents/sources.yaml has the shape): which rules
// are measured, and per document its file, set, the time it is judged at and the rules that should fire on it.
import { parse } from 'yaml';

/** A set's name: `tune`, `tune2`, `held-out`, `held-out-2`… Sets whose name starts with `held-out` judge the rules and are
 * never tuned on: their disagreements stay hidden. */
export type EvalSet = string;

const SET_NAME = /^[a-z][a-z0-9-]*$/;

/** True for a set the rules must not be tuned on. */
export function isHeldOut(set: EvalSet): boolean {
  return set.startsWith('held-out');
}

export interface LabelledDocument {
  file: string;
  lang: string;
  kind: string;
  set: EvalSet;
  /** Epoch milliseconds the document is judged at (rules that compare with "now" use it). */
  now: number;
  /** Rules that should report at least one finding on the document; every other measured rule should stay quiet. */
  fire: Set<string>;
}

export interface Labels {
  rules: string[];
  documents: LabelledDocument[];
}

/** Parses and checks a labels file; a mistake is reported with the document it is in, never skipped silently. */
export function parseLabels(text: string, source = 'labels'): Labels {
  const data = parse(text) as { rules?: unknown; documents?: unknown } | null;
  if (!data || typeof data !== 'object') throw new Error(`${source}: not a YAML mapping with "rules" and "documents"`);
  const rules = data.rules;
  if (!Array.isArray(rules) || rules.length === 0 || !rules.every((r) => typeof r === 'string')) {
    throw new Error(`${source}: "rules" must be a non-empty list of rule ids`);
  }
  if (!Array.isArray(data.documents)) throw new Error(`${source}: "documents" must be a list`);
  const seen = new Set<string>();
  const documents = data.documents.map((raw: Record<string, unknown>, i: number) => {
    const where = `${source}: document ${i + 1}${typeof raw?.file === 'string' ? ` (${raw.file})` : ''}`;
    if (!raw || typeof raw.file !== 'string') throw new Error(`${where}: "file" is missing`);
    if (seen.has(raw.file)) throw new Error(`${where}: listed twice`);
    seen.add(raw.file);
    if (typeof raw.set !== 'string' || !SET_NAME.test(raw.set)) {
      throw new Error(`${where}: "set" must be a set name such as tune, tune2, held-out or held-out-2`);
    }
    const now = raw.now instanceof Date ? raw.now.getTime() : Date.parse(String(raw.now));
    if (Number.isNaN(now)) throw new Error(`${where}: "now" is not a date and time`);
    if (!Array.isArray(raw.fire)) throw new Error(`${where}: "fire" must be a list (empty when no rule should fire)`);
    const unknown = raw.fire.filter((r) => !rules.includes(r));
    if (unknown.length) throw new Error(`${where}: "fire" names rules not in "rules": ${unknown.join(', ')}`);
    return {
      file: raw.file, lang: String(raw.lang ?? ''), kind: String(raw.kind ?? ''), set: raw.set as EvalSet, now,
      fire: new Set(raw.fire as string[]),
    };
  });
  return { rules: rules as string[], documents };
}
