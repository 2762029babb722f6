// The .vsix: `vsce ls` lists what the extension loads and nothing else, and the manifest has what the Marketplace
// and Open VSX show.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MANIFEST, ROOT } from './helpers';

interface Manifest {
  version: string; main: string; browser: string; icon: string; categories: string[]; homepage: string;
  galleryBanner: { color: string; theme: string }; repository: { url: string }; bugs: { url: string };
  contributes: { snippets: Array<{ path: string }>; yamlValidation: Array<{ url: string }> };
}

const manifest = MANIFEST as unknown as Manifest;
/** The core, which the Node bundle loads on first use from a file of its own (esbuild.js, lazy-core). */
const NODE_CORE = 'dist/node/core.js';
/** The categories the Marketplace accepts (vsce rejects others). */
const CATEGORIES = ['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps',
  'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets',
  'Testing', 'Themes', 'Visualization'];

function vsceLs(): string[] {
  // vsce lists files that exist: build the bundles first when a fresh clone has none.
  if (![manifest.main, NODE_CORE, manifest.browser].every((b) => fs.existsSync(path.join(ROOT, b)))) {
    execFileSync(process.execPath, ['esbuild.js', '--no-cli'], { cwd: ROOT, stdio: 'ignore' });
  }
  const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
  return execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').sort();
}

describe('extension package', function () {
  this.timeout(120_000);

  it('vsce ls: the manifest, its documents, the two bundles (and the Node one\'s core) and the assets the extension loads', () => {
    const files = vsceLs();
    // package.nls*.json too: the walkthrough's media files are named there, one per UI language
    const referenced = [fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'), fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'),
      ...fs.readdirSync(ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f)).map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')),
      ...fs.readdirSync(path.join(ROOT, 'src/vscode'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))
        .map((f) => fs.readFileSync(path.join(ROOT, 'src/vscode', f), 'utf8'))].join('\n');
    const unexpected = files.filter((f) => {
      if (/^(package(\.nls(\.[\w-]+)?)?\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(f)) return false;
      if ([manifest.main, manifest.browser, NODE_CORE].some((b) => f === path.normalize(b))) return false;
      if (/^(templates|l10n|snippets|schemas)\//.test(f) && !f.endsWith('.map')) return false;
      if (f.startsWith('media/')) return !referenced.includes(path.basename(f));
      return true;
    });
    assert.deepStrictEqual(unexpected, []);
    const needed = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', manifest.main, NODE_CORE, manifest.browser, manifest.icon,
      ...manifest.contributes.snippets.map((s) => s.path), ...manifest.contributes.yamlValidation.map((v) => v.url),
      'l10n/bundle.l10n.json', 'templates/en/incident.md', 'templates/en/rcca.md',
      ...fs.readdirSync(path.join(ROOT, 'media')).filter((f) => referenced.includes(f)).map((f) => `media/${f}`)];
    assert.deepStrictEqual(needed.map((f) => path.normalize(f)).filter((f) => !files.includes(f)), []);
  });

  it('the manifest has what the Marketplace and Open VSX show', () => {
    const icon = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.strictEqual(icon.subarray(1, 4).toString('latin1'), 'PNG', 'the icon is a PNG (the Marketplace rejects SVG)');
    assert.ok(icon.readUInt32BE(16) >= 128 && icon.readUInt32BE(20) >= 128, 'the icon is at least 128 x 128');
    assert.ok(manifest.categories.length > 0 && manifest.categories.every((c) => CATEGORIES.includes(c)), manifest.categories.join());
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    const repository = manifest.repository.url.replace(/\.git$/, '');
    assert.match(repository, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    assert.strictEqual(manifest.bugs.url, `${repository}/issues`);
    assert.ok(manifest.homepage.startsWith(repository), manifest.homepage);
  });

  it('CHANGELOG.md has an entry for the version', () => {
    const changelog = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    const versions = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\]/gm)].map((m) => m[1]);
    assert.ok(versions.includes(manifest.version), `no "## [${manifest.version}]" in CHANGELOG.md (has: ${versions.join(', ')})`);
    assert.strictEqual(versions[0], manifest.version, 'the newest entry is the current version');
  });
});
