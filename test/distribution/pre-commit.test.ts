// The pre-commit hook, installed by pre-commit itself (`pre-commit try-repo` on this repository, uncommitted changes
// included: npm install, npm pack, npm install -g of the tarball, in a fresh temporary store each time, about 3
// minutes, hence one run) and run on a temporary git repository's staged files. The hook is the README block's.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { MANIFEST, ROOT, readmeBlock, removeDir, sampleRepository, tempDir } from './helpers';

interface HookConfig { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> }

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'ignore' });
}

describe('pre-commit hook', function () {
  this.timeout(600_000);
  let repo: string;
  let home: string;
  let hookId: string;

  before(function () {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    assert.ok(!version.error, 'pre-commit is not installed: bash scripts/setup.sh installs it (Debian package pre-commit)');
    repo = sampleRepository('pre-commit');
    home = tempDir('pre-commit-home');
    git(repo, 'init', '-q');
  });
  after(() => { removeDir(repo); removeDir(home); });

  it('the README block names this repository, this version and a hook of .pre-commit-hooks.yaml', () => {
    const config = parse(readmeBlock('pre-commit')) as HookConfig;
    assert.strictEqual(config.repos.length, 1);
    const [entry] = config.repos;
    assert.strictEqual(entry.repo, MANIFEST.repository.url.replace(/\.git$/, ''));
    assert.strictEqual(entry.rev, `v${MANIFEST.version}`);
    const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; language: string }>;
    assert.strictEqual(entry.hooks.length, 1);
    hookId = entry.hooks[0].id;
    const hook = hooks.find((h) => h.id === hookId);
    assert.ok(hook, `hook ${hookId}`);
    assert.strictEqual(hook.language, 'node');
  });

  function tryRepo() {
    const env = { ...process.env, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never', NO_COLOR: '1' };
    return spawnSync('pre-commit', ['try-repo', ROOT, hookId], { cwd: repo, env, encoding: 'utf8', timeout: 540_000 });
  }

  it('lints the staged postmortem documents only, and fails the commit on errors', () => {
    assert.ok(hookId, 'the README block test ran first');
    git(repo, 'add', 'postmortems/broken/incident.md', 'incidents/2026-11-22-payments/incident.md', 'notes');
    const r = tryRepo();
    const out = r.stdout + r.stderr;
    assert.strictEqual(r.status, 1, out);
    assert.match(out, /postmortem-lint\.+Failed/);
    assert.match(out, /postmortems\/broken\/incident\.md\n\s+4:8\s+error\s+The front matter is not valid YAML.*PM024 front-matter/);
    assert.match(out, /incidents\/2026-11-22-payments\/incident\.md\n\s+16:1\s+warning\s+.*PM002 impact/);
    // Unstaged documents are not linted; staged markdown without `kind` is skipped by the CLI.
    assert.doesNotMatch(out, /draft|suppressed|rcca\.md|notes\//);
  });

});
