// parseDocument: one markdown-it block parse plus one YAML parse give the whole document model the rules read.
// Everything is linear in the size of the text; nothing here throws (a failure degrades to an empty model).
// Conventions rules can rely on:
// - a TextBlock's `text` has exactly the length of the source its `range` covers, with HTML comments blanked to
//   spaces, so `offsetAt(block.range.start) + i` is the document offset of `text[i]`;
// - a status update is a heading under the Updates section (its sub-headings belong to its body);
// - directives carry the line their comment starts on.
import type {
  Config, CorrectiveAction, PostmortemDocument, Range, Section, SectionKind, StatusUpdate, TextBlock,
  TimelineEntry, Timestamp,
} from '../types';
import { LineIndex } from './lines';
import { kindOfMapped, mappedKind } from './mapped-kind';
import { parseFrontMatter } from './front-matter';
import { normalizeMeta } from './normalize-meta';
import { blockTokenChunks, type Token } from './markdown';
import { maskComments, sectionKindOf } from './text';
import { parseUpdateHeading } from './updates';
import { inferTextPhases } from './update-phase';
import { findNextUpdate } from './next-update-promise';
import { timelineFromText } from './timeline';
import { actionFromRow, parseCorrectiveAction } from './actions';
import { findSignature } from './signature';
import { findDirectives } from './directives';
import { detectLanguage } from './language';
import { peekScratch, scratch } from './per-document-cache';

export interface ParseOptions { uri?: string; version?: number; config?: Config }

interface OpenHeading {
  level: number;
  kind?: SectionKind;
  update?: number;       // index into updates when this heading is a status update
  isUpdates: boolean;    // the Updates section itself
  section: Section;
  line: number;
}

/** A prose block found during the walk, before its section and update are known. */
interface RawBlock { start: number; end: number; line: number; endLine?: number }

/** The line table each document was built with, for the engine (it would otherwise scan the text again). */
const LINE_TABLE = Symbol('lineTable');

/** The line table `doc` was parsed with (a new one for a document this module did not build). */
export function documentLines(doc: PostmortemDocument): LineIndex {
  const built = peekScratch<LineIndex>(doc, LINE_TABLE);
  return built && built.text === doc.text ? built : new LineIndex(doc.text);
}

export function parseDocument(text: string, opts: ParseOptions = {}): PostmortemDocument {
  const src = typeof text === 'string' ? text : String(text ?? '');
  try {
    return build(src, opts);
  } catch (e) {
    // Last resort: a model with nothing in it still lets the engine run (and report) instead of crashing.
    return emptyDocument(src, opts, e);
  }
}

