import * as assert from 'assert';
import { ConfigHost, ConfigResolver } from '../../../src/core/config/discovery';
import { dirname, isInside, join, normalize, resolve } from '../../../src/core/config/paths';

/** An in-memory file host that counts reads. */
function host(files: Record<string, string>): ConfigHost & { reads: string[]; files: Record<string, string> } {
  const h = {
    files,
    reads: [] as string[],
    async readFile(path: string) {
      h.reads.push(path);
      return Object.prototype.hasOwnProperty.call(h.files, path) ? h.files[path] : undefined;
    },
  };
  return h;
}

describe('config: paths', () => {
  it('normalises, joins and resolves POSIX and drive paths', () => {
    assert.strictEqual(normalize('/a/./b//c/../d/'), '/a/b/d');
    assert.strictEqual(normalize('c:\\work\\x\\..\\y'), 'c:/work/y');
    assert.strictEqual(dirname('/ws/docs/inc.md'), '/ws/docs');
    assert.strictEqual(dirname('/inc.md'), '/');
    assert.strictEqual(dirname('/'), '/');
    assert.strictEqual(dirname('c:/x.md'), 'c:/');
    assert.strictEqual(join('/ws', 'a', '../b.yaml'), '/ws/b.yaml');
    assert.strictEqual(resolve('/ws/team', '../shared/base.yaml'), '/ws/shared/base.yaml');
    assert.strictEqual(resolve('/ws/team', '/etc/pm.yaml'), '/etc/pm.yaml');
    assert.ok(isInside('/ws/a/b', '/ws'));
    assert.ok(!isInside('/wsx/a', '/ws'));
  });
});

