#!/usr/bin/env node
// Builds what Postmortem Author ships outside the extension, from the same production CLI bundle (esbuild.js):
//   node packaging/build.mjs cli      the npm package `postmortem-lint`: dist/npm/postmortem-lint/ and its tarball
//                                     dist/npm/postmortem-lint-<version>.tgz (npm pack); prints the tarball's path
//   node packaging/build.mjs bundle   the committed bundles of this repository: bundle/postmortem-lint.js (the CLI, run
//                                     by the pre-commit hook and by the action) and bundle/action.js (src/action/main.ts,
//                                     action.yml's entry point). Committed because neither GitHub nor pre-commit builds.
//   --outdir DIR                      write there instead (the tests compare a fresh build with the committed one)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const here = path.join(root, 'packaging');
const [what, ...rest] = process.argv.slice(2);
const outdirArg = rest.includes('--outdir') ? rest[rest.indexOf('--outdir') + 1] : undefined;
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The production CLI bundle, built by esbuild.js into a scratch folder (dist/ of a dev build stays as it is). */
function buildCliBundle() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-build-'));
  try {
    execFileSync(process.execPath, [path.join(root, 'esbuild.js'), '--production', '--outdir', scratch], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    return fs.readFileSync(path.join(scratch, 'cli/postmortem-lint.js'));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The CLI package's manifest: generated, so its version and metadata follow the extension's. No dependencies: the bundle holds them. */
function cliManifest() {
  return {
    name: 'postmortem-lint',
    version: manifest.version,
    description: 'Lint incident status updates and cause-and-corrective-action reports (the command line of Postmortem Author).',
    license: manifest.license,
    keywords: manifest.keywords,
    repository: manifest.repository,
    homepage: manifest.homepage,
    bugs: manifest.bugs,
    bin: { 'postmortem-lint': 'postmortem-lint.js' },
    files: ['postmortem-lint.js'],
    engines: { node: '>=20' },
  };
}

function buildCliPackage() {
  const outdir = path.resolve(root, outdirArg ?? 'dist/npm');
  const pkg = path.join(outdir, 'postmortem-lint');
  fs.rmSync(pkg, { recursive: true, force: true });
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, 'postmortem-lint.js'), buildCliBundle(), { mode: 0o755 });
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(cliManifest(), null, 2) + '\n');
  fs.copyFileSync(path.join(here, 'cli-README.md'), path.join(pkg, 'README.md'));
  fs.copyFileSync(path.join(root, 'LICENSE'), path.join(pkg, 'LICENSE'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', outdir], { cwd: pkg, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [packed] = JSON.parse(out);
  console.log(path.join(outdir, packed.filename));
}

async function buildBundles() {
  const outdir = path.resolve(root, outdirArg ?? 'bundle');
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(path.join(outdir, 'postmortem-lint.js'), buildCliBundle(), { mode: 0o755 });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/action/main.ts'],
    outfile: path.join(outdir, 'action.js'),
    bundle: true, platform: 'node', format: 'cjs', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning',
  });
  console.log(`packaging: postmortem-lint.js and action.js in ${path.relative(root, outdir) || '.'}`);
}

if (what === 'cli') buildCliPackage();
else if (what === 'bundle') await buildBundles();
else { console.error('usage: node packaging/build.mjs cli|bundle [--outdir DIR]'); process.exit(2); }
