// The CLI checks documents without front matter that .postmortem.yaml maps to a kind, and no other Markdown.
import * as assert from 'assert';
import * as path from 'path';
import { FIXTURES, NOW, runJson } from './helpers';
import { editorFindings } from './truth';

describe('postmortem-lint: documents mapped by .postmortem.yaml', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  it('checks a mapped document without front matter as the editor does, and skips unmapped Markdown', async function () {
    const dir = path.join(FIXTURES, 'mapped');
    const { report } = runJson(['--now', NOW], dir);
    const paths = report.files.map((f) => f.path);
    assert.deepStrictEqual(paths, ['postmortems/2024/mail-relay.md']);
    const messages = report.files[0].messages;
    assert.ok(messages.some((m) => m.ruleId === 'PM020'), 'auto: a report by its headings, which never says why');
    assert.ok(!messages.some((m) => m.ruleId === 'PM024' || m.ruleId === 'PM002'), 'no front matter findings; impact in the opening');
    const expected = await editorFindings(path.join(dir, paths[0]), NOW);
    assert.deepStrictEqual(messages.map((m) => [m.ruleId, m.line, m.message]), expected.map((e) => [e.ruleId, e.line, e.message]));
  });
});
