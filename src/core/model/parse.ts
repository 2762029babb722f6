// parseDocument: one markdown-it block parse plus one YAML parse give the whole document model the rules read:
// the token walker (token-walker.ts) hands each block to the collectors (collect-*.ts), which build the model.
// Everything is linear in the size of the text; nothing here throws (a failure degrades to an empty model).
// Conventions rules can rely on:
// - a TextBlock's `text` has exactly the length of the source its `range` covers, with HTML comments blanked to
//   spaces, so `offsetAt(block.range.start) + i` is the document offset of `text[i]`;
// - a status update is a heading under the Updates section (its sub-headings belong to its body);
// - directives carry the line their comment starts on.
import type { Config, PostmortemDocument, Section, SectionKind, Timestamp } from '../types';
import { LineIndex } from './lines';
import { kindOfMapped, mappedKind } from './mapped-kind';
import { parseFrontMatter } from './front-matter';
import { normalizeMeta } from './normalize-meta';
import { walkBlocks, type BlockVisitor, type ListItem, type TableCell } from './token-walker';
import { lineContentStart, type SourceSpan } from './source-spans';
import { SectionCollector } from './collect-sections';
import { BlockCollector } from './collect-blocks';
import { TimelineCollector, type RowCell } from './collect-timeline';
import { ActionCollector } from './collect-actions';
import { tellsActionsDone } from './text';
import { findSignature } from './signature';
import { findDirectives } from './directives';
import { detectLanguage } from './language';
import { peekScratch, scratch, sharedScratchKey } from './per-document-cache';

export interface ParseOptions { uri?: string; version?: number; config?: Config }

/** The line table each document was built with, for the engine (it would otherwise scan the text again). */
const LINE_TABLE = sharedScratchKey('lineTable');

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

  const sections = new SectionCollector(lines, meta, zone);
  const blocks = new BlockCollector(lines, sections);
  const timeline = new TimelineCollector(lines, meta, zone);
  const actions = new ActionCollector(lines, zone);
  const nestingLimitLine = walkBlocks(lines, bodyStartLine, new ModelVisitor(lines, sections, blocks, timeline, actions));
  sections.finish();

  const lang = detectLanguage(meta.lang, blocks.blocks, sections.sections, opts.config?.language);
  sections.findNextUpdates();
  const signature = findSignature({
    blocks: blocks.blocks, lastIsParagraph: blocks.lastIsParagraph, frontMatter, meta, lang, text, lines,
  });
  const directives = findDirectives(text, lines, blocks.codeLines);

  const kindMap = new Map<SectionKind, Section>();
  for (const s of sections.sections) if (s.kind && !kindMap.has(s.kind)) kindMap.set(s.kind, s);

  // Optional fields are added only when present: deleting them afterwards (as before) turned every document into a
  // slow dictionary-mode object for the rules that read it thousands of times.
  const doc: PostmortemDocument = {
    text,
    lineCount: lines.lineCount,
    frontMatter,
    meta,
    lang,
    zone,
    sections: sections.sections,
    updates: sections.updates,
    timeline: timeline.timeline,
    correctiveActions: actions.actions,
    blocks: blocks.blocks,
    codeBlocks: blocks.codeBlocks,
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
  if (nestingLimitLine !== undefined) doc.nestingLimitLine = nestingLimitLine;
  scratch(doc, LINE_TABLE, () => lines);
  return doc;
}

/** A document without a `kind` takes the one `.postmortem.yaml` maps its path to (model/mapped-kind.ts). */
function applyMapping(doc: PostmortemDocument, opts: ParseOptions): void {
  const mapping = mappedKind(opts.uri, opts.config);
  if (mapping) doc.kind = kindOfMapped(mapping, doc.sections);
}

/** Hands each block of the walk to the collectors that read it, in the context the section collector keeps. */
class ModelVisitor implements BlockVisitor {
  constructor(
    private readonly lines: LineIndex,
    private readonly sections: SectionCollector,
    private readonly blocks: BlockCollector,
    private readonly timeline: TimelineCollector,
    private readonly actions: ActionCollector,
  ) {}

  heading(level: number, firstLine: number, lastLine: number, text: string, content: SourceSpan | undefined): void {
    const kind = this.sections.heading(level, firstLine, lastLine, text, content);
    if (kind === 'correctiveActions') this.actions.section(tellsActionsDone(text));
    else if (this.sections.kind === 'timeline') this.timeline.heading(text);
    this.blocks.other();
  }

  paragraph(span: SourceSpan | undefined, inQuote: boolean, item: ListItem | undefined, firstInItem: boolean, listDepth: number): void {
    const block = this.blocks.paragraph(span, inQuote, item !== undefined);
    if (!block || !firstInItem || !item) return;
    if (this.sections.kind === 'timeline') this.timeline.item(block, lineContentStart(this.lines, item.line));
    else if (this.inActions()) this.actions.item(block, listDepth);
  }

  tableStart(): void {
    this.actions.table();
    this.timeline.table();
  }

  tableRow(cells: TableCell[], isHeader: boolean, line: number, inQuote: boolean): void {
    const rowCells: RowCell[] = cells.map((c) => ({ block: c.isData ? this.blocks.add(c.span, inQuote) : undefined, content: c.content }));
    if (cells.length > 0) this.blocks.other();
    if (isHeader) {
      this.actions.headerRow(rowCells);
      if (this.sections.kind === 'timeline') this.timeline.headerRow(rowCells);
    }
    else if (this.inActions()) this.actions.row(rowCells);
    if (this.sections.kind === 'timeline' && rowCells.length > 0 && rowCells[0].block) {
      const range = { start: this.lines.positionAt(lineContentStart(this.lines, line)), end: this.lines.lineEnd(line) };
      this.timeline.row(rowCells, range);
    }
  }

  code(firstLine: number, lastLine: number, fenced: boolean, content: string): void {
    this.blocks.code(firstLine, lastLine, fenced, content);
  }

  html(content: string): void {
    this.blocks.html(content);
  }

  rule(): void {
    this.blocks.other();
  }

  /** Corrective actions are read in their section, not in an update that happens to have such a sub-heading. */
  private inActions(): boolean {
    return this.sections.kind === 'correctiveActions' && this.sections.update === undefined;
  }
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