describe('config: discovery', () => {
  it('uses the nearest .postmortem.yaml walking up to the workspace root', async () => {
    const h = host({
      '/ws/.postmortem.yaml': 'timezone: UTC\nrules:\n  impact: error\n',
      '/ws/eu/.postmortem.yaml': 'timezone: Europe/Berlin\n',
    });
    const r = new ConfigResolver(h, { workspaceRoot: '/ws' });
    const deep = await r.resolve('/ws/eu/2026/inc.md');
    assert.strictEqual(deep.file, '/ws/eu/.postmortem.yaml');
    assert.strictEqual(deep.config.timezone, 'Europe/Berlin');
    // Nearest wins: the root file is not merged in (use extends for that).
    assert.deepStrictEqual(deep.config.rules, {});
    const top = await r.resolve('/ws/other/inc.md');
    assert.strictEqual(top.file, '/ws/.postmortem.yaml');
    assert.deepStrictEqual(top.config.rules, { impact: 'error' });
  });

  it('does not look above the workspace root', async () => {
    const h = host({ '/.postmortem.yaml': 'language: fr\n' });
    const r = new ConfigResolver(h, { workspaceRoot: '/ws' });
    const res = await r.resolve('/ws/a/inc.md');
    assert.strictEqual(res.file, undefined);
    assert.ok(!h.reads.includes('/.postmortem.yaml'), h.reads.join(', '));
  });

  it('merges defaults < editor settings < config file', async () => {
    const h = host({ '/ws/.postmortem.yaml': 'rules:\n  impact: error\ntimezone: Asia/Tokyo\n' });
    const r = new ConfigResolver(h, { workspaceRoot: '/ws' });
    const res = await r.resolve('/ws/inc.md', { rules: { impact: 'off', apology: 'information' }, timezone: 'UTC', language: 'de' });
    assert.deepStrictEqual(res.config, { rules: { impact: 'error', apology: 'information' }, timezone: 'Asia/Tokyo', language: 'de' });
    const none = await r.resolve('/elsewhere/inc.md', { rules: { PM002: 'off' } });
    assert.deepStrictEqual(none.config.rules, { impact: 'off' });
  });

  it('follows extends relative to the file; the extending file wins', async () => {
    const h = host({
      '/ws/shared/base.yaml': 'rules:\n  impact: error\n  publish-deadline: { hours: 48 }\ntimezone: UTC\ntemplates: tpl\n',
      '/ws/team/.postmortem.yaml': 'extends: ../shared/base.yaml\nrules:\n  publish-deadline: warning\n',
    });
    const r = new ConfigResolver(h, { workspaceRoot: '/ws' });
    const res = await r.resolve('/ws/team/inc.md');
    assert.deepStrictEqual(res.files, ['/ws/team/.postmortem.yaml', '/ws/shared/base.yaml']);
    assert.deepStrictEqual(res.config.rules, { impact: 'error', 'publish-deadline': { hours: 48, severity: 'warning' } });
    assert.strictEqual(res.config.timezone, 'UTC');
    assert.strictEqual(res.config.templates, '/ws/shared/tpl');
    assert.deepStrictEqual(res.problems, []);
  });

  it('detects an extends cycle and reports it at the extends value', async () => {
    const h = host({
      '/ws/.postmortem.yaml': 'extends: a.yaml\nrules:\n  impact: error\n',
      '/ws/a.yaml': 'extends: b.yaml\n',
      '/ws/b.yaml': 'language: fr\nextends: ./.postmortem.yaml\n',
    });
    const res = await new ConfigResolver(h, { workspaceRoot: '/ws' }).resolve('/ws/inc.md');
    assert.strictEqual(res.config.language, 'fr');
    assert.deepStrictEqual(res.config.rules, { impact: 'error' });
    assert.strictEqual(res.problems.length, 1);
    assert.strictEqual(res.problems[0].path, '/ws/b.yaml');
    assert.strictEqual(res.problems[0].problems[0].range.start.line, 1);
    assert.match(res.problems[0].problems[0].message, /cycle.*\/ws\/\.postmortem\.yaml → \/ws\/a\.yaml → \/ws\/b\.yaml → \/ws\/\.postmortem\.yaml/);
  });

  it('reports a self-extension and a missing extended file', async () => {
    const h = host({ '/ws/.postmortem.yaml': 'extends: [.postmortem.yaml, nope.yaml]\n' });
    const res = await new ConfigResolver(h, { workspaceRoot: '/ws' }).resolve('/ws/inc.md');
    const msgs = res.problems[0].problems.map((p) => p.message);
    assert.strictEqual(msgs.length, 2);
    assert.match(msgs[0], /cycle/);
    assert.match(msgs[1], /nope\.yaml/);
  });

  it('a broken file is reported at its line and the defaults apply', async () => {
    const h = host({ '/ws/.postmortem.yaml': 'rules:\n  impact: error\n  apology: [oops\n' });
    const res = await new ConfigResolver(h, { workspaceRoot: '/ws' }).resolve('/ws/inc.md', { timezone: 'UTC', rules: {} });
    assert.strictEqual(res.file, '/ws/.postmortem.yaml');
    assert.deepStrictEqual(res.config, { rules: {}, timezone: 'UTC' });
    assert.strictEqual(res.problems[0].path, '/ws/.postmortem.yaml');
    assert.ok(res.problems[0].problems[0].range.start.line >= 2);
  });

  it('caches reads per path until invalidated', async () => {
    const h = host({ '/ws/.postmortem.yaml': 'language: en\n' });
    const r = new ConfigResolver(h, { workspaceRoot: '/ws' });
    await r.resolve('/ws/a/inc.md');
    const first = h.reads.length;
    await r.resolve('/ws/a/inc.md');
    await r.resolve('/ws/a/other.md');
    assert.strictEqual(h.reads.length, first);
    h.files['/ws/.postmortem.yaml'] = 'language: fr\n';
    assert.strictEqual((await r.resolve('/ws/a/inc.md')).config.language, 'en');
    r.invalidate('/ws/.postmortem.yaml');
    assert.strictEqual((await r.resolve('/ws/a/inc.md')).config.language, 'fr');
    // A new nearer file is found after invalidation of its path.
    h.files['/ws/a/.postmortem.yaml'] = 'language: de\n';
    r.invalidate('/ws/a/.postmortem.yaml');
    assert.strictEqual((await r.resolve('/ws/a/inc.md')).config.language, 'de');
  });

  it('forgets the config files under a deleted folder, and nothing else', async () => {
    const h = host({ '/ws/.postmortem.yaml': 'language: en\n', '/ws/a/.postmortem.yaml': 'language: de\n' });
    const r = new ConfigResolver(h, { workspaceRoot: '/ws' });
    assert.strictEqual((await r.resolve('/ws/a/inc.md')).config.language, 'de');
    // The folder goes and comes back without its config (a branch switch): the workspace one applies again.
    delete h.files['/ws/a/.postmortem.yaml'];
    assert.strictEqual(r.invalidateUnder('/ws/ab'), false, 'a sibling whose name starts alike is not inside');
    assert.strictEqual(r.invalidateUnder('/ws/a/inc.md'), false, 'a deleted document holds no config');
    assert.strictEqual((await r.resolve('/ws/a/inc.md')).config.language, 'de', 'still cached');
    assert.strictEqual(r.invalidateUnder('/ws/a'), true);
    assert.strictEqual((await r.resolve('/ws/a/inc.md')).config.language, 'en');
    const reads = h.reads.length;
    await r.resolve('/ws/inc.md');
    assert.strictEqual(h.reads.length, reads, 'the workspace file stayed cached');
  });

  it('treats a failing host read as a missing file', async () => {
    const r = new ConfigResolver({ readFile: () => Promise.reject(new Error('EACCES')) }, { workspaceRoot: '/ws' });
    const res = await r.resolve('/ws/inc.md');
    assert.strictEqual(res.file, undefined);
  });

  it('says "chain longer than 16" for a long chain that is not a cycle', async () => {
    const files: Record<string, string> = { '/ws/.postmortem.yaml': 'extends: c1.yaml\n' };
    for (let i = 1; i <= 20; i++) files[`/ws/c${i}.yaml`] = `extends: c${i + 1}.yaml\n`;
    files['/ws/c21.yaml'] = 'language: fr\n';
    const res = await new ConfigResolver(host(files), { workspaceRoot: '/ws' }).resolve('/ws/inc.md');
    const messages = res.problems.flatMap((p) => p.problems.map((f) => f.message));
    assert.strictEqual(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /chain longer than 16/);
    assert.doesNotMatch(messages[0], /cycle/);
  });

  it('refuses extends and templates outside the workspace and says why; never reads the file', async () => {
    const h = host({
      '/ws/.postmortem.yaml': 'extends: [../secrets.yaml, /etc/app.yaml, ok.yaml]\ntemplates: ../../tpl\n',
      '/ws/ok.yaml': 'language: de\n',
      '/secrets.yaml': 'token: hunter2\n',
      '/etc/app.yaml': 'password: x\n',
    });
    const res = await new ConfigResolver(h, { workspaceRoot: '/ws' }).resolve('/ws/inc.md');
    assert.strictEqual(res.config.language, 'de');
    assert.strictEqual(res.config.templates, undefined);
    assert.ok(!h.reads.includes('/secrets.yaml') && !h.reads.includes('/etc/app.yaml'), h.reads.join(', '));
    const messages = res.problems.flatMap((p) => p.problems.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.message}`));
    assert.strictEqual(messages.length, 3, messages.join('\n'));
    assert.match(messages[0], /^0:10 "extends" names "\.\.\/secrets\.yaml", outside \/ws: only files inside/);
    assert.match(messages[1], /^0:27 "extends" names "\/etc\/app\.yaml", outside \/ws/);
    assert.match(messages[2], /^1:11 "templates" names "\.\.\/\.\.\/tpl", outside \/ws/);
    assert.ok(!messages.some((m) => /token|password/.test(m)), 'no key of a file outside is echoed');
    // a folder whose name starts with two dots is inside
    const inside = await new ConfigResolver(host({ '/ws/.postmortem.yaml': 'extends: ..shared/base.yaml\n', '/ws/..shared/base.yaml': 'language: fr\n' }), { workspaceRoot: '/ws' }).resolve('/ws/inc.md');
    assert.deepStrictEqual([inside.config.language, inside.problems], ['fr', []]);
  });

  it('limits paths to an explicit boundary when there is no workspace root (the CLI\'s repository)', async () => {
    const h = host({ '/repo/a/.postmortem.yaml': 'extends: ../../out.yaml\n', '/out.yaml': 'language: fr\n' });
    const res = await new ConfigResolver(h, { boundary: '/repo' }).resolve('/repo/a/inc.md');
    assert.strictEqual(res.config.language, undefined);
    assert.match(res.problems[0].problems[0].message, /outside \/repo/);
  });
});
