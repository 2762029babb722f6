// The real-document evaluation's scoring, on three tiny documents of our own (fixtures/) and on hand-made outcomes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isHeldOut, parseLabels } from '../../../scripts/real-docs/labels';
import { evaluate } from '../../../scripts/real-docs/evaluate';
import { formatReport } from '../../../scripts/real-docs/report';
import { precision, recall, score } from '../../../scripts/real-docs/score';

const FIXTURES = path.join(__dirname, 'fixtures');
const labels = () => parseLabels(fs.readFileSync(path.join(FIXTURES, 'labels.yaml'), 'utf8'));

describe('real-document evaluation', () => {
  it('counts a document once per rule: fired and labelled, fired only, labelled only', () => {
    const outcomes = [
      { file: 'a.md', lang: 'en', expected: new Set(['PM001', 'PM007']), found: new Map([['PM001', ['x', 'y']]]) },
      { file: 'b.md', lang: 'fr', expected: new Set<string>(), found: new Map([['PM007', ['blame']]]) },
      { file: 'c.md', lang: 'de', expected: new Set(['PM001']), found: new Map([['PM001', ['z']], ['PM099', ['other']]]) },
    ];
    const s = score(outcomes, ['PM001', 'PM007', 'PM022']);
    assert.deepStrictEqual(s.perRule.get('PM001'), { tp: 2, fp: 0, fn: 0 });
    assert.deepStrictEqual(s.perRule.get('PM007'), { tp: 0, fp: 1, fn: 1 });
    assert.deepStrictEqual(s.perRule.get('PM022'), { tp: 0, fp: 0, fn: 0 });
    assert.deepStrictEqual(s.overall, { tp: 2, fp: 1, fn: 1 });
    assert.strictEqual(precision(s.overall), 2 / 3);
    assert.strictEqual(recall(s.overall), 2 / 3);
    assert.strictEqual(precision(s.perRule.get('PM022')!), undefined, 'no finding and no label: no figure, not 1.0');
    assert.deepStrictEqual(s.disagreements.map((d) => `${d.kind} ${d.rule} ${d.file} ${d.message ?? ''}`.trim()),
      ['FN PM007 a.md', 'FP PM007 b.md blame']);
  });

  it('lints the chosen set at each document\'s own time and scores it against the labels', () => {
    const tune = evaluate(FIXTURES, labels(), ['tune']);
    assert.strictEqual(tune.documents, 2);
    assert.deepStrictEqual(tune.ruleErrors, []);
    assert.deepStrictEqual(tune.perRule.get('PM001'), { tp: 0, fp: 1, fn: 1 });
    assert.deepStrictEqual(tune.disagreements.map((d) => `${d.kind} ${d.file}`), ['FN en/sorry.md', 'FP en/no-apology-a.md']);

    const all = evaluate(FIXTURES, labels(), 'all');
    assert.deepStrictEqual(all.perRule.get('PM001'), { tp: 1, fp: 1, fn: 1 });
    assert.strictEqual(evaluate(FIXTURES, labels(), ['held-out']).documents, 1);
    assert.strictEqual(evaluate(FIXTURES, labels(), ['tune', 'held-out']).documents, 3, 'a list of sets measures them together');
    assert.throws(() => evaluate(FIXTURES, labels(), ['tune2']), /no labelled document is in set tune2/);
  });

  it('rejects a labels file with a mistake, naming the document', () => {
    const good = fs.readFileSync(path.join(FIXTURES, 'labels.yaml'), 'utf8');
    assert.throws(() => parseLabels(good.replace('fire: []', 'fire: [PM007]')), /no-apology-a\.md.*PM007/);
    assert.throws(() => parseLabels(good.replace('set: held-out', 'set: Held out')), /no-apology-b\.md.*set name/);
    assert.strictEqual(parseLabels(good.replace('set: held-out', 'set: held-out-2')).documents.filter((d) => isHeldOut(d.set)).length, 1);
    assert.throws(() => parseLabels(good.replace('now: 2026-05-04T10:10:00Z', 'now: soon')), /sorry\.md.*"now"/);
    assert.throws(() => parseLabels('rules: []\ndocuments: []'), /rules/);
  });

  it('refuses to score when a labelled document is missing from the folder', () => {
    assert.throws(() => evaluate(path.join(FIXTURES, 'en'), labels(), ['tune']), /2 labelled document\(s\) not found/);
  });

  it('with skipMissing, scores the documents present and names the ones left out', () => {
    const whole = evaluate(FIXTURES, labels(), ['tune']);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-real-'));
    fs.mkdirSync(path.join(folder, 'en'));
    fs.copyFileSync(path.join(FIXTURES, 'en', 'sorry.md'), path.join(folder, 'en', 'sorry.md'));
    const part = evaluate(folder, labels(), ['tune'], true);
    fs.rmSync(folder, { recursive: true });
    assert.strictEqual(part.documents, 1);
    assert.strictEqual(part.leftOut.length, 1);
    assert.strictEqual(part.documents + part.leftOut.length, whole.documents);
    assert.deepStrictEqual(whole.leftOut, []);
    assert.match(formatReport(part, 'set tune', false), /1 labelled document\(s\) not found and left out: en\/no-apology-a\.md/);
  });
});
