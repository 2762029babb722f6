// What one document costs to start: nothing that the run does not need. The first Intl object (or collation) of a
// process starts ICU, about 30 ms: a large part of linting one document as a pre-commit hook runs it. Times and dates
// are written with fixed digits, and rule ids sort by code unit, so a run on ordinary documents never starts it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { corpusDocument } from '../../../bench/corpus/index';
import { CLI, ROOT, ensureBuilt } from './helpers';

/** Preloaded into the CLI's process: counts Intl objects made and collations asked for, printed at exit. */
const COUNTER = `
const used = [];
for (const name of Object.getOwnPropertyNames(Intl)) {
  const C = Intl[name];
  if (typeof C !== 'function' || !/^[A-Z]/.test(name)) continue;
  Intl[name] = new Proxy(C, { construct(t, a, n) { used.push('Intl.' + name); return Reflect.construct(t, a, n); } });
}
for (const m of ['localeCompare', 'toLocaleLowerCase', 'toLocaleUpperCase']) {
  const f = String.prototype[m];
  String.prototype[m] = function (...a) { used.push(m); return f.apply(this, a); };
}
process.on('exit', () => process.stderr.write('ICU: ' + JSON.stringify([...new Set(used)]) + '\\n'));
`;

describe('postmortem-lint start-up', function () {
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-start-up-'));
    fs.writeFileSync(path.join(dir, 'count-icu.js'), COUNTER);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lints a document and reports its times without starting ICU (no Intl object, no collation)', function () {
    const doc = path.join(ROOT, 'examples/incidents/2026-11-22-card-payments/incident.md');
    // A clock before the incident: every timestamp is reported "in the future", with the time formatted in the message.
    const r = spawnSync(process.execPath, ['--require', path.join(dir, 'count-icu.js'), CLI, '--now', '2026-01-01T00:00:00Z', '--format', 'json', doc],
      { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { files: Array<{ messages: Array<{ message: string }> }> };
    const messages = report.files[0].messages.map((m) => m.message);
    assert.ok(messages.some((m) => /\d\d:\d\d UTC/.test(m)), `a message with a formatted time: ${messages.join('\n')}`);
    assert.match(r.stderr, /^ICU: \[\]$/m, r.stderr);
  });

  it('sorts two messages of one rule at one position without starting ICU', function () {
    // A bench corpus document with two timestamps findings on one time ("before the incident started", "earlier than
    // the entry before it"): their order is decided by the message text.
    const doc = path.join(dir, 'tie.md');
    fs.writeFileSync(doc, corpusDocument(280).text);
    const r = spawnSync(process.execPath, ['--require', path.join(dir, 'count-icu.js'), CLI, '--now', '2026-11-23T12:00:00Z', '--format', 'json', doc],
      { cwd: ROOT, encoding: 'utf8' });
    const messages = (JSON.parse(r.stdout) as { files: Array<{ messages: Array<{ line: number; column: number; severity: string; ruleId: string }> }> }).files[0].messages;
    const at = messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`);
    assert.ok(at.some((k, i) => at.indexOf(k) !== i), `two messages tie on position, severity and rule: ${at.join(', ')}`);
    assert.match(r.stderr, /^ICU: \[\]$/m, r.stderr);
  });
});
