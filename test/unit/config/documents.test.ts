// `documents` in .postmortem.yaml: documents without front matter get the kind their path is mapped to.
import * as assert from 'assert';
import { ConfigResolver, lint, parseConfig, parseDocument, type Config } from '../../../src/core/index';
import { mappedKind, postmortemKind } from '../../../src/core/model/mapped-kind';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const REPORT = '# Mail relay stopped\n\nOn 3 March customers could not receive e-mail.\n\n## Corrective actions\n\n- [ ] Alert on disk usage — owner: @sam — due: 2024-03-20\n';
const STATUS = '# Mail delays\n\n## Updates\n\n### 2024-03-03 09:10 UTC — Investigating\nSome customers cannot receive e-mail.\n';

async function configAt(files: Record<string, string>, doc: string): Promise<Config> {
  const resolver = new ConfigResolver({ readFile: async (p) => files[p] }, { workspaceRoot: '/repo' });
  return (await resolver.resolve(doc)).config;
}

describe('config: documents (documents without front matter)', () => {
  it('reads a map of globs to kinds and reports bad entries at their place', () => {
    const ok = parseConfig('documents:\n  "postmortems/**/*.md": rcca\n  "status/*.md": Incident\n');
    assert.deepStrictEqual(ok.problems, []);
    assert.deepStrictEqual(ok.config.documents, { 'postmortems/**/*.md': 'rcca', 'status/*.md': 'incident' });
    const bad = parseConfig('documents:\n  "a/*.md": report\n  "b/*.md": auto\n');
    assert.deepStrictEqual(bad.config.documents, { 'b/*.md': 'auto' });
    assert.strictEqual(bad.problems.length, 1);
    assert.match(bad.problems[0].message, /"report" is not a kind/);
    assert.strictEqual(bad.problems[0].range.start.line, 1);
    const list = parseConfig('documents: [a, b]\n', { lang: 'de' });
    assert.strictEqual(list.config.documents, undefined);
    assert.match(list.problems[0].message, /muss Pfadmuster/);
  });

  it('resolves patterns against the folder of the file that names them; a nearer file adds its own', async () => {
    const files = {
      '/repo/.postmortem.yaml': 'documents:\n  "postmortems/**/*.md": rcca\n',
      '/repo/team/.postmortem.yaml': 'extends: ../.postmortem.yaml\ndocuments:\n  "*.md": incident\n',
    };
    const config = await configAt(files, '/repo/team/x.md');
    assert.deepStrictEqual(config.documents, { '/repo/postmortems/**/*.md': 'rcca', '/repo/team/*.md': 'incident' });
    assert.strictEqual(mappedKind('/repo/postmortems/2024/a.md', config), 'rcca');
    assert.strictEqual(mappedKind('file:///repo/team/x.md', config), 'incident');
    assert.strictEqual(mappedKind('/repo/other/x.md', config), undefined);
    assert.strictEqual(postmortemKind('# Notes\n', '/repo/other/x.md', config), undefined);
    assert.strictEqual(postmortemKind('# Notes\n', '/repo/team/y.md', config), 'incident');
    assert.strictEqual(postmortemKind('---\nkind: rcca\n---\n', '/repo/other/x.md', config), 'declared');
  });

  it('lints a mapped document without front matter, and no other', () => {
    const config: Config = { rules: {}, documents: { '/repo/postmortems/**/*.md': 'rcca' } };
    const mapped = lint(REPORT, { uri: '/repo/postmortems/a.md', config, now: NOW });
    assert.strictEqual(mapped.document.kind, 'rcca');
    const ids = mapped.findings.map((f) => f.ruleId);
    assert.ok(ids.includes('PM020'), 'the report never says why');
    assert.ok(!ids.includes('PM024'), 'no front matter findings for a document without front matter');
    const other = lint(REPORT, { uri: '/repo/notes/a.md', config, now: NOW });
    assert.strictEqual(other.document.kind, undefined);
    assert.deepStrictEqual(other.findings, []);
  });

  it('auto: a report by its headings (cause or actions, no updates), else an incident', () => {
    const config: Config = { rules: {}, documents: { '/r/**': 'auto' } };
    assert.strictEqual(parseDocument(REPORT, { uri: '/r/a.md', config }).kind, 'rcca');
    assert.strictEqual(parseDocument(STATUS, { uri: '/r/b.md', config }).kind, 'incident');
  });

  it('a front matter of its own kind wins; a team front matter without kind needs no id, its values are still checked', () => {
    const config: Config = { rules: {}, documents: { '/r/**': 'rcca' } };
    assert.strictEqual(parseDocument(`---\nkind: incident\n---\n${STATUS}`, { uri: '/r/a.md', config }).kind, 'incident');
    const team = lint(`---\ntitle: Mail relay\ndate: 2024-03-04\n---\n${REPORT}`, { uri: '/r/a.md', config, now: NOW });
    assert.deepStrictEqual(team.findings.filter((f) => f.ruleId === 'PM024'), []);
    const bad = lint(`---\nseverity: huge\n---\n${REPORT}`, { uri: '/r/a.md', config, now: NOW });
    assert.deepStrictEqual(bad.findings.filter((f) => f.ruleId === 'PM024').map((f) => f.message.slice(0, 30)), ['"huge" is not a valid severity']);
  });
});
