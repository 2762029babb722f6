// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { CliMessage } from '../report';
import { count } from '../report';
import type { RunSummary } from './types';
import { visibleControls } from './visible';

const COMMAND: Record<CliMessage['severity'], string> = { error: 'error', warning: 'warning', information: 'notice' };

/** The message part: %, CR and LF are encoded (what the runner decodes); other control characters made visible. */
export function escapeData(s: string): string {
  return visibleControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value: additionally `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(run: RunSummary): string {
  const lines: string[] = [];
  for (const r of run.reports) {
    for (const m of r.messages) {
      const title = m.ruleId ? `${m.ruleId} ${m.ruleName}` : 'postmortem-lint';
      const props = [
        `file=${escapeProperty(r.path)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(title)}`,
      ];
      lines.push(`::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}`);
    }
    // Plain log lines, not commands: the path is escaped so that a newline in a file name cannot start one.
    for (const f of r.fixed) lines.push(`fixed ${visibleControls(r.path)}: ${f.ruleId} ${f.ruleName} ${f.title}`);
    if (r.fixSkipped) lines.push(`not fixed ${visibleControls(r.path)}: ${visibleControls(r.fixSkipped)}`);
  }
  const c = count(run.reports);
  lines.push(`postmortem-lint: ${run.documents} documents, ${c.errors} errors, ${c.warnings} warnings, ${c.information} information`);
  return lines.join('\n') + '\n';
}
