// --fix never loses or damages a user's file: links, modes, owners, hard links, read-only files and files edited
// while they were being checked. Real files, links and modes; the CLI runs as a process.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeFixed, modeAllowsWrite } from '../../../src/cli/write-fix';
import { CLI, NOW, copyFixture, ensureBuilt, removeDir, runCliAs, runJson, unprivilegedUid } from './helpers';

const DOC = 'drafts/draft.md';

describe('postmortem-lint --fix keeps what the user has', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  let dir: string;
  let original: string;
  beforeEach(function () {
    dir = copyFixture('tree');
    original = fs.readFileSync(path.join(dir, DOC), 'utf8');
  });
  afterEach(() => removeDir(dir));

  const fixedTextOf = (): string => {
    const probe = copyFixture('tree');
    try {
      runJson(['--now', NOW, '--fix', DOC], probe);
      return fs.readFileSync(path.join(probe, DOC), 'utf8');
    } finally {
      removeDir(probe);
    }
  };

  it('writes through a symbolic link to its target and leaves the link a link', function () {
    const link = 'drafts/link.md';
    fs.symlinkSync('draft.md', path.join(dir, link));
    const { report } = runJson(['--now', NOW, '--fix', link], dir);
    assert.ok(fs.lstatSync(path.join(dir, link)).isSymbolicLink(), 'the link is still a link');
    assert.strictEqual(fs.readlinkSync(path.join(dir, link)), 'draft.md');
    assert.ok(report.files[0].fixed.length > 0, JSON.stringify(report.files[0]));
    assert.strictEqual(fs.readFileSync(path.join(dir, DOC), 'utf8'), fixedTextOf(), 'the target is fixed');
    assert.notStrictEqual(fs.readFileSync(path.join(dir, DOC), 'utf8'), original);
  });

  it('keeps the mode, the owner and the hard links of the file', function () {
    const file = path.join(dir, DOC);
    const twin = path.join(dir, 'drafts/twin.md');
    fs.chmodSync(file, 0o664);
    fs.linkSync(file, twin);
    const canChown = process.getuid?.() === 0;
    if (canChown) fs.chownSync(file, 1000, 1000);
    const before = fs.statSync(file);
    const { report } = runJson(['--now', NOW, '--fix', DOC], dir);
    assert.ok(report.files.find((f) => f.path === DOC)!.fixed.length > 0);
    const after = fs.statSync(file);
    assert.strictEqual((after.mode & 0o7777).toString(8), '664', 'mode kept (not the umask)');
    assert.strictEqual(after.ino, before.ino, 'same inode');
    assert.strictEqual(after.nlink, 2, 'the hard link is not split');
    assert.strictEqual(fs.readFileSync(twin, 'utf8'), fs.readFileSync(file, 'utf8'), 'both names see the fixed text');
    if (canChown) assert.deepStrictEqual([after.uid, after.gid], [1000, 1000], 'owner kept');
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'drafts')).sort(), ['draft.md', 'twin.md'], 'no backup or temp file left');
  });

  it('leaves a read-only file (mode 444) alone and says so, even when root could write it', function () {
    const file = path.join(dir, DOC);
    fs.chmodSync(file, 0o444);
    const { report } = runJson(['--now', NOW, '--fix', DOC], dir);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original);
    assert.deepStrictEqual(report.files[0].fixed, []);
    assert.match(report.files[0].fixSkipped ?? '', /read-only file \(mode 444\)/);
    assert.strictEqual((fs.statSync(file).mode & 0o777).toString(8), '444');
  });

  it('leaves a read-only file alone for an unprivileged user in a folder they may write', function () {
    const uid = unprivilegedUid();
    if (uid === undefined) this.skip();
    const file = path.join(dir, DOC);
    fs.chmodSync(dir, 0o755);
    fs.chownSync(path.join(dir, 'drafts'), uid, uid);
    fs.chownSync(file, uid, uid);
    fs.chmodSync(file, 0o444);
    const run = runCliAs(uid, ['--now', NOW, '--fix', '--format', 'json', DOC], dir);
    const report = JSON.parse(run.stdout) as { files: Array<{ fixed: unknown[]; fixSkipped?: string }> };
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original);
    assert.match(report.files[0].fixSkipped ?? '', /read-only/);
  });

  it('does not write a file that changed after it was read, and says why', function () {
    const file = path.join(dir, DOC);
    const readBytes = fs.readFileSync(file);
    const edited = original + '\nA line the author typed meanwhile.\n';
    fs.writeFileSync(file, edited);
    const outcome = writeFixed(file, readBytes, 'the fixed text');
    assert.deepStrictEqual(outcome, { written: false, reason: 'the file changed while it was being checked: not fixed (run again)' });
    assert.strictEqual(fs.readFileSync(file, 'utf8'), edited);
    assert.deepStrictEqual(writeFixed(file, fs.readFileSync(file), 'the fixed text'), { written: true });
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'the fixed text');
  });

  it('a real run: a file edited between the CLI\'s read and its write is left as the author left it, and says why', async function () {
    const file = path.join(dir, DOC);
    // A long document keeps the CLI busy between its one read and its write (lint, fixes, lint again).
    const long = original + '\nThe team keeps working on the payment service.\n'.repeat(60_000);
    fs.writeFileSync(file, long);
    // The read moves the access time (relatime: it was before the modification time), which says when to type.
    fs.utimesSync(file, new Date(Date.now() - 3_600_000), fs.statSync(file).mtime);
    const before = fs.statSync(file).atimeMs;
    ensureBuilt();
    const child = spawn(process.execPath, [CLI, '--now', NOW, '--fix', '--format', 'json', DOC], { cwd: dir });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (fs.statSync(file).atimeMs === before && child.exitCode === null) await new Promise((r) => setTimeout(r, 2));
    const typed = 'A line the author typed while the CLI was checking.\n';
    fs.appendFileSync(file, typed);
    await exited;
    assert.strictEqual(fs.readFileSync(file, 'utf8'), long + typed, 'the file is what the author has now');
    const report = JSON.parse(stdout) as { files: Array<{ fixed: unknown[]; fixSkipped?: string }> };
    assert.deepStrictEqual(report.files[0].fixed, []);
    assert.match(report.files[0].fixSkipped ?? '', /the file changed while it was being checked/);
  });

  it('reads the mode bits for each kind of user', function () {
    const stat = (mode: number) => ({ mode: 0o100000 | mode, uid: 1000, gid: 50 }) as fs.Stats;
    assert.strictEqual(modeAllowsWrite(stat(0o444), { uid: 0, gids: [0] }), false, 'root and 444');
    assert.strictEqual(modeAllowsWrite(stat(0o644), { uid: 0, gids: [0] }), true);
    assert.strictEqual(modeAllowsWrite(stat(0o464), { uid: 1000, gids: [50] }), false, 'the owner without w');
    assert.strictEqual(modeAllowsWrite(stat(0o464), { uid: 7, gids: [50] }), true, 'the group with w');
    assert.strictEqual(modeAllowsWrite(stat(0o644), { uid: 7, gids: [8] }), false, 'others without w');
  });
});
