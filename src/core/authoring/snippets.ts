// Save Selection as Team Snippet: adds an entry to a `.code-snippets` file (JSON with comments) through
// jsonc-parser edits, so every entry, comment and the formatting already there are kept. A file we cannot parse is
// never rewritten: the caller gets the parse error to show.
import { applyEdits, modify, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface TeamSnippet {
  name: string;
  prefix: string;
  body: string;          // the selected text
  description?: string;
  scope?: string;        // default markdown
}

export type SnippetResult =
  | { ok: true; text: string; name: string }
  | { ok: false; error: string; line?: number; column?: number };

/** Snippet syntax: `$` and `\` are special in a body; the selection must come back exactly as written. */
export function snippetBody(text: string): string[] {
  return text.replace(/\r\n/g, '\n').split('\n').map((l) => l.replace(/\\/g, '\\\\').replace(/\$/g, '\\$'));
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function addTeamSnippet(existing: string | undefined, snippet: TeamSnippet): SnippetResult {
  const text = existing === undefined || existing.trim() === '' ? '{}\n' : existing;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { line, column } = position(text, errors[0].offset);
    return { ok: false, error: printParseErrorCode(errors[0].error), line, column };
  }
  if (!root || root.type !== 'object') return { ok: false, error: 'the file does not hold a JSON object', line: 1, column: 1 };
  const taken = new Set((root.children ?? []).map((p) => String(p.children?.[0]?.value)));
  const base = snippet.name.trim() || snippet.prefix;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base} (${i})`;
  const value: Record<string, unknown> = {
    scope: snippet.scope ?? 'markdown',
    prefix: snippet.prefix,
    body: snippetBody(snippet.body),
  };
  if (snippet.description) value.description = snippet.description;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const edits = modify(text, [name], value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return { ok: true, text: applyEdits(text, edits), name };
}