function build(text: string, opts: ParseOptions): PostmortemDocument {
  const lines = new LineIndex(text);
  const { frontMatter, bodyStartLine } = parseFrontMatter(lines);
  const { meta, zone } = normalizeMeta(frontMatter.data, opts.config?.timezone);

  const sections: Section[] = [];
  const updates: StatusUpdate[] = [];
  const updateSections: Section[] = [];
  /** The time each update's relative promises count from: its own, else the last known one. */
  const updateBases: (number | undefined)[] = [];
  const timeline: TimelineEntry[] = [];
  const correctiveActions: CorrectiveAction[] = [];
  const blocks: TextBlock[] = [];
  const codeBlocks: Range[] = [];
  const codeLines: [number, number][] = [];
  /** Paragraph blocks outside lists and tables (signature candidates), as indexes into `blocks`. */
  let lastBlockIsParagraph = false;

  const stack: OpenHeading[] = [];
  const open: { section: Section; level: number }[] = [];
  let ctxKind: SectionKind | undefined;
  let ctxUpdate: number | undefined;
  let lastUpdateAt: number | undefined;
  let lastTimelineAt: number | undefined;
  let actionListDepth = -1;

  const closeSections = (level: number, beforeLine: number) => {
    while (open.length && open[open.length - 1].level >= level) {
      const o = open.pop()!;
      finishSection(o.section, beforeLine, lines, text);
    }
  };

  const refreshContext = () => {
    ctxKind = undefined;
    ctxUpdate = undefined;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (ctxUpdate === undefined && stack[i].update !== undefined) ctxUpdate = stack[i].update;
      if (ctxKind === undefined && stack[i].kind) ctxKind = stack[i].kind;
    }
  };

  const addBlock = (b: RawBlock | undefined, inQuote: boolean): TextBlock | undefined => {
    if (!b) return undefined;
    const blockText = maskComments(text.slice(b.start, b.end));
    const range = blockRange(b, lines);
    // One literal per shape (same keys, same order as adding them one by one): no property-store growth.
    const kind = ctxKind, u = ctxUpdate;
    let block: TextBlock;
    if (u !== undefined) {
      block = kind ? { text: blockText, range, inQuote, sectionKind: kind, updateIndex: u } : { text: blockText, range, inQuote, updateIndex: u };
      updates[u].blocks.push(block);
    } else {
      block = kind ? { text: blockText, range, inQuote, sectionKind: kind } : { text: blockText, range, inQuote };
    }
    blocks.push(block);
    return block;
  };

  let quoteDepth = 0;
  let listDepth = 0;
  const itemStack: { line: number; firstChild: boolean }[] = [];
  let rowLine = -1;
  let rowCells: { block?: TextBlock; content: string; start: number; end: number }[] = [];
  let rowCursor = 0;
  let tableHeaders: string[] = [];

  // Chunk by chunk: a chunk's tokens are dropped once walked (see blockTokenChunks).
  for (const tokens of blockTokenChunks(text, bodyStartLine)) {
    for (let i = 0, released = 0; i < tokens.length; i++) {
      // Tokens behind the walk are dropped: young-generation collections during the walk then copy fewer of them.
      for (const keep = i - 1; released < keep; released++) (tokens as (Token | undefined)[])[released] = undefined;
      const t = tokens[i];
      switch (t.type) {
        case 'blockquote_open': quoteDepth++; break;
        case 'blockquote_close': quoteDepth = Math.max(0, quoteDepth - 1); break;
        case 'bullet_list_open': case 'ordered_list_open': listDepth++; break;
        case 'bullet_list_close': case 'ordered_list_close': listDepth = Math.max(0, listDepth - 1); break;
        case 'list_item_open': itemStack.push({ line: t.map ? t.map[0] : -1, firstChild: true }); break;
        case 'list_item_close': itemStack.pop(); break;
        case 'fence': case 'code_block': {
          if (t.map) {
            const last = Math.max(t.map[0], t.map[1] - 1);
            codeBlocks.push({ start: { line: t.map[0], character: 0 }, end: lines.lineEnd(last) });
            codeLines.push([t.map[0], last]);
          }
          lastBlockIsParagraph = false;
          const item = itemStack[itemStack.length - 1];
          if (item) item.firstChild = false;
          break;
        }
        case 'heading_open': {
          const inline = tokens[i + 1];
          if (!t.map || !inline || inline.type !== 'inline') break;
          const level = Number(t.tag.slice(1)) || 1;
          const line = t.map[0];
          const content = findContent(inline.content, line, lines, text);
          const headingText = maskComments(inline.content).trim();
          closeSections(level, line);
          while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
          const inUpdates = inUpdatesSection(stack);
          const headingEnd = lines.lineEnd(t.map[1] - 1);
          const section: Section = {
            heading: headingText,
            level,
            headingRange: { start: { line, character: 0 }, end: headingEnd },
            // Set by finishSection once the next heading is known (every section is finished before the end).
            range: PENDING,
            bodyRange: PENDING,
            bodyText: '',
          };
          const entry: OpenHeading = { level, section, line, isUpdates: false };
          if (inUpdates) {
            const u = parseUpdateHeading({
              heading: headingText,
              section,
              contentStart: content?.start ?? headingContentStart(lines, line),
              text,
              lines,
              zone,
              baseDate: lastUpdateAt ?? meta.started ?? meta.detected,
            });
            updateBases.push(u.timestamp.at ?? lastUpdateAt ?? meta.started ?? meta.detected);
            if (u.timestamp.at !== undefined) lastUpdateAt = u.timestamp.at;
            entry.update = updates.length;
            updates.push(u);
            updateSections.push(section);
          } else {
            const kind = sectionKindOf(headingText, level);
            if (kind) section.kind = kind;
            entry.kind = kind;
            entry.isUpdates = kind === 'updates';
            if (kind === 'correctiveActions') actionListDepth = -1;
          }
          sections.push(section);
          open.push({ section, level });
          stack.push(entry);
          refreshContext();
          lastBlockIsParagraph = false;
          i += 2;
          break;
        }
        case 'paragraph_open': {
          const inline = tokens[i + 1];
          if (!inline || inline.type !== 'inline' || !inline.map) break;
          const raw = findContent(inline.content, inline.map[0], lines, text, inline.map[1] - 1);
          const block = addBlock(trimMasked(raw, text), quoteDepth > 0);
          const item = itemStack[itemStack.length - 1];
          const firstInItem = !!item && item.firstChild;
          if (item) item.firstChild = false;
          lastBlockIsParagraph = !!block && !item;
          if (block && firstInItem && item) {
            const itemStart = lines.offsetAt({ line: item.line, character: 0 });
            const markerStart = itemStart + lineIndent(lines, item.line);
            if (ctxKind === 'timeline') {
              const e = timelineFromText(block, markerStart, lines, text, zone, lastTimelineAt ?? meta.started ?? meta.detected);
              if (e) { timeline.push(e); if (e.timestamp.at !== undefined) lastTimelineAt = e.timestamp.at; }
            } else if (ctxKind === 'correctiveActions' && ctxUpdate === undefined) {
              if (actionListDepth === -1) actionListDepth = listDepth;
              if (listDepth === actionListDepth) {
                const a = parseCorrectiveAction(block, lines, text, zone);
                if (a) correctiveActions.push(a);
              }
            }
          }
          i += 2;
          break;
        }
        case 'table_open': tableHeaders = []; break;
        case 'tr_open': {
          rowLine = t.map ? t.map[0] : -1;
          rowCells = [];
          rowCursor = rowLine >= 0 ? lines.starts[rowLine] : 0;
          break;
        }
        case 'th_open': case 'td_open': {
          const inline = tokens[i + 1];
          if (!inline || inline.type !== 'inline' || rowLine < 0) break;
          const found = findCell(inline.content, rowLine, rowCursor, lines, text);
          if (found !== -1) {
            const end = found + inline.content.length;
            rowCursor = end;
            const b = trimMasked({ start: found, end, line: rowLine }, text);
            const block = t.type === 'td_open' ? addBlock(b, quoteDepth > 0) : undefined;
            rowCells.push({ block, content: inline.content, start: found, end });
          } else {
            rowCells.push({ content: inline.content, start: -1, end: -1 });
          }
          lastBlockIsParagraph = false;
          i += 2;
          break;
        }
        case 'tr_close': {
          const isHeader = rowCells.length > 0 && tokens[i - 1]?.type === 'th_close';
          if (isHeader) tableHeaders = rowCells.map((c) => c.content);
          else if (ctxKind === 'correctiveActions' && ctxUpdate === undefined && rowLine >= 0) {
            const a = actionFromRow(rowCells.map((c) => ({ block: c.block, content: c.content })), tableHeaders, lines, zone);
            if (a) correctiveActions.push(a);
          }
          if (rowLine >= 0 && rowCells.length && rowCells[0].block && rowCells[0].start >= 0) {
            const rowStart = lines.starts[rowLine] + lineIndent(lines, rowLine);
            const rowRange = { start: lines.positionAt(rowStart), end: lines.lineEnd(rowLine) };
            if (ctxKind === 'timeline') {
              const e = timelineFromRow(rowCells, rowRange, lines, text, zone, lastTimelineAt ?? meta.started ?? meta.detected);
              if (e) { timeline.push(e); if (e.timestamp.at !== undefined) lastTimelineAt = e.timestamp.at; }
            }
          }
          rowLine = -1;
          break;
        }
        case 'html_block': lastBlockIsParagraph = lastBlockIsParagraph && isComment(t.content); break;
        case 'hr': lastBlockIsParagraph = false; break;
        default: break;
      }
    }
  }
  closeSections(0, lines.lineCount);

  // Update bodies are the bodies of their heading sections.
  for (let k = 0; k < updates.length; k++) {
    const u = updates[k];
    const s = updateSections[k];
    u.range = s.range;
    u.bodyRange = s.bodyRange;
    u.body = s.bodyText;
  }
  inferTextPhases(updates);

  const lang = detectLanguage(meta.lang, blocks, sections, opts.config?.language);
  for (let k = 0; k < updates.length; k++) {
    const u = updates[k];
    const next = findNextUpdate(u, lines, zone, updateBases[k]);
    if (next) u.nextUpdate = next;
  }

  const signature = findSignature({
    blocks, lastIsParagraph: lastBlockIsParagraph, frontMatter, meta, lang, text, lines,
  });
  const directives = findDirectives(text, lines, codeLines);

  const kindMap = new Map<SectionKind, Section>();
  for (const s of sections) if (s.kind && !kindMap.has(s.kind)) kindMap.set(s.kind, s);

  // Optional fields are added only when present: deleting them afterwards (as before) turned every document into a
  // slow dictionary-mode object for the rules that read it thousands of times.
  const doc: PostmortemDocument = {
    text,
    lineCount: lines.lineCount,
    frontMatter,
    meta,
    lang,
    zone,
    sections,
    updates,
    timeline,
    correctiveActions,
    blocks,
    codeBlocks,
    directives,
    positionAt: (offset) => lines.positionAt(offset),
    offsetAt: (position) => lines.offsetAt(position),
    section: (kind) => kindMap.get(kind),
  };
  if (opts.uri !== undefined) doc.uri = opts.uri;
  if (opts.version !== undefined) doc.version = opts.version;
  if (meta.kind !== undefined) doc.kind = meta.kind;
  else if (frontMatter.data.kind === undefined) applyMapping(doc, opts);
  if (signature !== undefined) doc.signature = signature;
  scratch(doc, LINE_TABLE, () => lines);
  return doc;
}

