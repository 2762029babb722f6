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
import { writeNewFile } from './write-new';

/** What an export run is handed (the entry point's streams and clock). */
export interface ExportEnv {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The real clock, for the chart when --now is not given. */
  clock: () => number;
}

export const EXPORT_HELP = `Usage: postmortem-lint export [options] <file...>

Writes each incident or report as one standalone HTML file next to it (<name>.html): embedded styles with print
rules, the timeline chart as inline SVG, every text escaped, no script. Open it in a browser; print it to PDF.

Options:
  --out <file>      write to this file instead (one document only)
  --force           replace a file that exists (never replaced without it)
  --now <time>      the current time for the chart's countdowns, ISO 8601 (default: the real clock)
  --config <file>   use this .postmortem.yaml for every document (no discovery)
  --help            print this help

Every document is read and every target checked before anything is written: when one cannot be exported (a target
exists, not a postmortem document, unreadable), nothing is written and each reason is printed.
Exit codes: 0 every file written, 2 nothing written (a reason above, or a usage or configuration error).
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

/** Why `target` cannot be written, or undefined. */
function targetProblem(target: string, force: boolean): string | undefined {
  let stat: fs.Stats;
  try { stat = fs.statSync(target); } catch { return undefined; }
  if (!stat.isFile()) return 'it exists and is not a file';
  return force ? undefined : 'it exists: not replaced (use --force to replace it)';
}

export async function runExport(argv: string[], env: ExportEnv): Promise<number> {
  const opts = parseExportArgs(argv);
  if (opts.help) { env.stdout.write(EXPORT_HELP); return 0; }
  const now = opts.now ?? env.clock();
  const configs = await CliConfigs.create(opts.config, env.cwd);
  const problems: string[] = [];
  const fail = (file: string, why: string) => problems.push(`postmortem-lint export: ${file}: ${why}\n`);
  const jobs: Array<{ target: string; html: string }> = [];
  const targets = new Set<string>();
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
    const target = opts.out !== undefined ? path.resolve(env.cwd, opts.out) : htmlPathFor(abs);
    if (target === abs) { fail(shown, '--out names the document itself'); continue; }
    if (targets.has(target)) { fail(displayPath(env.cwd, target), 'two documents would be written to it'); continue; }
    targets.add(target);
    const why = targetProblem(target, opts.force);
    if (why) { fail(displayPath(env.cwd, target), why); continue; }
    const doc = parseDocument(text, { uri: abs, config });
    jobs.push({ target, html: exportHtml(doc, { now, config, uri: abs, chart: chartFor(doc, abs, config) }) });
  }
  if (problems.length > 0) {
    env.stderr.write(`${problems.join('')}postmortem-lint export: nothing written\n`);
    return 2;
  }
  let failed = false;
  for (const { target, html } of jobs) {
    const why = writeNewFile(target, html, opts.force);
    if (why) { failed = true; env.stderr.write(`postmortem-lint export: ${displayPath(env.cwd, target)}: ${why}\n`); }
    else env.stdout.write(`${displayPath(env.cwd, target)}\n`);
  }
  return failed ? 2 : 0;
}
