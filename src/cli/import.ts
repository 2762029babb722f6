// `postmortem-lint import`: a hosted status page's history (its incidents.json / incident.json, or the text copied
// from an incident page) as incident documents in our format, so a team can bring its history in and lint it.
// One incident goes to standard output or to --out; a list goes to one file per incident in the --out folder.
// Never overwrites a file without --force: when any target exists, nothing at all is written.
import * as fs from 'fs';
import * as path from 'path';
import { UsageError, parseArgsOrUsage } from './args';
import { CliConfigs } from './config';
import { writeNewFile } from './write-new';
import { importStatusPage, isLang, SEVERITIES, isValidZone, type ImportFailure, type ImportWarning, type IncidentSeverity, type Lang, type UpdateOrder } from './core';

export const IMPORT_HELP = `Usage: postmortem-lint import <file | - | URL> [options]

Turns a status page's incident history into incident documents (markdown with front matter) that postmortem-lint
checks: the JSON of a hosted status page (incidents.json, incident.json: name, impact, status, incident_updates …)
or the text copied from an incident page (phase word, text, "Posted … UTC" line, newest first). "-" reads standard
input; an http(s) URL is fetched.

Options:
  --out <path>           file to write (one incident) or folder (one file per incident: <date>-<title>.md);
                         without it, a single incident is printed to standard output
  --order <order>        oldest (oldest first) or newest (newest first); default: the timestamps rule's
                         updateOrder in .postmortem.yaml, else oldest
  --lang <lang>          en, fr, de, zh-Hans or zh-Hant; default: detected from the text
  --severity <sev>       sev1..sev4 when the page states no impact (copied text never does)
  --title <text>         the title when the copied text has none
  --timezone <zone>      zone the times are written in (IANA name or offset); default: .postmortem.yaml, else UTC
  --config <file>        use this .postmortem.yaml instead of the one found next to --out
  --force                overwrite files that exist
  --help                 print this help

Exit codes: 0 imported, 2 nothing imported (the reason is printed) or a usage error.
`;

export interface ImportCliOptions {
  input?: string;
  out?: string;
  order?: UpdateOrder;
  lang?: Lang;
  severity?: IncidentSeverity;
  title?: string;
  timezone?: string;
  config?: string;
  force: boolean;
  help: boolean;
}

