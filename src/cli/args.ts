// Command-line options (node's util.parseArgs). Every mistake is a UsageError: exit code 2 with a clear message.
import { parseArgs, type ParseArgsConfig } from 'util';
import { DateTime } from 'luxon';

export type Format = 'stylish' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'github'];

export interface CliOptions {
  patterns: string[];
  config?: string;
  ignore: string[];
  /** Epoch ms; undefined: the real clock (read by the entry point only). */
  now?: number;
  fix: boolean;
  /** -1: no limit. */
  maxWarnings: number;
  format: Format;
  output?: string;
  quiet: boolean;
  /** undefined: decide from the terminal and NO_COLOR. */
  color?: boolean;
  /** undefined: automatic (parallel on large trees); the tests force each way to compare. */
  parallel?: boolean;
  version: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: postmortem-lint [options] [paths or globs...]
       postmortem-lint import <file | - | URL> [options]   (postmortem-lint import --help)
       postmortem-lint export <file...> [options]   (postmortem-lint export --help)

Lints incident status updates and cause-and-corrective-action reports (markdown with a \`kind\` in its front matter).
Paths default to the current folder; folders are searched for *.md, skipping node_modules and hidden folders.

Options:
  --config <file>        use this .postmortem.yaml for every document (no discovery)
  --ignore <glob>        skip matching paths, relative to the current folder (repeatable)
  --now <time>           the current time for deadline rules, ISO 8601 (e.g. 2026-11-23T12:00:00Z)
  --fix                  apply safe fixes and report what changed (files whose front matter does not parse are left alone)
  --max-warnings <n>     exit with 1 when there are more than n warnings
  --format <name>        stylish (default), json, sarif or github
  --output <file>        write the report to a file instead of standard output
  --quiet                report errors only
  --color, --no-color    force or disable colours (default: on a terminal unless NO_COLOR is set)
  --serial, --parallel   force linting in this thread or in worker threads (default: workers for large trees)
  --version              print the version
  --help                 print this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or configuration error.
`;

/** node's parseArgs with positionals, strict; a mistake is a UsageError (with `prefix`, e.g. "import: "). */
export function parseArgsOrUsage<O extends ParseArgsConfig['options']>(argv: string[], options: O, prefix = '') {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError(prefix + String((e as Error).message).replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export function parseCliArgs(argv: string[]): CliOptions {
  const parsed = parseArgsOrUsage(argv, {
    config: { type: 'string', short: 'c' },
    ignore: { type: 'string', multiple: true },
    now: { type: 'string' },
    fix: { type: 'boolean' },
    'max-warnings': { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    serial: { type: 'boolean' },
    parallel: { type: 'boolean' },
    version: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' },
  });
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${v.format}": use one of ${FORMATS.join(', ')}`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    const raw = v['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${raw}"`);
    maxWarnings = Number(raw);
  }
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  if (v.serial && v.parallel) throw new UsageError('--serial and --parallel cannot be used together');
  for (const key of ['config', 'output', 'now'] as const) {
    if (v[key] !== undefined && v[key]!.trim() === '') throw new UsageError(`--${key} needs a value`);
  }
  if ((v.ignore ?? []).some((g) => g.trim() === '')) throw new UsageError('--ignore needs a glob or a path');
  if (parsed.positionals.some((p) => p.trim() === '')) throw new UsageError('an empty path was given: name a file, folder or glob');
  return {
    patterns: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
    config: v.config,
    ignore: v.ignore ?? [],
    now: v.now === undefined ? undefined : parseNow(v.now),
    fix: !!v.fix,
    maxWarnings,
    format,
    output: v.output,
    quiet: !!v.quiet,
    color: v.color ? true : v['no-color'] ? false : undefined,
    parallel: v.parallel ? true : v.serial ? false : undefined,
    version: !!v.version,
    help: !!v.help,
  };
}

/** An ISO 8601 date-time; without a zone it is read as UTC (a CI runner's local zone must not change results). */
export function parseNow(raw: string): number {
  const t = DateTime.fromISO(raw.trim(), { zone: 'utc', setZone: true, locale: 'en-US' }) // a named locale: no ICU start-up for the machine's;
  if (!t.isValid) {
    throw new UsageError(`--now "${raw}" is not an ISO 8601 time (e.g. 2026-11-23T12:00:00Z): ${t.invalidExplanation ?? t.invalidReason}`);
  }
  return t.toMillis();
}
