// Machine-readable output. The shape is documented in docs/cli.md and only ever grows (new optional fields).
import { count } from '../report';
import type { RunSummary } from './types';

export function formatJson(run: RunSummary): string {
  const c = count(run.reports);
  const body = {
    tool: { name: 'postmortem-lint', version: run.version },
    now: new Date(run.now).toISOString(),
    documents: run.documents,
    errorCount: c.errors,
    warningCount: c.warnings,
    informationCount: c.information,
    fixableCount: c.fixable,
    files: run.reports.map((r) => {
      const fc = count([r]);
      return {
        path: r.path,
        errorCount: fc.errors,
        warningCount: fc.warnings,
        informationCount: fc.information,
        messages: r.messages.map((m) => ({
          ruleId: m.ruleId,
          ruleName: m.ruleName,
          severity: m.severity,
          message: m.message,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          fixable: m.fixable,
          ...(m.docsUrl ? { docsUrl: m.docsUrl } : {}),
        })),
        fixed: r.fixed,
        ...(r.fixSkipped ? { fixSkipped: r.fixSkipped } : {}),
      };
    }),
  };
  return JSON.stringify(body, null, 2) + '\n';
}
