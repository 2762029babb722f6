import * as assert from 'assert';
import { TimeSlices } from '../../../src/vscode/services/time-slices';

/** Whether awaiting `step` let a macrotask (the host's turn: typing, a lint, the UI) run. */
async function letHostRun(step: () => Promise<void>): Promise<boolean> {
  let ran = false;
  const timer = setTimeout(() => { ran = true; }, 0);
  await step();
  clearTimeout(timer);
  return ran;
}

describe('editor: time slices for background work', () => {
  it('gives the host a turn each time a slice has spent its budget, and not before', async () => {
    let now = 0;
    const slices = new TimeSlices(30, () => now);
    const pausedBefore: number[] = [];
    for (let piece = 0; piece < 10; piece++) {
      if (await letHostRun(() => slices.turn())) pausedBefore.push(piece);
      now += 10; // each piece of work takes 10 ms
    }
    assert.deepStrictEqual(pausedBefore, [3, 6, 9]);
  });

  it('a piece longer than the budget still runs, one per slice; reads waiting at once share the pauses', async () => {
    let now = 0;
    const slices = new TimeSlices(5, () => now);
    const done: number[] = [];
    await Promise.all(Array.from({ length: 4 }, async (_, i) => {
      await slices.turn();
      done.push(i);
      now += 20;
    }));
    assert.deepStrictEqual(done.sort(), [0, 1, 2, 3]);
  });
});
