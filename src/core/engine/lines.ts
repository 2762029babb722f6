// Line index of a text: positions <-> offsets and clamping, independent of the model (fixes run on plain text).
import type { Position, Range } from '../types';

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];

  /** `starts`: the line starts of `text` when already known (read only, never changed here). */
  constructor(readonly text: string, starts?: readonly number[]) {
    if (starts) {
      this.starts = starts as number[];
      return;
    }
    const own = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) own.push(i + 1);
    this.starts = own;
  }

  /**
   * The index of a parsed document's text, sharing the model's line starts. The model also breaks lines at a lone
   * \r and this index does not (fixes and clamping count \n only): then it scans the text itself.
   */
  static forDocument(text: string, model: { readonly text: string; readonly starts: readonly number[]; readonly loneCR: boolean } | undefined): LineIndex {
    return model && !model.loneCR && model.text === text ? new LineIndex(text, model.starts) : new LineIndex(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Length of a line without its line break (a trailing \r is part of the break, as in VS Code). */
  lineLength(line: number): number {
    const start = this.starts[line];
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return end - start;
  }

  clampPosition(p: Position | undefined): Position {
    const rawLine = p && Number.isFinite(p.line) ? Math.trunc(p.line) : 0;
    const rawChar = p && Number.isFinite(p.character) ? Math.trunc(p.character) : 0;
    if (rawLine < 0) return { line: 0, character: 0 };
    if (rawLine >= this.starts.length) {
      const last = this.starts.length - 1;
      return { line: last, character: this.lineLength(last) };
    }
    return { line: rawLine, character: Math.max(0, Math.min(rawChar, this.lineLength(rawLine))) };
  }

  /** A range inside the text with start <= end. */
  clampRange(r: Range | undefined): Range {
    const start = this.clampPosition(r?.start);
    const end = this.clampPosition(r?.end);
    if (end.line < start.line || (end.line === start.line && end.character < start.character)) {
      return { start, end: { ...start } };
    }
    return { start, end };
  }

  offsetAt(p: Position): number {
    const c = this.clampPosition(p);
    return this.starts[c.line] + c.character;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return this.clampPosition({ line: lo, character: o - this.starts[lo] });
  }
}
