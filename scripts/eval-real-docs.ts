// Measures the rules on real incident communications written by others (kept outside the repository) against
// blind labels. Usage:
//   npm run eval:real -- <folder> <labels.yaml> [--set tune|held-out|all] [--show-held-out-disagreements]
// Prints per-rule document-level TP/FP/FN, precision and recall, the overall figures, and the disagreements — except
// for the held-out set, whose disagreements stay hidden unless asked for: the rules are tuned on the tune set only.
import * as fs from 'fs';
import { parseLabels } from './real-docs/labels';
import { evaluate } from './real-docs/evaluate';
import type { SetChoice } from './real-docs/evaluate';
import { formatReport } from './real-docs/report';

const USAGE = 'usage: npm run eval:real -- <folder> <labels.yaml> [--set tune|held-out|all] [--show-held-out-disagreements]';

function main(argv: string[]): number {
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--set');
  const setIndex = argv.indexOf('--set');
  const set = (setIndex >= 0 ? argv[setIndex + 1] : 'tune') as SetChoice;
  if (positional.length !== 2 || !['tune', 'held-out', 'all'].includes(set)) {
    console.error(USAGE);
    return 2;
  }
  const [folder, labelsFile] = positional;
  if (!fs.existsSync(folder) || !fs.existsSync(labelsFile)) {
    console.error(`not found: ${!fs.existsSync(folder) ? folder : labelsFile}\n${USAGE}`);
    return 2;
  }
  const labels = parseLabels(fs.readFileSync(labelsFile, 'utf8'), labelsFile);
  const evaluation = evaluate(folder, labels, set);
  const showDisagreements = set === 'tune' || argv.includes('--show-held-out-disagreements');
  console.log(formatReport(evaluation, `set ${set}`, showDisagreements));
  if (!showDisagreements) console.log('\n(held-out disagreements hidden: tune the rules on the tune set only)');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
