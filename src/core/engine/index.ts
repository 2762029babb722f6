// The engine's API: lint, fixes, directives, severities.
import type { LintResult } from '../types';
import { lint } from './lint';
import { FixAllOptions, FixAllResult, fixAllWith } from './fix';

export { lint, lintDocument, parseCached, parseCache, ruleApplies } from './lint';
export { applyEdits, selectFixes } from './fix';
export type { FixAllOptions, FixAllResult } from './fix';
export { Suppressions } from './directives';
export { ruleSettings, findingSeverity, isSeveritySetting, SEVERITY_SETTINGS } from './severity';
export type { RuleSettings } from './severity';
export { compareFindings, sortFindings } from './sort';
export { LineIndex } from '../model/lines';
export { ParseCache } from './cache';

/** Applies every non-overlapping fix, repeatedly, until the text is stable (CLI --fix, editor "fix all"). */
export function fixAll(text: string, options: FixAllOptions): FixAllResult {
  return fixAllWith(lint, text, options);
}

export type { LintResult };
