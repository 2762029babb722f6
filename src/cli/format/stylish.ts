// Human-readable output: findings grouped by file, aligned columns, a summary line; colour only when asked for.
import type { CliMessage } from '../report';
import { count } from '../report';
import type { RunSummary } from './types';
import { visibleControls } from './visible';

const CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof CODES;

function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (s, t) => `\u001b[${CODES[s][0]}m${t}\u001b[${CODES[s][1]}m` : (_s, t) => t;
}

const LABEL: Record<CliMessage['severity'], string> = { error: 'error', warning: 'warning', information: 'info' };
const STYLE: Record<CliMessage['severity'], Style> = { error: 'red', warning: 'yellow', information: 'cyan' };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatStylish(run: RunSummary): string {
  const paint = painter(run.color);
  const out: string[] = [];
  for (const r of run.reports) {
    if (r.messages.length === 0 && r.fixed.length === 0 && !r.fixSkipped) continue;
    out.push(paint('underline', visibleControls(r.path)));
    const pos = r.messages.map((m) => `${m.line}:${m.column}`);
    const posWidth = Math.max(0, ...pos.map((p) => p.length));
    const sevWidth = Math.max(0, ...r.messages.map((m) => LABEL[m.severity].length));
    r.messages.forEach((m, i) => {
      const rule = m.ruleId ? `${m.ruleId} ${m.ruleName}` : '';
      const message = visibleControls(m.message.replace(/\s*\r?\n\s*/g, ' '));
      out.push(`  ${paint('dim', pos[i].padEnd(posWidth))}  ${paint(STYLE[m.severity], LABEL[m.severity].padEnd(sevWidth))}  ${message}${rule ? `  ${paint('dim', rule)}` : ''}`);
    });
    for (const f of r.fixed) out.push(`  ${paint('green', 'fixed')}  ${f.title || 'fix applied'}  ${paint('dim', `${f.ruleId} ${f.ruleName}`)}`);
    if (r.fixSkipped) out.push(`  ${paint('yellow', 'not fixed')}  ${visibleControls(r.fixSkipped)}`);
    out.push('');
  }
  const c = count(run.reports);
  const problems = c.errors + c.warnings + c.information;
  const fixedCount = run.reports.reduce((n, r) => n + r.fixed.length, 0);
  const checked = `${plural(run.documents, 'document')} checked`;
  if (problems === 0) {
    out.push(paint('green', `✔ ${checked}, no problems`) + (fixedCount ? `, ${plural(fixedCount, 'fix', 'fixes')} applied` : ''));
  } else {
    const style: Style = c.errors > 0 ? 'red' : c.warnings > 0 ? 'yellow' : 'cyan';
    out.push(paint(style, paint('bold', `✖ ${plural(problems, 'problem')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${c.information} information) in ${checked}`)));
    if (fixedCount) out.push(paint('green', `  ${plural(fixedCount, 'fix', 'fixes')} applied`));
    if (c.fixable && !run.fix) out.push(paint('dim', `  ${c.fixable} of them can be fixed with --fix`));
  }
  if (run.maxWarnings >= 0 && c.warnings > run.maxWarnings) {
    out.push(paint('red', `  too many warnings: ${c.warnings}, --max-warnings is ${run.maxWarnings}`));
  }
  return out.join('\n') + '\n';
}