/** A document without a `kind` takes the one `.postmortem.yaml` maps its path to (model/mapped-kind.ts). */
function applyMapping(doc: PostmortemDocument, opts: ParseOptions): void {
  const mapping = mappedKind(opts.uri, opts.config);
  if (mapping) doc.kind = kindOfMapped(mapping, doc.sections);
}

/** Placeholder range of a section still open: never seen outside the walk. */
const PENDING: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function inUpdatesSection(stack: OpenHeading[]): boolean {
  let updates = false;
  for (const h of stack) {
    if (h.update !== undefined) return false;
    if (h.isUpdates) updates = true;
  }
  return updates;
}

/** The range of a block whose first (and maybe last) line is known: no search needed when the guess holds. */
function blockRange(b: RawBlock, lines: LineIndex): Range {
  const s = lines.starts;
  const l0 = b.line;
  const start = b.start >= s[l0] && b.start <= lines.ends[l0] ? { line: l0, character: b.start - s[l0] } : lines.positionAt(b.start);
  const l1 = b.endLine ?? l0;
  const end = l1 < s.length && b.end >= s[l1] && b.end <= lines.ends[l1] ? { line: l1, character: b.end - s[l1] } : lines.positionAt(b.end);
  return { start, end };
}

function finishSection(s: Section, nextHeadingLine: number, lines: LineIndex, text: string): void {
  const headLast = s.headingRange.end.line;
  // The section ends at the end of the last line before the next heading (trailing blank lines excluded).
  let last = nextHeadingLine - 1;
  while (last > headLast && isBlank(lines, last)) last--;
  if (last <= headLast) {
    s.range = { start: s.headingRange.start, end: s.headingRange.end };
    s.bodyRange = { start: s.headingRange.end, end: s.headingRange.end };
    s.bodyText = '';
    return;
  }
  const end = lines.lineEnd(last);
  const bodyStart = { line: headLast + 1, character: 0 };
  s.range = { start: s.headingRange.start, end };
  s.bodyRange = { start: bodyStart, end };
  s.bodyText = text.slice(lines.offsetAt(bodyStart), lines.offsetAt(end));
}

