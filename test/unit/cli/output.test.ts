// Every output format, run as a process on a fixture tree, checked against the core called in-process.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../../src/core/index';
import { escapeData, escapeProperty } from '../../../src/cli/format/github';
import type { JsonReport } from './helpers';
import { NOW, assertValidSarif, copyFixture, removeDir, runCli, runJson } from './helpers';
import { editorFindings } from './truth';

describe('postmortem-lint output', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  let dir: string;
  let json: JsonReport;

  before(function () {
    dir = copyFixture('tree');
    // Must be skipped: dependencies and git internals (created here: .gitignore keeps node_modules out of the repo).
    fs.mkdirSync(path.join(dir, 'node_modules/some-package'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'drafts/draft.md'), path.join(dir, 'node_modules/some-package/incident.md'));
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'drafts/draft.md'), path.join(dir, '.git/incident.md'));
    // A name that needs escaping in workflow commands and URIs.
    fs.copyFileSync(path.join(dir, 'drafts/draft.md'), path.join(dir, 'drafts/odd, name%.md'));
    json = runJson(['--now', NOW], dir).report;
  });
  after(() => removeDir(dir));

  it('json: finds exactly the postmortem documents, skipping node_modules, .git and other markdown', function () {
    assert.deepStrictEqual(json.files.map((f) => f.path), [
      'broken/incident.md',
      'drafts/draft.md',
      'drafts/odd, name%.md',
      'incidents/2026-11-22-payments/incident.md',
      'incidents/2026-11-22-payments/rcca.md',
      'suppressed/incident.md',
    ]);
    assert.strictEqual(json.documents, 6);
    assert.strictEqual(json.tool.name, 'postmortem-lint');
    assert.strictEqual(json.now, '2026-11-23T12:00:00.000Z');
  });

  it('json: every file has the findings the editor shows (same core calls, same configuration)', async function () {
    for (const f of json.files) {
      const expected = await editorFindings(path.join(dir, f.path), NOW);
      const actual = f.messages.map((m) => ({
        ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
      }));
      assert.deepStrictEqual(actual, expected, f.path);
      assert.strictEqual(f.errorCount, f.messages.filter((m) => m.severity === 'error').length);
      assert.strictEqual(f.warningCount, f.messages.filter((m) => m.severity === 'warning').length);
    }
    assert.strictEqual(json.errorCount, json.files.reduce((n, f) => n + f.errorCount, 0));
  });

  it('json: inline directives and broken front matter behave as in the editor', function () {
    const byPath = new Map(json.files.map((f) => [f.path, f]));
    const missing = byPath.get('incidents/2026-11-22-payments/incident.md')!;
    const pm002 = missing.messages.find((m) => m.ruleId === 'PM002');
    assert.ok(pm002, 'the document without an Impact section has PM002');
    assert.strictEqual(pm002.fixable, true);
    assert.match(pm002.docsUrl!, /docs\/rules\/impact\.md$/);
    assert.ok(!byPath.get('suppressed/incident.md')!.messages.some((m) => m.ruleId === 'PM002'), 'postmortem-disable-file impact');
    const broken = byPath.get('broken/incident.md')!;
    assert.ok(broken.messages.some((m) => m.ruleId === 'PM024' && m.severity === 'error'), JSON.stringify(broken.messages));
  });

  it('stylish: grouped by file, line:col severity message rule, a summary, no colour when piped', function () {
    const r = runCli(['--now', NOW], { cwd: dir });
    assert.ok(!r.stdout.includes('\u001b['), 'no ANSI codes when stdout is not a terminal');
    const blocks = r.stdout.trimEnd().split('\n\n');
    const files = json.files.filter((f) => f.messages.length > 0);
    assert.strictEqual(blocks.length, files.length + 1, r.stdout);
    files.forEach((f, i) => {
      const lines = blocks[i].split('\n');
      assert.strictEqual(lines[0], f.path);
      f.messages.forEach((m, k) => {
        const label = m.severity === 'information' ? 'info' : m.severity;
        assert.match(lines[k + 1], new RegExp(`^  ${m.line}:${m.column} +${label} +.+  ${m.ruleId} ${m.ruleName}$`));
        assert.ok(lines[k + 1].includes(m.message.replace(/\s*\n\s*/g, ' ')));
      });
    });
    const problems = json.errorCount + json.warningCount + json.informationCount;
    assert.match(blocks[blocks.length - 1], new RegExp(`^✖ ${problems} problems \\(${json.errorCount} errors?, ${json.warningCount} warnings?, ${json.informationCount} information\\) in 6 documents checked`));
  });

  it('stylish: --color forces colour, NO_COLOR is honoured otherwise', function () {
    const forced = runCli(['--now', NOW, '--color', 'incidents'], { cwd: dir, env: { NO_COLOR: '1' } });
    assert.ok(forced.stdout.includes('\u001b[31m') || forced.stdout.includes('\u001b[33m'), forced.stdout);
    const plain = runCli(['--now', NOW, '--no-color', 'incidents'], { cwd: dir });
    assert.ok(!plain.stdout.includes('\u001b['));
  });

  it('github: one workflow command per finding, properties and data escaped', function () {
    const r = runCli(['--now', NOW, '--format', 'github'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\n').filter((l) => l.startsWith('::'));
    const messages = json.files.flatMap((f) => f.messages.map((m) => ({ f, m })));
    assert.strictEqual(lines.length, messages.length);
    messages.forEach(({ f, m }, i) => {
      const command = { error: 'error', warning: 'warning', information: 'notice' }[m.severity];
      assert.strictEqual(lines[i],
        `::${command} file=${escapeProperty(f.path)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},` +
        `title=${m.ruleId} ${m.ruleName}::${escapeData(m.message)}`);
    });
    assert.ok(r.stdout.includes('file=drafts/odd%2C name%25.md,'), 'comma and percent escaped in a property');
    assert.ok(!lines.some((l) => /\r|\n/.test(l)));
  });

  it('github: escaping follows the runner rules', function () {
    assert.strictEqual(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.strictEqual(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('sarif: valid against the SARIF 2.1.0 schema, with rules, levels and 1-based regions', function () {
    const r = runCli(['--now', NOW, '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    assertValidSarif(log);
    // the schema check can fail: a result without a message, a level SARIF does not know
    const broken = JSON.parse(r.stdout);
    broken.runs[0].results.push({ ruleId: 'PM001', level: 'fatal', locations: [] });
    assert.throws(() => assertValidSarif(broken), /message|level/);

    assert.strictEqual(log.version, '2.1.0');
    const driver = log.runs[0].tool.driver;
    assert.strictEqual(driver.name, 'postmortem-lint');
    for (const rule of allRules) {
      const d = driver.rules.find((x: { id: string }) => x.id === rule.id);
      assert.ok(d, rule.id);
      assert.strictEqual(d.name, rule.name);
      assert.strictEqual(d.shortDescription.text, rule.description);
      assert.strictEqual(d.helpUri, `https://github.com/postmortem-author/postmortem-author/blob/main/docs/rules/${rule.name}.md`);
      assert.strictEqual(d.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note' }[rule.defaultSeverity]);
    }
    const expected = json.files.flatMap((f) => f.messages.filter((m) => m.ruleId).map((m) => ({
      ruleId: m.ruleId,
      level: { error: 'error', warning: 'warning', information: 'note' }[m.severity],
      text: m.message,
      uri: f.path.split('/').map(encodeURIComponent).join('/'),
      region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
    })));
    const actual = log.runs[0].results.map((res: any) => ({
      ruleId: res.ruleId,
      level: res.level,
      text: res.message.text,
      uri: res.locations[0].physicalLocation.artifactLocation.uri,
      region: res.locations[0].physicalLocation.region,
    }));
    assert.deepStrictEqual(actual, expected);
    for (const res of log.runs[0].results) assert.strictEqual(driver.rules[res.ruleIndex].id, res.ruleId);
    assert.ok(actual.some((a: { uri: string }) => a.uri === 'drafts/odd%2C%20name%25.md'), 'URI-encoded relative path');
  });

  it('--output writes the report to a file and nothing to stdout', function () {
    const r = runCli(['--now', NOW, '--format', 'json', '--output', 'out/report.json'], { cwd: dir });
    assert.strictEqual(r.stdout, '');
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8')) as JsonReport;
    assert.deepStrictEqual(written, json);
  });

  it('--quiet reports errors only', function () {
    const quiet = runJson(['--now', NOW, '--quiet'], dir).report;
    const all = quiet.files.flatMap((f) => f.messages);
    assert.ok(all.length > 0);
    assert.ok(all.every((m) => m.severity === 'error'));
    assert.strictEqual(all.length, json.files.flatMap((f) => f.messages).filter((m) => m.severity === 'error').length);
  });
});
