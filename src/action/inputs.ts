// The action's inputs (action.yml), read the way the runner hands them over: INPUT_<NAME> environment variables,
// upper-cased, spaces as underscores, hyphens kept. Turned into postmortem-lint arguments; the CLI validates them.
export interface ActionInputs {
  /** Files, folders or globs, separated by spaces or new lines. */
  paths: string[];
  config: string;
  format: string;
  maxWarnings: string;
  sarif: string;
  now: string;
}

export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const paths = getInput(env, 'paths').split(/\s+/).filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: getInput(env, 'config'),
    format: getInput(env, 'format') || 'github',
    maxWarnings: getInput(env, 'max-warnings'),
    sarif: getInput(env, 'sarif'),
    now: getInput(env, 'now'),
  };
}

/** The arguments of one run: the inputs, then this run's own options (format, output); `--` keeps a path from being an option. */
export function cliArguments(inputs: ActionInputs, ...runOptions: string[]): string[] {
  const args: string[] = [];
  if (inputs.config) args.push('--config', inputs.config);
  if (inputs.maxWarnings) args.push('--max-warnings', inputs.maxWarnings);
  if (inputs.now) args.push('--now', inputs.now);
  return [...args, ...runOptions, '--', ...inputs.paths];
}
