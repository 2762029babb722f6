// The public surface of the core, used by src/vscode and src/cli. Pure: runs in Node, the browser and the CLI.
export * from './types';
export { parseDocument } from './model/parse';
export { allRules, findRule, docsUrl, DOCS_BASE } from './rules/index';
export {
  lint, lintDocument, parseCached, parseCache, ruleApplies, applyEdits, selectFixes, fixAll, Suppressions, scanDirectives,
  ruleSettings, findingSeverity, isSeveritySetting, SEVERITY_SETTINGS, compareFindings, sortFindings, LineIndex, ParseCache,
} from './engine/index';
export type { FixAllOptions, FixAllResult, RuleSettings } from './engine/index';
export * from './config/index';
export {
  parseTimestamp, parseDateValue, matchTimestampAt, resolveTimestamp, isValidZone, normalizeZone, toZone,
  formatTime, formatDateTime, formatDuration, minutesBetween, addMinutes, addDays,
} from './time';
export type { TimestampMatch, ResolvedTime, ParseTimeOptions } from './time';