function isBlank(lines: LineIndex, line: number): boolean {
  const a = lines.starts[line], b = lines.ends[line];
  for (let i = a; i < b; i++) {
    const c = lines.text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Where an ATX heading's text starts when its content could not be located: after the #s. */
function headingContentStart(lines: LineIndex, line: number): number {
  const m = /^[ \t]{0,3}#{1,6}[ \t]*/.exec(lines.lineText(line));
  return lines.starts[line] + (m ? m[0].length : 0);
}

/** Index in its line of the first character that is not a space or tab (0 when there is none). */
function indentIn(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return i - start;
  }
  return 0;
}

function lineIndent(lines: LineIndex, line: number): number {
  if (line < 0 || line >= lines.lineCount) return 0;
  return indentIn(lines.text, lines.starts[line], lines.ends[line]);
}

function isComment(s: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(s);
}

/**
 * Where an inline token's content lies in the source: its first line is found in the token's first source line,
 * its last line in the last one. Falls back to the whole lines when markdown-it rewrote the text (tabs, NUL).
 */
function findContent(content: string, firstLine: number, lines: LineIndex, text: string, lastLine = firstLine): RawBlock | undefined {
  if (!content || firstLine < 0 || firstLine >= lines.lineCount) return undefined;
  lastLine = Math.min(Math.max(lastLine, firstLine), lines.lineCount - 1);
  const nl = content.indexOf('\n');
  const head = nl === -1 ? content : content.slice(0, nl);
  // Searched in place (no slice of the line): the first occurrence that fits in the line.
  const lineStart = lines.starts[firstLine];
  const lineEnd = lines.ends[firstLine];
  const found = indexIn(text, head, lineStart, lineEnd);
  const inLine = found !== -1;
  const start = inLine ? found : lineStart + indentIn(text, lineStart, lineEnd);
  let end: number;
  if (nl === -1 || lastLine === firstLine) {
    end = inLine || (start + head.length <= lineEnd && text.startsWith(head, start)) ? start + head.length : lineEnd;
  } else {
    const tail = content.slice(content.lastIndexOf('\n') + 1).trimStart();
    const ls = lines.starts[lastLine];
    const le = lines.ends[lastLine];
    const j = lastIndexIn(text, tail, ls, le);
    end = j === -1 ? le : j + tail.length;
  }
  return { start, end: Math.max(start, end), line: firstLine, endLine: nl === -1 ? firstLine : lastLine };
}

/**
 * Where a table cell's content starts in its row line (-1: not found), searched from the end of the previous cell.
 * The search stays inside the line: a cell markdown-it rewrote must not cost a scan of the rest of the document.
 */
function findCell(content: string, line: number, from: number, lines: LineIndex, text: string): number {
  if (line < 0 || line >= lines.lineCount || !content) return -1;
  return indexIn(text, content, from, lines.ends[line]);
}

/**
 * First index of `needle` lying wholly inside text[from, end), or -1 (`''` is found at `from`). Bounded, unlike
 * `text.indexOf`, which would run on through the rest of the document when the needle is not in the line.
 */
function indexIn(text: string, needle: string, from: number, end: number): number {
  const last = end - needle.length;
  if (needle === '') return from <= last ? from : -1;
  const c0 = needle.charCodeAt(0);
  for (let i = from; i <= last; i++) {
    if (text.charCodeAt(i) === c0 && text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Last index of `needle` lying wholly inside text[from, end), or -1 (`''` is found at `end`). */
function lastIndexIn(text: string, needle: string, from: number, end: number): number {
  const last = end - needle.length;
  if (needle === '') return last >= from ? last : -1;
  const c0 = needle.charCodeAt(0);
  for (let i = last; i >= from; i--) {
    if (text.charCodeAt(i) === c0 && text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Drops comment-only edges of a block: "We are sorry. <!-- expect: PM001 -->" ends after "sorry.". */
function trimMasked(b: RawBlock | undefined, text: string): RawBlock | undefined {
  if (!b) return undefined;
  const src = text.slice(b.start, b.end);
  if (src.indexOf('<!--') === -1) return b.end > b.start ? b : undefined;
  const masked = maskComments(src);
  const lead = masked.length - masked.trimStart().length;
  const body = masked.trim();
  if (!body) return undefined;
  // Trimming may move the ends across lines: let blockRange search.
  return { start: b.start + lead, end: b.start + lead + body.length, line: b.line, endLine: lead === 0 && body.length === src.length ? b.endLine : -1 };
}

function timelineFromRow(
  cells: { block?: TextBlock; content: string; start: number; end: number }[],
  range: Range, lines: LineIndex, text: string, zone: string, baseDate: number | undefined,
): TimelineEntry | undefined {
  const first = cells[0].block;
  if (!first) return undefined;
  const e = timelineFromText(first, 0, lines, text, zone, baseDate, range);
  if (!e) return undefined;
  // "| 14:02 | Deploy starts |": the event is the other cells; "| 14:02 Deploy starts |" keeps its own text.
  let joined = e.text;
  for (let k = 1; k < cells.length; k++) {
    const other = maskComments(cells[k].content).trim();
    if (other) joined = joined ? joined + ' — ' + other : other;
  }
  e.text = joined;
  return e;
}

/**
 * A document with nothing in it but its text: the parser's last resort (with the reason it could not read the text,
 * reported by the front-matter rule) and the engine tests' synthetic documents.
 */
export function emptyDocument(text: string, opts: ParseOptions = {}, error?: unknown): PostmortemDocument {
  let lines: LineIndex;
  try { lines = new LineIndex(text); } catch { lines = new LineIndex(''); }
  const errors = error === undefined ? [] : [{
    message: `The document could not be read: ${error instanceof Error ? error.message : String(error)}`, range: lines.lineRange(0),
  }];
  const frontMatter = { present: false, data: {}, errors, declaresKind: false, keyRange: () => undefined, valueRange: () => undefined };
  return {
    text, uri: opts.uri, version: opts.version, lineCount: lines.lineCount, frontMatter,
    meta: { audience: 'customers' }, lang: opts.config?.language ?? 'en', zone: 'UTC',
    sections: [], updates: [], timeline: [], correctiveActions: [], blocks: [], codeBlocks: [], directives: [],
    positionAt: (o) => lines.positionAt(o), offsetAt: (p) => lines.offsetAt(p), section: () => undefined,
  };
}

export type { Timestamp };
