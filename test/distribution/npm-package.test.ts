// The npm package `postmortem-lint`: packed by `npm run package:cli`, installed from its tarball into a fresh
// project with no registry, and run there with the README's commands: the same report as the repository's CLI.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { builtinModules } from 'module';
import * as fs from 'fs';
import * as path from 'path';
import { MANIFEST, cliTarball, readmeBlock, removeDir, runCli, sampleRepository } from './helpers';

const NOW = '2026-11-23T12:00:00Z';

describe('npm package postmortem-lint', () => {
  it('holds the bundle, its README, its license and a manifest without dependencies', () => {
    const files = execFileSync('tar', ['tzf', cliTarball()], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepStrictEqual(files, ['package/LICENSE', 'package/README.md', 'package/package.json', 'package/postmortem-lint.js']);
    const manifest = JSON.parse(execFileSync('tar', ['xzOf', cliTarball(), 'package/package.json'], { encoding: 'utf8' }));
    assert.strictEqual(manifest.name, 'postmortem-lint');
    assert.strictEqual(manifest.version, MANIFEST.version);
    assert.deepStrictEqual(manifest.engines, { node: '>=20' });
    assert.deepStrictEqual(manifest.bin, { 'postmortem-lint': 'postmortem-lint.js' });
    for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies']) assert.strictEqual(manifest[key], undefined, key);
    const readme = execFileSync('tar', ['xzOf', cliTarball(), 'package/README.md'], { encoding: 'utf8' });
    for (const heading of ['## Usage', '## Formats', '## Exit codes', '## Configuration']) assert.ok(readme.includes(heading), heading);
  });

  it('requires nothing but Node builtins at run time', () => {
    const bundle = execFileSync('tar', ['xzOf', cliTarball(), 'package/postmortem-lint.js'], { encoding: 'utf8' });
    assert.ok(bundle.startsWith('#!/usr/bin/env node\n'));
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    assert.ok(required.size > 0, 'the bundle requires Node builtins (fs, path…): the pattern must see them');
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    assert.deepStrictEqual([...required].filter((r) => !builtins.has(r)), []);
  });

  it('installs offline from the tarball and reports what the repository CLI reports (README commands)', function () {
    this.timeout(180_000);
    const project = sampleRepository('npm-project');
    try {
      fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'team-incidents', private: true }, null, 2));
      const commands = readmeBlock('npm').trim().split('\n');
      assert.strictEqual(commands.length, 2);
      // The package is not on the registry from here: the README's install line gets the tarball, offline.
      assert.strictEqual(commands[0], 'npm install --save-dev postmortem-lint');
      const install = commands[0].replace(/postmortem-lint$/, `--offline --no-audit --no-fund ${cliTarball()}`);
      execFileSync('bash', ['-c', install], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
      assert.ok(fs.existsSync(path.join(project, 'node_modules/.bin/postmortem-lint')));
      // The lint line as written, with a fixed clock so both runs see the same deadlines.
      assert.match(commands[1], /^npx postmortem-lint /);
      const lint = `${commands[1]} --now ${NOW}`;
      const installed = spawnSync('bash', ['-c', lint], { cwd: project, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
      const own = runCli([...lint.split(' ').slice(2)], { cwd: project });
      assert.strictEqual(installed.stderr, own.stderr);
      assert.strictEqual(installed.stdout, own.stdout);
      assert.strictEqual(installed.status, own.code);
      assert.strictEqual(installed.status, 1, 'the sample has errors');
      assert.match(installed.stdout, /::error file=postmortems\/broken\/incident\.md,/);
      assert.ok(installed.stdout.includes('file=incidents/draft%2C 50%25%3A review.md,'), 'escaped file name');
      const version = spawnSync('bash', ['-c', 'npx postmortem-lint --version'], { cwd: project, encoding: 'utf8' });
      assert.strictEqual(version.stdout.trim(), MANIFEST.version);
    } finally {
      removeDir(project);
    }
  });

  it('is what the second example workflow runs', () => {
    const workflow = fs.readFileSync(path.join(__dirname, '../../examples/ci/postmortem-lint-npm.yml'), 'utf8');
    for (const command of readmeBlock('npm').trim().split('\n')) assert.ok(workflow.includes(`- run: ${command}\n`), command);
  });
});

