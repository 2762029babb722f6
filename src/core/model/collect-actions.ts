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

  /** Whether the section's heading tells its changes as made ("What we changed"): its actions are finished. */
  private sectionDone = false;

  /** A new Corrective actions section: its first list item sets the depth again. */
  section(done = false): void {
    this.actionDepth = -1;
    this.sectionDone = done;
  }

  private add(action: CorrectiveAction | undefined): void {
    if (!action) return;
    if (this.sectionDone) action.done = true;
    this.actions.push(action);
  }

  /** The first paragraph of a list item at `listDepth`. */
  item(block: TextBlock, listDepth: number): void {
    if (this.actionDepth === -1) this.actionDepth = listDepth;
    if (listDepth !== this.actionDepth) return;
    this.add(parseCorrectiveAction(block, this.lines, this.lines.text, this.zone));
  }

  /** A table starts: its header row comes next. */
  table(): void {
    this.headers = [];
  }

  headerRow(cells: RowCell[]): void {
    this.headers = cells.map((c) => c.content);
  }

  row(cells: RowCell[]): void {
    this.add(actionFromRow(cells, this.headers, this.lines, this.zone));
  }
}
