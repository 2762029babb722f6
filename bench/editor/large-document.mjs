// Scenarios "large" and "medium": a fresh window with a generated 1 MB (10 KB) incident open; ten measured edits on it
// (keystroke → new squiggle), then the extension host's memory: resident now and its peak.
import { INDEX_LOG } from './open-example.mjs';
import { goToLineEnd, measureKeystrokes } from './typing.mjs';

export const EDITS = 10;

/** `rows`: { key, split, memoryOpen, memory, memoryPeak, heap } of the scenario (the medium one measures the keystrokes only). */
export async function measureLargeWindow(win, workspace, rows) {
  await win.waitForMark('textShown', 90000);
  await win.waitForLog(INDEX_LOG, 180000);
  win.step('index logged');
  await win.settle();   // the first lint of the 1 MB document has run
  rows.memoryOpen?.add((await win.memory()).rssMb);
  await win.page.locator('.editor-group-container.active .monaco-editor').first().click();
  await goToLineEnd(win.page, workspace.typingLine);
  await measureKeystrokes(win, rows.key, EDITS, 'edit', rows.split);
  await win.settle();
  const memory = await win.memory();
  rows.memory?.add(memory.rssMb);
  rows.memoryPeak?.add(memory.peakMb);
  const live = rows.heap ? await win.heapAfterGc() : undefined;
  if (live) {
    rows.heap.add(live.heapUsedMb);
    win.step(`after a full GC: heap used ${live.heapUsedMb} of ${live.heapTotalMb} MB, external ${live.externalMb} MB, resident ${live.rssMb} MB`);
  }
}
