// Shared by the distribution tests: the README's "Use it in CI" blocks, a sample repository of incident documents,
// the npm package built once per run, and the repository's own CLI to compare with.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURES, ROOT } from '../unit/cli/helpers';

export { ROOT, runCli, runJson, assertValidSarif } from '../unit/cli/helpers';
export const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string; repository: { url: string }; [key: string]: unknown;
};

export type CiWay = 'action' | 'npm' | 'pre-commit';

/** The fenced block after `<!-- ci:NAME -->` in README.md, exactly as a reader copies it. */
export function readmeBlock(name: CiWay): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- ci:${name} -->\\r?\\n+\`\`\`[a-z]*\\r?\\n([\\s\\S]*?)\`\`\``).exec(readme);
  assert.ok(m, `README.md has no fenced block after <!-- ci:${name} -->`);
  return m[1];
}

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `pm-dist-${label}-`));
}

/**
 * A repository as a team would have it: incidents/ and postmortems/ with documents that have findings of each
 * severity, ordinary markdown (skipped), and a file name with the characters annotations must escape.
 */
export function sampleRepository(label: string): string {
  const dir = tempDir(label);
  const tree = path.join(FIXTURES, 'tree');
  fs.cpSync(path.join(tree, 'incidents'), path.join(dir, 'incidents'), { recursive: true });
  fs.cpSync(path.join(tree, 'drafts/draft.md'), path.join(dir, 'incidents/draft, 50%: review.md'));
  fs.cpSync(path.join(tree, 'broken'), path.join(dir, 'postmortems/broken'), { recursive: true });
  fs.cpSync(path.join(tree, 'suppressed'), path.join(dir, 'postmortems/suppressed'), { recursive: true });
  fs.cpSync(path.join(tree, 'notes'), path.join(dir, 'notes'), { recursive: true });
  return dir;
}

let tarball: string | undefined;
/** `npm run package:cli` into a temporary folder, once per test run; the tarball's path. */
export function cliTarball(): string {
  if (!tarball) {
    const out = tempDir('npm');
    const printed = execFileSync(process.execPath, [path.join(ROOT, 'packaging/build.mjs'), 'cli', '--outdir', out], { cwd: ROOT, encoding: 'utf8' });
    tarball = printed.trim().split('\n').pop()!;
    assert.ok(fs.existsSync(tarball), `no tarball at ${tarball}`);
  }
  return tarball;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
