// Builds the extension and packages the .vsix in a private staging folder (.integration-runs/<id>/), so two test
// runs never write the same files and dist/ of the working tree is left alone. The folder is inside the repository
// so that the node test suite resolves `mocha` from the root node_modules.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './runtime.mjs';
import { onCleanup, run, seconds } from './proc.mjs';

// top-level entries never needed to package the extension
const SKIP = new Set(['node_modules', '.git', 'dist', 'test', 'src', 'bench', 'examples', '.integration-runs', 'test-results', '.vscode-test', '.vscode-test-web', '.cs-data']);

export async function buildAndPackage({ id, grep, tests, keep }) {
  const t0 = Date.now();
  const dir = join(root, '.integration-runs', id);
  mkdirSync(dir, { recursive: true });
  if (!keep) onCleanup('staging folder', () => rmSync(dir, { recursive: true, force: true }));
  for (const top of readdirSync(root)) {
    if (SKIP.has(top) || top.endsWith('.vsix') || top.endsWith('.log')) continue;
    cpSync(join(root, top), join(dir, top), { recursive: true });
  }
  const args = ['esbuild.js', '--production', '--no-cli', '--outdir', join(dir, 'dist')];
  if (tests.length) args.push(`--tests=${tests.join(',')}`);
  if (grep) args.push('--test-grep', grep);
  const build = await run(process.execPath, args, { cwd: root });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const vsix = join(dir, `${manifest.name}-${manifest.version}.vsix`);
  const vsce = join(root, 'node_modules/.bin/vsce');
  const pack = await run(vsce, ['package', '--no-dependencies', '--out', vsix], { cwd: dir });
  if (pack.code !== 0 || !existsSync(vsix)) throw new Error(`vsce package failed:\n${pack.output}`);
  console.log(`built and packaged ${manifest.name}-${manifest.version}.vsix in ${seconds(t0)}`);
  return { dir, vsix, manifest, id: `${manifest.publisher}.${manifest.name}`.toLowerCase() };
}
