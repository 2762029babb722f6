// The one line table of a text, for the model, the engine and fixes: offset <-> position in O(log n), line text
// without its end-of-line characters, clamping. Line breaks are \n, \r\n and a lone \r, as in VS Code and markdown-it.
import type { Position, Range } from '../types';

export class LineIndex {
  /** Offset where each line starts. */
  readonly starts: number[];
  /** Offset just past each line's last character (before its line break). */
  readonly ends: number[];
  /** Line of the last positionAt answer. */
  private hint = 0;

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    if (text.indexOf('\r') === -1) {
      let i = text.indexOf('\n');
      while (i !== -1) {
        ends.push(i);
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) { ends.push(i); starts.push(i + 1); }
        else if (c === 13) {
          ends.push(i);
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number { return this.starts.length; }

  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    return this.text.slice(this.starts[line], this.ends[line]);
  }

  positionAt(offset: number): Position {
    if (!(offset > 0)) return { line: 0, character: 0 };
    if (offset > this.text.length) offset = this.text.length;
    const starts = this.starts;
    // Lookups come mostly in text order: search forward from the line of the last answer, in steps that double
    // (a nearby line costs a few comparisons), else over the lines before it.
    const n = starts.length;
    const h = this.hint;
    let lo: number, hi: number;
    if (offset >= starts[h]) {
      let step = 1;
      while (h + step < n && starts[h + step] <= offset) step *= 2;
      lo = h + (step >> 1);
      hi = Math.min(h + step, n) - 1;
    } else {
      lo = 0;
      hi = h - 1;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    this.hint = lo;
    // An offset inside a \r\n pair sits at the end of the line.
    return { line: lo, character: Math.min(offset, this.ends[lo]) - starts[lo] };
  }

  offsetAt(p: Position): number {
    const n = this.starts.length;
    if (!p || !(p.line >= 0)) return 0;
    if (p.line >= n) return this.text.length;
    const line = Math.floor(p.line);
    const ch = p.character > 0 ? Math.floor(p.character) : 0;
    return Math.min(this.starts[line] + ch, this.ends[line]);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The end of a line's content (before its line break): `lineRange(line).end` without the range. */
  lineEnd(line: number): Position {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    return { line: l, character: this.ends[l] - this.starts[l] };
  }

  /** Length of a line's content, without its line break. */
  lineLength(line: number): number {
    return this.ends[line] - this.starts[line];
  }

  /** The nearest position inside the text (non-numbers count as 0; past a line's end: its end). */
  clampPosition(p: Position | undefined): Position {
    const rawLine = p && Number.isFinite(p.line) ? Math.trunc(p.line) : 0;
    const rawChar = p && Number.isFinite(p.character) ? Math.trunc(p.character) : 0;
    if (rawLine < 0) return { line: 0, character: 0 };
    const last = this.starts.length - 1;
    if (rawLine > last) return { line: last, character: this.lineLength(last) };
    return { line: rawLine, character: Math.max(0, Math.min(rawChar, this.lineLength(rawLine))) };
  }

  /** A range inside the text with start <= end (an inverted range collapses to its start). */
  clampRange(r: Range | undefined): Range {
    const start = this.clampPosition(r?.start);
    const end = this.clampPosition(r?.end);
    if (end.line < start.line || (end.line === start.line && end.character < start.character)) {
      return { start, end: { ...start } };
    }
    return { start, end };
  }

  /** The range of a line's content (no line break). */
  lineRange(line: number): Range {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    return { start: { line: l, character: 0 }, end: { line: l, character: this.ends[l] - this.starts[l] } };
  }
}
