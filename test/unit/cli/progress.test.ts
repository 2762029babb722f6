// The progress line: only on a terminal, only once a run takes a while, throttled, and erased at the end.
import * as assert from 'assert';
import { Progress } from '../../../src/cli/progress';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WriteStream & { written: string[] };
}

describe('postmortem-lint progress line', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  it('stays silent for short runs and when stderr is not a terminal', function () {
    let t = 0;
    const tty = fakeStream(true);
    const quick = new Progress(100, tty, () => t);
    for (let i = 1; i <= 100; i++) { t += 4; quick.update(i); }   // 400 ms in all
    quick.done();
    assert.deepStrictEqual(tty.written, []);

    const piped = fakeStream(false);
    const slow = new Progress(100, piped, () => t);
    for (let i = 1; i <= 100; i++) { t += 50; slow.update(i); }
    slow.done();
    assert.deepStrictEqual(piped.written, []);
  });

  it('shows done/total on one line at most every 100 ms on a terminal, then erases it', function () {
    let t = 0;
    const tty = fakeStream(true);
    const p = new Progress(1000, tty, () => t);
    for (let i = 1; i <= 1000; i++) { t += 2; p.update(i); }       // 2 s in all
    p.done();
    const lines = tty.written.slice(0, -1);
    assert.ok(lines.length >= 14 && lines.length <= 16, String(lines.length));
    assert.ok(lines.every((l) => /^\r\u001b\[Kpostmortem-lint: \d+\/1000 files$/.test(l)));
    assert.strictEqual(tty.written[tty.written.length - 1], '\r\u001b[K');
  });
});
