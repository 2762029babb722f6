// `postmortem-lint export`: each incident or report as one standalone HTML file (the core's exportHtml), written next
// to it as <name>.html or to --out. A file that exists is never replaced without --force; with --force it is written
// in place (it keeps its mode and links). A report's chart shows its incident's updates when the incident document is
// in the same folder (the layout New Cause and Corrective Action Report makes), and the other way round.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { UsageError, parseNow } from './args';
import { CliConfigs } from './config';
import { exportHtml, parseDocument, postmortemKind, summarize, type Config, type DocSummary, type PostmortemDocument } from './core';
import { displayPath } from './files';
import type { RunEnv } from './run';

export const EXPORT_HELP = `Usage: postmortem-lint export [options] <file...>

Writes each incident or report as one standalone HTML file next to it (<name>.html): embedded styles with print
rules, the timeline chart as inline SVG, every text escaped, no script. Open it in a browser; print it to PDF.

Options:
  --out <file>      write to this file instead (one document only)
  --force           replace a file that exists (never replaced without it)
  --now <time>      the current time for the chart's countdowns, ISO 8601 (default: the real clock)
  --config <file>   use this .postmortem.yaml for every document (no discovery)
  --help            print this help

Exit codes: 0 every file written, 1 a document was not exported (exists, not a postmortem document, unreadable),
2 usage or configuration error.
`;

interface ExportArgs { files: string[]; out?: string; force: boolean; now?: number; config?: string; help: boolean }

function parseExportArgs(argv: string[]): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f' }, now: { type: 'string' },
        config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`export: ${String((e as Error).message).replace(/\. To specify a positional argument.*$/s, '')}`);
  }
  const v = parsed.values;
  for (const key of ['out', 'now', 'config'] as const) {
    if (v[key] !== undefined && v[key]!.trim() === '') throw new UsageError(`export: --${key} needs a value`);
  }
  const files = parsed.positionals;
  if (!v.help && files.length === 0) throw new UsageError('export: name the document to export, e.g. postmortem-lint export incidents/x/rcca.md');
  if (files.some((f) => f.trim() === '')) throw new UsageError('export: an empty path was given');
  if (v.out !== undefined && files.length > 1) throw new UsageError('export: --out takes one document; without it each is written next to its source');
  return { files, out: v.out, force: !!v.force, now: v.now === undefined ? undefined : parseNow(v.now), config: v.config, help: !!v.help };
}

/** `rcca.md` → `rcca.html`; a name without a Markdown extension gets `.html` appended. */
export function htmlPathFor(file: string): string {
  return /\.(md|markdown)$/i.test(file) ? file.replace(/\.(md|markdown)$/i, '.html') : `${file}.html`;
}

function readText(file: string): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  if (text.includes('\u0000')) throw new Error('binary file (contains NUL bytes)');
  return text;
}

/** The incident and its report when both are in the same folder. */
function chartFor(doc: PostmortemDocument, abs: string, config: Config | undefined): { incident: DocSummary; rcca?: DocSummary } | undefined {
  const own = summarize(doc, abs, config);
  if (!own) return undefined;
  const wanted = own.kind === 'rcca' ? own.incident : own.id;
  if (!wanted) return { incident: own };
  const dir = path.dirname(abs);
  let other: DocSummary | undefined;
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (file === abs || !/\.(md|markdown)$/i.test(name)) continue;
    let text: string;
    try { if (!fs.statSync(file).isFile()) continue; text = readText(file); } catch { continue; }
    if (postmortemKind(text, file, config) === undefined) continue;
    const s = summarize(parseDocument(text, { uri: file, config }), file, config);
    if (own.kind === 'rcca' && s?.kind === 'incident' && s.id === wanted) { other = s; break; }
    if (own.kind === 'incident' && s?.kind === 'rcca' && s.incident === wanted) { other = s; break; }
  }
  if (own.kind === 'rcca') return other ? { incident: other, rcca: own } : { incident: own };
  return { incident: own, rcca: other };
}

/** Writes `html` to `target`: a new file, or with `force` the existing one in place. Returns why not, or undefined. */
function writeHtml(target: string, html: string, force: boolean): string | undefined {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (force && fs.existsSync(target) && !fs.statSync(target).isFile()) return 'it exists and is not a file';
    fs.writeFileSync(target, html, { flag: force ? 'w' : 'wx' });
    return undefined;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') return 'it exists: not replaced (use --force to replace it)';
    return err.code ?? err.message;
  }
}

export async function runExport(argv: string[], env: RunEnv): Promise<number> {
  const opts = parseExportArgs(argv);
  if (opts.help) { env.stdout.write(EXPORT_HELP); return 0; }
  const now = opts.now ?? env.clock();
  const configs = await CliConfigs.create(opts.config, env.cwd);
  let failed = 0;
  const fail = (file: string, why: string) => { failed++; env.stderr.write(`postmortem-lint export: ${file}: ${why}\n`); };
  for (const file of opts.files) {
    const abs = path.resolve(env.cwd, file);
    const shown = displayPath(env.cwd, abs);
    let text: string;
    try {
      if (!fs.statSync(abs).isFile()) { fail(shown, 'not a file'); continue; }
      text = readText(abs);
    } catch (e) {
      fail(shown, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    const config = configs.set.configs[await configs.configFor(abs)];
    if (postmortemKind(text, abs, config) === undefined) { fail(shown, 'not an incident or a report (no `kind` in its front matter)'); continue; }
    const doc = parseDocument(text, { uri: abs, config });
    const target = opts.out !== undefined ? path.resolve(env.cwd, opts.out) : htmlPathFor(abs);
    if (target === abs) { fail(shown, '--out names the document itself'); continue; }
    const why = writeHtml(target, exportHtml(doc, { now, config, uri: abs, chart: chartFor(doc, abs, config) }), opts.force);
    if (why) fail(displayPath(env.cwd, target), why);
    else env.stdout.write(`${displayPath(env.cwd, target)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
