// The only door from the CLI into the core: everything comes from the public surface `src/core/index.ts`.
export { lint, fixAll, allRules, docsUrl, ConfigResolver, CONFIG_FILE_NAME, postmortemKind, parseDocument, summarize, exportHtml } from '../core/index';
export type { Config, ConfigHost, Finding, LintResult, Rule, RuleError, Severity, DocSummary, PostmortemDocument } from '../core/index';
export { importStatusPage, isLang, isValidZone, SEVERITIES } from '../core/index';
export type { ImportFailure, ImportWarning, IncidentSeverity, Lang, UpdateOrder } from '../core/index';
