// A one-line progress indicator on stderr, only on a terminal and only once a run has taken a while.
export class Progress {
  private shown = false;
  private last = 0;
  private readonly started: number;

  constructor(private readonly total: number, private readonly stream: NodeJS.WriteStream, private readonly clock: () => number,
    private readonly enabled = !!stream.isTTY) {
    this.started = clock();
  }

  update(done: number): void {
    if (!this.enabled) return;
    const t = this.clock();
    if (t - this.started < 500 || t - this.last < 100) return;
    this.last = t;
    this.shown = true;
    this.stream.write(`\r\u001b[Kpostmortem-lint: ${done}/${this.total} files`);
  }

  done(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
