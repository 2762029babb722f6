// Prose blocks (paragraphs and data cells, each tagged with its section kind and update), code blocks, and whether
// the document ends in a paragraph outside lists and tables (the signature's candidate).
import type { CodeBlock, TextBlock } from '../types';
import type { LineIndex } from './lines';
import type { SectionCollector } from './collect-sections';
import { spanRange, type SourceSpan } from './source-spans';
import { maskComments } from '../text/comments';

export class BlockCollector {
  readonly blocks: TextBlock[] = [];
  readonly codeBlocks: CodeBlock[] = [];
  /** First and last line of each code block, for the directive scan (a comment in code is no directive). */
  readonly codeLines: [number, number][] = [];
  /** Whether the last block so far is a paragraph outside lists and tables (comments between do not count). */
  lastIsParagraph = false;

  constructor(private readonly lines: LineIndex, private readonly context: SectionCollector) {}

  /** A prose block in the current section and update; undefined for an empty span. */
  add(span: SourceSpan | undefined, inQuote: boolean): TextBlock | undefined {
    if (!span) return undefined;
    const text = maskComments(this.lines.text.slice(span.start, span.end));
    const range = spanRange(span, this.lines);
    // One literal per shape (same keys, same order as adding them one by one): no property-store growth.
    const kind = this.context.kind, update = this.context.update;
    let block: TextBlock;
    if (update !== undefined) {
      block = kind ? { text, range, inQuote, sectionKind: kind, updateIndex: update } : { text, range, inQuote, updateIndex: update };
      this.context.updates[update].blocks.push(block);
    } else {
      block = kind ? { text, range, inQuote, sectionKind: kind } : { text, range, inQuote };
    }
    this.blocks.push(block);
    return block;
  }

  paragraph(span: SourceSpan | undefined, inQuote: boolean, inListItem: boolean): TextBlock | undefined {
    const block = this.add(span, inQuote);
    this.lastIsParagraph = !!block && !inListItem;
    return block;
  }

  code(firstLine: number, lastLine: number, fenced: boolean, content: string): void {
    if (firstLine >= 0) {
      this.codeBlocks.push({ start: { line: firstLine, character: 0 }, end: this.lines.lineEnd(lastLine), fenced, content });
      this.codeLines.push([firstLine, lastLine]);
    }
    this.lastIsParagraph = false;
  }

  /** An HTML block: a comment keeps the paragraph before it the last one. */
  html(content: string): void {
    this.lastIsParagraph = this.lastIsParagraph && isComment(content);
  }

  /** Any other block (heading, table, rule) ends the run of paragraphs. */
  other(): void {
    this.lastIsParagraph = false;
  }
}

function isComment(s: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(s);
}
