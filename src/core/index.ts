// The public surface of the core, used by src/vscode and src/cli. Pure: runs in Node, the browser and the CLI.
export * from './types';
export { parseDocument } from './model/parse';
export { FRONT_MATTER_MAX_LINES } from './model/declared-kind';
export { mappedKind, postmortemKind, type PostmortemKind } from './model/mapped-kind';
export { allRules, findRule, docsUrl, DOCS_BASE } from './rules/index';
export {
  lint, lintDocument, parseCached, parseCache, ruleApplies, applyEdits, selectFixes, fixAll, Suppressions,
  ruleSettings, findingSeverity, isSeveritySetting, SEVERITY_SETTINGS, compareFindings, sortFindings, LineIndex, ParseCache,
} from './engine/index';
export type { FixAllOptions, FixAllResult, RuleSettings } from './engine/index';
export * from './config/index';
export {
  parseTimestamp, parseDateValue, matchTimestampAt, resolveTimestamp, isValidZone, normalizeZone, toZone,
  formatTime, formatDateTime, formatTimeNear, formatDuration, formatSpan, formatClock, zoneName, addMinutes, addDays,
} from './time';
export type { TimestampMatch, ResolvedTime, ParseTimeOptions } from './time';
// What the editor shell (src/vscode) uses beyond the linter: authoring helpers, templates, the timeline, the preview.
export {
  isLang, PHASES, phaseLabel, suggestedPhase, currentDeadline, disableRuleEdit, defaultConfigText, incidentFolder,
  incidentValues, markResolvedEdits, reportPlan, timelineEntryEdit, addTeamSnippet, slugify, insertUpdateEdit, updateValues,
} from './authoring/index';
export type { Deadline } from './authoring/index';
export { renderTemplate } from './templates/render';
export type { TemplateName } from './templates/render';
export {
  buildTree, describeIncident, describeRow, buildIncident, escapeXml, renderTimelineSvg, svgDocument, summarize,
} from './timeline/index';
export type { IncidentFilter, IncidentNode, TimelineRow, DocSummary } from './timeline/index';
export { postmortemPreview } from './preview/plugin';
// Import Incident from Status Page (editor command and `postmortem-lint import`).
export { importStatusPage, looksLikeJson } from './import/index';
export type { ImportFailure, ImportOptions, ImportResult, ImportWarning, ImportedIncident } from './import/index';
export { configuredUpdateOrder } from './defaults';
export {
  PUBLISH_FORMATS, publishUpdate, updateAt, updateFindings, updateMarkdown, exportHtml, documentTitle, escapeSlack, renderFragment,
} from './publish/index';
export type { PublishFormat, ExportOptions } from './publish/index';
