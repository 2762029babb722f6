// SARIF 2.1.0 for code-scanning uploads (github/codeql-action/upload-sarif).
// Findings are results; problems that are not a rule's finding (unreadable or binary file, crashed rule) are
// tool execution notifications, so they are visible without inventing rule ids.
import { pathToFileURL } from 'url';
import type * as Sarif from 'sarif';
import { docsUrl } from '../core';
import type { CliMessage } from '../report';
import type { RunSummary } from './types';

const LEVEL: Record<CliMessage['severity'], Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFO_URI = 'https://github.com/postmortem-author/postmortem-author#command-line';
const CONFIG_HELP = 'https://github.com/postmortem-author/postmortem-author/blob/main/README.md#configuration';

/** Relative paths as URI references (percent-encoded segments); paths outside cwd as file:// URIs. */
export function artifactUri(p: string, absPath: string): string {
  if (isOutside(p)) return pathToFileURL(absPath).href;
  return p.split('/').map(encodeURIComponent).join('/');
}

/** Display paths are relative to cwd unless the file lies outside it. */
function isOutside(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:/.test(p);
}

function region(m: CliMessage): Sarif.Region {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.endLine === m.line ? m.column : 1) };
}

export function toSarif(run: RunSummary): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = run.rules.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: r.description },
    helpUri: docsUrl(r),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: r.tags },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const report of run.reports) {
    const location: Sarif.Location = { physicalLocation: { artifactLocation: { uri: artifactUri(report.path, report.absPath), uriBaseId: isOutside(report.path) ? undefined : '%SRCROOT%' } } };
    for (const m of report.messages) {
      const loc: Sarif.Location = { physicalLocation: { ...location.physicalLocation, region: region(m) } };
      if (!m.ruleId) {
        notifications.push({ level: LEVEL[m.severity], message: { text: m.message }, locations: [loc] });
        continue;
      }
      if (!index.has(m.ruleId)) {
        // e.g. PM000, problems of a .postmortem.yaml: a rule of the tool, though not a document rule
        index.set(m.ruleId, rules.length);
        rules.push({ id: m.ruleId, name: m.ruleName ?? m.ruleId, shortDescription: { text: 'Problems in a .postmortem.yaml configuration file' }, helpUri: m.docsUrl ?? CONFIG_HELP, defaultConfiguration: { level: 'error' } });
      }
      const result: Sarif.Result = {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [loc],
      };
      results.push(result);
    }
  }
  const strip = <T>(o: T): T => JSON.parse(JSON.stringify(o)) as T; // drops undefined uriBaseId
  return strip({
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'postmortem-lint', version: run.version, semanticVersion: run.version, informationUri: INFO_URI, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(run.cwd).href.replace(/\/?$/, '/') } },
      // false when a file could not be checked at all (unreadable, binary, not UTF-8): the run is not the whole truth
      invocations: [{ executionSuccessful: !run.reports.some((r) => r.unchecked), toolExecutionNotifications: notifications }],
      results,
      columnKind: 'utf16CodeUnits',
    }],
  });
}

export function formatSarif(run: RunSummary): string {
  return JSON.stringify(toSarif(run), null, 2) + '\n';
}
