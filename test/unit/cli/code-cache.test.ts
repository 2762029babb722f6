// The shipped CLI (bundle/postmortem-lint.js, the production build) compiles its program with V8's code cache, kept
// per user (packaging/cli-start.js). A cache only speeds up: the report is the same with, without, or with a broken one,
// and a cache file someone else could have written is never handed to V8.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './helpers';

const BUNDLE = path.join(ROOT, 'bundle/postmortem-lint.js');
const DOC = path.join(ROOT, 'examples/incidents/2026-11-22-card-payments/incident.md');

describe('postmortem-lint code cache (the shipped bundle)', function () {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-code-cache-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function lint(cache: string): string {
    // A clock before the incident: findings with formatted times, so the report exercises the rules.
    const r = spawnSync(process.execPath, [BUNDLE, '--now', '2026-01-01T00:00:00Z', '--format', 'json', DOC],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, POSTMORTEM_LINT_CACHE: cache } });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
    return r.stdout;
  }
  const cacheFiles = () => fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

  it('the first run that lints writes the cache (owner only), later runs use it, and the report never changes', function () {
    const plain = lint('off');
    assert.deepStrictEqual(fs.readdirSync(dir), [], 'off: no cache written');
    const version = spawnSync(process.execPath, [BUNDLE, '--version'], { encoding: 'utf8', env: { ...process.env, POSTMORTEM_LINT_CACHE: dir } });
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    assert.deepStrictEqual(fs.readdirSync(dir), [], '--version lints nothing: it leaves the cache to a run that does');
    assert.ok(JSON.parse(plain).files[0].messages.length > 0);
    assert.strictEqual(lint(dir), plain);
    const [file] = cacheFiles();
    assert.match(file, new RegExp(`^[0-9a-f]{16}-${process.version}-${process.arch}\\.v8cache$`));
    const first = fs.statSync(path.join(dir, file));
    if (process.platform !== 'win32') assert.strictEqual(first.mode & 0o777, 0o600);
    assert.ok(first.size > 100_000, `the cache holds compiled code (${first.size} bytes)`);
    assert.strictEqual(lint(dir), plain);
    const second = fs.statSync(path.join(dir, file));
    assert.strictEqual(second.ino, first.ino, 'a cache V8 accepted is not written again');
    assert.deepStrictEqual(fs.readdirSync(dir), [file], 'no temporary file left behind');
  });

  it('a broken cache is ignored and replaced; a cache others may write is never read', function () {
    const plain = lint('off');
    lint(dir);
    const [file] = cacheFiles();
    const p = path.join(dir, file);
    fs.writeFileSync(p, Buffer.alloc(4096, 7));
    assert.strictEqual(lint(dir), plain);
    assert.ok(fs.statSync(p).size > 100_000, 'replaced by a good cache');
    if (process.platform === 'win32') return;
    const good = fs.readFileSync(p);
    fs.chmodSync(p, 0o666);
    assert.strictEqual(lint(dir), plain);
    assert.strictEqual(fs.statSync(p).mode & 0o777, 0o600, 'written anew: the writable file was not trusted');
    assert.ok(fs.readFileSync(p).length > 100_000 && good.length > 100_000);
  });

  it('starts as usual where the cache folder cannot be made', function () {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    assert.strictEqual(lint(path.join(blocker, 'cache')), lint('off'));
  });
});
