// What the editor would report for a file: the core called in-process with the configuration the core's own
// resolver finds. The CLI must print exactly this.
import * as fs from 'fs';
import { ConfigResolver, lint } from '../../../src/core/index';
import type { Config, Finding } from '../../../src/core/index';

const resolver = new ConfigResolver({
  readFile: async (p) => {
    try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; }
  },
});

export async function configOf(absPath: string): Promise<Config> {
  return (await resolver.resolve(absPath)).config;
}

export interface Expected { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }

export function toExpected(f: Finding): Expected {
  return {
    ruleId: f.ruleId, severity: f.severity, message: f.message,
    line: f.range.start.line + 1, column: f.range.start.character + 1,
    endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1,
  };
}

export async function editorFindings(absPath: string, nowIso: string, config?: Config): Promise<Expected[]> {
  const text = fs.readFileSync(absPath, 'utf8');
  const result = lint(text, { uri: absPath, now: Date.parse(nowIso), config: config ?? await configOf(absPath) });
  return result.findings.map(toExpected);
}
