// Setting one top-level front matter key by a text edit on its line only, so comments, order and formatting of
// everything else the writer typed stay exactly as they were.
import { stringify } from 'yaml';
import type { TextEdit } from '../types';
import { eolOf, frontMatterEnd, insertAt, splitLines } from './text';

/** A YAML scalar as it should appear after `key: ` (quoted only when it has to be). */
export function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).replace(/\r?\n$/, '');
}

/**
 * The edit that sets `key: value` in the front matter: replaces the key's line when the key is there (top level),
 * else inserts the line before the closing fence. Undefined when the text has no front matter.
 * `value` is written as given: pass it through yamlScalar() when it is free text.
 */
export function setFrontMatterKey(text: string, key: string, value: string): TextEdit | undefined {
  const lines = splitLines(text);
  const end = frontMatterEnd(lines);
  if (end === undefined) return undefined;
  const keyLine = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\s*:`);
  for (let i = 1; i < end; i++) {
    if (!keyLine.test(lines[i])) continue;
    // a block value (list or mapping on the following indented lines) is replaced too
    let last = i;
    while (last + 1 < end && /^(\s+|\s*-\s)/.test(lines[last + 1]) && lines[last + 1].trim() !== '') last++;
    const comment = last === i ? /\s+(#.*)$/.exec(lines[i].slice(lines[i].indexOf(':') + 1)) : null;
    return {
      range: { start: { line: i, character: 0 }, end: { line: last, character: lines[last].length } },
      newText: `${key}: ${value}${comment ? ` ${comment[1]}` : ''}`,
    };
  }
  return insertAt(end, 0, `${key}: ${value}${eolOf(text)}`);
}
