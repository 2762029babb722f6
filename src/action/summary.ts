// The step summary (GITHUB_STEP_SUMMARY, GitHub-flavoured markdown) from the CLI's JSON report: the totals, a table
// of documents, then a table of findings per document. Everything taken from a document is escaped, so a message or
// a file name cannot add markup, links or table cells to the summary.

export interface JsonMessage {
  ruleId: string | null;
  ruleName: string | null;
  severity: 'error' | 'warning' | 'information';
  message: string;
  line: number;
  column: number;
}

export interface JsonFile {
  path: string;
  errorCount: number;
  warningCount: number;
  informationCount: number;
  messages: JsonMessage[];
}

/** The part of `postmortem-lint --format json` the summary reads (docs/cli.md documents the whole shape). */
export interface JsonReport {
  tool: { name: string; version: string };
  documents: number;
  errorCount: number;
  warningCount: number;
  informationCount: number;
  files: JsonFile[];
}

/** A table cell: markdown and HTML syntax become character references; line breaks become spaces. */
export function cell(text: string): string {
  return text
    .replace(/[&<>|[\]*_`\\~]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\r\n|\r|\n/g, ' ');
}

const SEVERITY_LABEL: Record<JsonMessage['severity'], string> = { error: 'error', warning: 'warning', information: 'information' };

/** GitHub refuses a step summary over 1 MiB: the finding tables stop well before (the annotations and SARIF have all). */
export const SUMMARY_LIMIT = 900 * 1024;

export function stepSummary(report: JsonReport, limit = SUMMARY_LIMIT): string {
  const lines = [
    `### postmortem-lint ${cell(report.tool.version)}`,
    '',
    `${report.documents} documents: ${report.errorCount} errors, ${report.warningCount} warnings, ${report.informationCount} information.`,
    '',
  ];
  if (report.files.length > 0) {
    lines.push('| Document | Errors | Warnings | Information |', '|---|--:|--:|--:|');
    for (const f of report.files) lines.push(`| ${cell(f.path)} | ${f.errorCount} | ${f.warningCount} | ${f.informationCount} |`);
    lines.push('');
  }
  let size = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  let left = report.files.reduce((n, f) => n + f.messages.length, 0);
  for (const f of report.files) {
    if (f.messages.length === 0) continue;
    const section = [`#### ${cell(f.path)}`, '', '| Line | Severity | Rule | Message |', '|--:|---|---|---|'];
    for (const m of f.messages) {
      const rule = m.ruleId ? `${m.ruleId} ${m.ruleName ?? ''}`.trim() : '';
      section.push(`| ${m.line}:${m.column} | ${SEVERITY_LABEL[m.severity]} | ${cell(rule)} | ${cell(m.message)} |`);
    }
    section.push('');
    const sectionSize = section.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    if (size + sectionSize > limit) {
      lines.push(`${left} more findings are not listed here (the summary's size limit): see the annotations or the SARIF report.`, '');
      break;
    }
    lines.push(...section);
    size += sectionSize;
    left -= f.messages.length;
  }
  return lines.join('\n') + '\n';
}
