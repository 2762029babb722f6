// Cooperative time slices for background work in the extension host (the workspace index): work done between two
// awaits of turn() runs until the slice's budget is spent, then the host gets a turn (typing, the lint, the UI)
// before the next slice. For one loop doing its pieces of work one after another (the index's scan parses file by
// file): waiters resumed by the same pause would all run in the same slice.
const BUDGET_MS = 40;

export class TimeSlices {
  private started: number;
  /** A slice just began: its first piece of work runs whatever the budget (a budget smaller than one piece). */
  private fresh = true;
  private pause: Promise<void> | undefined;

  constructor(private readonly budgetMs = BUDGET_MS, private readonly now: () => number = Date.now) {
    this.started = now();
  }

  /** Resolves at once while the current slice has time left, else after the host had its turn. */
  async turn(): Promise<void> {
    for (;;) {
      if (this.pause) {
        await this.pause;
        continue;
      }
      if (this.fresh || this.now() - this.started < this.budgetMs) {
        this.fresh = false;
        return;
      }
      this.pause = new Promise((resolve) => setTimeout(() => {
        this.pause = undefined;
        this.started = this.now();
        this.fresh = true;
        resolve();
      }, 0));
    }
  }
}
