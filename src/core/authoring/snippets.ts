// Save Selection as Team Snippet: adds an entry to a `.code-snippets` file (JSON with comments) through
// jsonc-parser insertions only, so every entry, comment and the formatting already there stay byte for byte. A file we cannot parse is
// never rewritten: the caller gets the parse error to show.
import { applyEdits, createScanner, parseTree, printParseErrorCode, SyntaxKind, type Edit, type Node, type ParseError } from 'jsonc-parser';

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
  return { ok: true, text: applyEdits(text, entryInsertion(text, root, name, value, eol)), name };
}

// jsonc-parser's `modify` formats the region it touches: it re-indented the last entry and left that entry's
// trailing comment after the new one. So the new entry is only inserted: a comma right after the last value (when
// there is none), the entry after whatever comments end that value's line.
function entryInsertion(text: string, root: Node, name: string, value: unknown, eol: string): Edit[] {
  const properties = root.children ?? [];
  const last = properties[properties.length - 1];
  const indent = last ? lineIndent(text, last.offset) : '  ';
  const entry = JSON.stringify({ [name]: value }, null, indent).split('\n').slice(1, -1)
    .map((line) => line.slice(indent.length)).join(eol + indent);
  const anchor = last ? last.offset + last.length : root.offset + 1;   // after the last entry, or after `{`
  const rest = sameLineTail(text, anchor);
  const edits: Edit[] = [];
  if (last && !rest.hasComma) edits.push({ offset: anchor, length: 0, content: ',' });
  const closesOnThisLine = text.slice(rest.end).match(/^[ \t]*\}/) !== null;
  edits.push({ offset: rest.end, length: 0, content: `${eol}${indent}${entry}${closesOnThisLine ? eol : ''}` });
  return edits;
}

/** Where the line of `offset` ends once its comma and comments are passed (a block comment may run on). */
function sameLineTail(text: string, offset: number): { end: number; hasComma: boolean } {
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  let end = offset;
  let hasComma = false;
  for (;;) {
    const token = scanner.scan();
    if (token === SyntaxKind.CommaToken) hasComma = true;
    else if (token !== SyntaxKind.LineCommentTrivia && token !== SyntaxKind.BlockCommentTrivia && token !== SyntaxKind.Trivia) break;
    if (token !== SyntaxKind.Trivia) end = scanner.getTokenOffset() + scanner.getTokenLength();
  }
  return { end, hasComma };
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0] || '  ';
}
