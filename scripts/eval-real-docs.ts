// Measures the rules on real incident communications written by others (kept outside the repository) against
// blind labels. Usage:
//   npm run eval:real -- <folder> <labels.yaml> [--set all|<set>[,<set>…]] [--show-held-out-disagreements] [--skip-missing]
// Prints per-rule document-level TP/FP/FN, precision and recall, the overall figures, and the disagreements — except
// when a held-out set (a name starting with "held-out") is measured: its disagreements stay hidden unless asked for,
// because the rules are tuned on the tune sets only.
import * as fs from 'fs';
import { parseLabels } from './real-docs/labels';
import { evaluate } from './real-docs/evaluate';
import type { SetChoice } from './real-docs/evaluate';
import { isHeldOut } from './real-docs/labels';
import { formatReport } from './real-docs/report';

const USAGE = 'usage: npm run eval:real -- <folder> <labels.yaml> [--set all|<set>[,<set>…]] [--show-held-out-disagreements] [--skip-missing]';

function main(argv: string[]): number {
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--set');
  const setIndex = argv.indexOf('--set');
  const setArgument = setIndex >= 0 ? argv[setIndex + 1] ?? '' : 'tune';
  const set: SetChoice = setArgument === 'all' ? 'all' : setArgument.split(',').filter(Boolean);
  if (positional.length !== 2 || set.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const [folder, labelsFile] = positional;
  if (!fs.existsSync(folder) || !fs.existsSync(labelsFile)) {
    console.error(`not found: ${!fs.existsSync(folder) ? folder : labelsFile}\n${USAGE}`);
    return 2;
  }
  const labels = parseLabels(fs.readFileSync(labelsFile, 'utf8'), labelsFile);
  const evaluation = evaluate(folder, labels, set, argv.includes('--skip-missing'));
  const measured = set === 'all' ? [...new Set(labels.documents.map((d) => d.set))] : set;
  const showDisagreements = !measured.some(isHeldOut) || argv.includes('--show-held-out-disagreements');
  console.log(formatReport(evaluation, `set ${measured.join(', ')}`, showDisagreements));
  if (!showDisagreements) console.log('\n(held-out disagreements hidden: tune the rules on the tune set only)');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
