// The chart, byte for byte: every incident of the fixture workspace drawn through the real parser, compared with
// the SVG files under test/fixtures/charts. A change to the drawing code that changes a chart fails here; when the
// change is meant, rewrite the files with UPDATE_CHARTS=1 npx mocha test/unit/timeline/svg-golden.test.ts and
// review their diff.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../src/core/model/parse';
import { postmortemKind } from '../../../src/core/model/mapped-kind';
import { buildTree, renderTimelineSvg, summarize, svgDocument } from '../../../src/core/timeline';

const workspace = path.join(__dirname, '../../fixtures/workspaces/timeline');
const examples = path.join(__dirname, '../../../examples/incidents/2026-11-22-card-payments');
const charts = path.join(__dirname, '../../fixtures/charts');

function tree(now: number) {
  const files = [workspace, examples].flatMap((dir) => fs.readdirSync(dir).sort().map((f) => path.join(dir, f)));
  const summaries = files.flatMap((f) => {
    const text = fs.readFileSync(f, 'utf8');
    if (!postmortemKind(text, f, undefined)) return [];
    const summary = summarize(parseDocument(text, { uri: f }), path.basename(f));
    return summary ? [summary] : [];
  });
  return buildTree(summaries, now);
}

describe('timeline chart, byte for byte (fixture workspace)', () => {
  // While the login incident is ongoing, and days later once every report window has passed.
  for (const [label, iso] of [['ongoing', '2026-11-23T00:30:00Z'], ['later', '2026-11-30T12:00:00Z']]) {
    const now = Date.parse(iso);
    for (const node of tree(now)) {
      const name = `${path.basename(node.summary.uri, '.md')}-${label}.svg`;
      it(name, () => {
        const svg = svgDocument(renderTimelineSvg(node, { now }));
        const file = path.join(charts, name);
        if (process.env.UPDATE_CHARTS) fs.writeFileSync(file, svg);
        assert.ok(fs.existsSync(file), `${name} has no reference chart (UPDATE_CHARTS=1 writes it)`);
        const expected = fs.readFileSync(file, 'utf8');
        if (svg !== expected) {
          let at = 0;
          while (svg[at] === expected[at]) at++;
          assert.fail(`${name} differs from offset ${at}: drawn "${svg.slice(at, at + 80)}", expected "${expected.slice(at, at + 80)}"`);
        }
      });
    }
  }
});
