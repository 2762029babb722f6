// Prints an evaluation: a per-rule table (document-level TP/FP/FN, precision, recall), the overall figures and, when
// asked, the disagreements grouped by rule.
import { findRule } from '../../src/core/rules/index';
import type { Evaluation } from './evaluate';
import { precision, recall } from './score';
import type { Counts } from './score';

const fmt = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(2));

function row(label: string, c: Counts): string {
  return `| ${label} | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(precision(c))} | ${fmt(recall(c))} |`;
}

export function formatReport(ev: Evaluation, title: string, withDisagreements: boolean): string {
  const leftOut = ev.leftOut.length ? ` (${ev.leftOut.length} labelled document(s) not found and left out: ${ev.leftOut.join(', ')})` : '';
  const out = [`## ${title}: ${ev.documents} documents${leftOut}`, '', '| rule | TP | FP | FN | precision | recall |', '|---|---|---|---|---|---|'];
  for (const [rule, counts] of ev.perRule) out.push(row(`${rule} ${findRule(rule)?.name ?? '?'}`, counts));
  out.push(row('**all rules**', ev.overall));
  if (ev.ruleErrors.length) out.push('', '### Rules that threw', ...ev.ruleErrors.map((e) => `- ${e}`));
  if (withDisagreements) {
    out.push('', `### Disagreements (${ev.disagreements.length})`);
    for (const d of ev.disagreements) {
      out.push(`- ${d.kind} ${d.rule} ${d.file}${d.message ? ` — ${d.message.replace(/\s+/g, ' ').slice(0, 140)}` : ''}`);
    }
  }
  return out.join('\n');
}
