// Corrective actions: the items of the first list level under the Corrective actions section (a nested list is an
// action's detail, not an action), and the rows of a table there, whose header row names the columns.
import type { CorrectiveAction, TextBlock } from '../types';
import type { LineIndex } from './lines';
import { actionFromRow, parseCorrectiveAction } from './actions';
import type { RowCell } from './collect-timeline';

export class ActionCollector {
  readonly actions: CorrectiveAction[] = [];
  /** The list depth of the section's actions: that of its first list item (-1 until one is seen). */
  private actionDepth = -1;
  private headers: string[] = [];

  constructor(private readonly lines: LineIndex, private readonly zone: string) {}

  /** A new Corrective actions section: its first list item sets the depth again. */
  section(): void {
    this.actionDepth = -1;
  }

  /** The first paragraph of a list item at `listDepth`. */
  item(block: TextBlock, listDepth: number): void {
    if (this.actionDepth === -1) this.actionDepth = listDepth;
    if (listDepth !== this.actionDepth) return;
    const action = parseCorrectiveAction(block, this.lines, this.lines.text, this.zone);
    if (action) this.actions.push(action);
  }

  /** A table starts: its header row comes next. */
  table(): void {
    this.headers = [];
  }

  headerRow(cells: RowCell[]): void {
    this.headers = cells.map((c) => c.content);
  }

  row(cells: RowCell[]): void {
    const action = actionFromRow(cells, this.headers, this.lines, this.zone);
    if (action) this.actions.push(action);
  }
}