export function parseImportArgs(argv: string[]): ImportCliOptions {
  const parsed = parseArgsOrUsage(argv, {
    out: { type: 'string', short: 'o' },
    order: { type: 'string' },
    lang: { type: 'string' },
    severity: { type: 'string' },
    title: { type: 'string' },
    timezone: { type: 'string' },
    config: { type: 'string', short: 'c' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, 'import: ');
  const v = parsed.values;
  if (v.help) return { force: false, help: true };
  if (parsed.positionals.length !== 1) throw new UsageError('import needs exactly one input: a file, - for standard input, or a URL');
  for (const key of ['out', 'title', 'timezone', 'config'] as const) {
    if (v[key] !== undefined && v[key]!.trim() === '') throw new UsageError(`--${key} needs a value`);
  }
  const order = v.order === undefined ? undefined : ({ oldest: 'oldest-first', 'oldest-first': 'oldest-first', newest: 'newest-first', 'newest-first': 'newest-first' } as Record<string, UpdateOrder>)[v.order];
  if (v.order !== undefined && !order) throw new UsageError(`--order "${v.order}": use oldest or newest`);
  if (v.lang !== undefined && !isLang(v.lang)) throw new UsageError(`--lang "${v.lang}": use en, fr, de, zh-Hans or zh-Hant`);
  if (v.severity !== undefined && !(SEVERITIES as string[]).includes(v.severity)) throw new UsageError(`--severity "${v.severity}": use sev1, sev2, sev3 or sev4`);
  if (v.timezone !== undefined && !isValidZone(v.timezone)) throw new UsageError(`--timezone "${v.timezone}" is not a time zone (an IANA name such as Europe/Berlin, or an offset such as +01:00)`);
  return {
    input: parsed.positionals[0], out: v.out, order, lang: v.lang as Lang | undefined, severity: v.severity as IncidentSeverity | undefined,
    title: v.title, timezone: v.timezone, config: v.config, force: !!v.force, help: false,
  };
}

export interface ImportEnv {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

async function readInput(input: string, env: ImportEnv): Promise<string> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const c of env.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
    return Buffer.concat(chunks).toString('utf8');
  }
  if (/^https?:\/\//i.test(input)) {
    let response: Response;
    try {
      response = await fetch(input, { headers: { accept: 'application/json, text/plain;q=0.9' } });
    } catch (e) {
      throw new UsageError(`cannot fetch ${input}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
    }
    if (!response.ok) throw new UsageError(`cannot fetch ${input}: HTTP ${response.status} ${response.statusText}`);
    return response.text();
  }
  try {
    return await fs.promises.readFile(path.resolve(env.cwd, input), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function failureText(f: ImportFailure): string {
  switch (f.reason) {
    case 'not-json': return `the input starts like JSON but is not valid JSON (${f.detail})`;
    case 'not-an-incident': return `no status page incident found: ${f.detail}`;
    case 'no-updates': return 'the incident has no update with a time';
    case 'needs-title': return 'the copied text has no title line: give one with --title';
    case 'needs-severity': return `"${f.title}": the page states no impact, so the severity is not known: give it with --severity sev1..sev4`;
    case 'maintenance': return `"${f.title}" is a scheduled maintenance, not an incident: nothing to import`;
  }
}

export function warningText(w: ImportWarning): string {
  switch (w.code) {
    case 'unmapped-status': return `${w.count} update(s) labelled ${w.labels.map((l) => `"${l}"`).join(', ')} name no phase: kept with the label in their text (the phase is read from the text)`;
    case 'postmortem-kept': return `${w.count} postmortem post(s) kept as text in their own section, not as status updates`;
    case 'no-time': return `${w.count} update(s) without a readable time kept as text at the end`;
    case 'leftover-text': return `${w.count} line(s) outside the updates kept as text at the end`;
    case 'started-earlier': return `an update is earlier than the page's start: started set to ${new Date(w.started).toISOString()}`;
    case 'status-assumed': return 'neither the page nor the newest update states a phase: status written as investigating';
    case 'maintenance-skipped': return `${w.count} scheduled maintenance(s) skipped: ${w.titles.map((t) => `"${t}"`).join(', ')}`;
  }
}

function isDirectory(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

export async function runImport(opts: ImportCliOptions, env: ImportEnv): Promise<number> {
  if (opts.help) { env.stdout.write(IMPORT_HELP); return 0; }
  const text = await readInput(opts.input!, env);
  const outAbs = opts.out === undefined ? undefined : path.resolve(env.cwd, opts.out);
  const configs = await CliConfigs.create(opts.config, env.cwd);
  const configDoc = outAbs === undefined ? path.join(env.cwd, 'imported.md') : isDirectory(outAbs) || /[\\/]$/.test(opts.out!) ? path.join(outAbs, 'imported.md') : outAbs;
  const config = configs.set.configs[await configs.configFor(configDoc)];
  const result = importStatusPage(text, {
    config, order: opts.order, lang: opts.lang, severity: opts.severity, title: opts.title, zone: opts.timezone,
  });
  if (!result.ok) {
    env.stderr.write(`postmortem-lint import: ${failureText(result.failure)}\n`);
    return 2;
  }
  const warn = (prefix: string, w: ImportWarning) => env.stderr.write(`postmortem-lint import: ${prefix}${warningText(w)}\n`);
  for (const w of result.warnings) warn('', w);
  const { incidents } = result;
  if (outAbs === undefined) {
    if (incidents.length > 1) throw new UsageError(`the input holds ${incidents.length} incidents: name a folder with --out to write one file each`);
    for (const w of incidents[0].warnings) warn('', w);
    env.stdout.write(incidents[0].text);
    return 0;
  }
  const asFolder = incidents.length > 1 || isDirectory(outAbs) || /[\\/]$/.test(opts.out!);
  const targets: string[] = [];
  for (const i of incidents) {
    if (!asFolder) { targets.push(outAbs); break; }
    const stem = i.fileName.replace(/\.md$/, '');
    let name = `${stem}.md`;
    for (let n = 2; targets.includes(path.join(outAbs, name)); n++) name = `${stem}-${n}.md`;
    targets.push(path.join(outAbs, name));
  }
  const existing = targets.filter((t) => fs.existsSync(t));
  if (existing.length > 0 && !opts.force) {
    env.stderr.write(`postmortem-lint import: nothing written: ${existing.map((t) => path.relative(env.cwd, t) || t).join(', ')} already exist(s); --force overwrites\n`);
    return 2;
  }
  let failed = false;
  incidents.forEach((incident, n) => {
    const target = targets[n];
    const shown = path.relative(env.cwd, target) || target;
    const why = writeNewFile(target, incident.text, opts.force);
    if (why) { failed = true; env.stderr.write(`postmortem-lint import: ${shown}: ${why}\n`); return; }
    env.stdout.write(`wrote ${shown} (${incident.id}: ${incident.title})\n`);
    for (const w of incident.warnings) warn(`${path.relative(env.cwd, target)}: `, w);
  });
  return failed ? 2 : 0;
}
