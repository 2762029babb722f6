// The workspaces the editor bench opens, written into its temporary folder before any window opens on them (files
// that appear after the workbench is up would race its file watcher):
// - example: a copy of examples/ (2 documents, about 3 KB each) whose incident has one finding, so opening it has a
//   first problem to show;
// - large: the same plus a generated 1 MB incident (bench/generate.ts); medium: the same with a generated 10 KB one;
// - many: 2,000 (or 5,000) small generated incidents (bench/small-incident.ts, as the timeline bench indexes in process).
// Each knows a prose line where typing TYPED and then the key COMPLETING makes a new finding on that line; the core
// confirms it here, so a missing squiggle in the editor is the editor's, not a bad line choice.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/index.ts';
import { generateIncident } from '../generate.ts';
import { generateSmallIncident } from '../small-incident.ts';

const root = new URL('../..', import.meta.url).pathname;
const EXAMPLE_INCIDENT = 'incidents/2026-11-22-card-payments/incident.md';
const LARGE_INCIDENT = 'incidents/bench-large/incident.md';
export const TYPED = ' The outage was human erro';
export const COMPLETING = 'r';
const NOW = Date.UTC(2026, 10, 23, 12);

function findingLines(text) {
  return new Set(lint(text, { uri: 'file:///bench/incident.md', now: NOW }).findings.map((f) => f.range.start.line));
}

/** Checks that typing at the end of `line` (0-based) adds a finding there only with the completing key. */
function checkTypingLine(text, line, what) {
  const lines = text.split('\n');
  const withText = (typed) => lines.map((l, i) => (i === line ? l + typed : l)).join('\n');
  if (findingLines(withText(TYPED)).has(line)) throw new Error(`${what}: line ${line + 1} has a finding before the completing key`);
  if (!findingLines(withText(TYPED + COMPLETING)).has(line)) throw new Error(`${what}: typing on line ${line + 1} makes no finding there`);
}

/** The first line at or after `from` that is plain prose (no heading, list, table or front matter). */
function proseLineFrom(lines, from) {
  for (let i = from; i < lines.length; i++) if (/^[A-Z][^|]{40,}[.]$/.test(lines[i])) return i;
  throw new Error('no prose line to type on');
}

function copyExamples(dir) {
  cpSync(join(root, 'examples'), dir, { recursive: true });
  const path = join(dir, EXAMPLE_INCIDENT);
  const original = readFileSync(path, 'utf8');
  const withFinding = original.replace('We are undoing that change now.', 'We are undoing that change now. This was human error.');
  if (withFinding === original) throw new Error(`${EXAMPLE_INCIDENT} changed: the bench cannot place its finding`);
  if (!findingLines(withFinding).size) throw new Error('the example incident with its added sentence has no finding');
  writeFileSync(path, withFinding);
  return withFinding;
}

export function exampleWorkspace(dir) {
  const text = copyExamples(dir);
  const lines = text.split('\n');
  const typingLine = proseLineFrom(lines, lines.findIndex((l) => l.includes('15:54 UTC')));
  checkTypingLine(text, typingLine, 'example incident');
  return { dir, openFile: EXAMPLE_INCIDENT, typingLine, bytes: Buffer.byteLength(text), text, documents: 2 };
}

/** The example workspace plus a generated incident of about `bytes` (1 MB: "large", 10 KB: "medium"), open. */
export function largeWorkspace(dir, bytes = 1_000_000) {
  copyExamples(dir);
  const text = generateIncident(bytes);
  mkdirSync(join(dir, LARGE_INCIDENT, '..'), { recursive: true });
  writeFileSync(join(dir, LARGE_INCIDENT), text);
  const lines = text.split('\n');
  const typingLine = proseLineFrom(lines, Math.floor(lines.length / 4));
  checkTypingLine(text, typingLine, `generated ${bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} KB`} incident`);
  return { dir, openFile: LARGE_INCIDENT, typingLine, bytes: Buffer.byteLength(text), text };
}

export function manyWorkspace(dir, count = 2000) {
  cpSync(join(root, 'examples/.postmortem.yaml'), join(dir, '.postmortem.yaml'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'incidents', String(Math.floor(i / 100)).padStart(2, '0'));
    mkdirSync(folder, { recursive: true });
    const text = generateSmallIncident(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `inc-${String(i).padStart(4, '0')}.md`), text);
  }
  return { dir, documents: count, bytes };
}
