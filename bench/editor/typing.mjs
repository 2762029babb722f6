// Keystroke → new squiggle, as a writer sees it: the cursor goes to the end of a prose line (Ctrl+G), most of a
// blameful phrase is inserted (one edit, as a paste), the bench waits until the extension host is idle (the prefix
// linted and indexed), then presses the one key that completes the phrase; the clock runs from that key's keydown in
// the page to the squiggle drawn on the cursor's line. The phrase is then selected and deleted (one edit) and the
// squiggle awaited gone, so every repetition starts from the same text: three edits each.
import { COMPLETING, TYPED } from './workspaces.mjs';

async function cursorLineHasSquiggle(page) {
  return page.evaluate(() => window.__pmBench.cursorLineHasSquiggle());
}

async function waitUntilNoSquiggle(page, timeoutMs) {
  await page.waitForFunction(() => !window.__pmBench.cursorLineHasSquiggle(), undefined, { timeout: timeoutMs, polling: 50 });
}

/** Puts the cursor at the end of `line` (0-based) of the active editor: the start of the next line, then one left
 * (End would stop at the end of the first wrapped row of a long line). */
export async function goToLineEnd(page, line) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 30000 });
  await page.keyboard.type(String(line + 2));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 30000 });
  await page.keyboard.press('ArrowLeft');
}

/**
 * One measured edit on the cursor's line (see goToLineEnd) of `win`'s active editor. Returns the milliseconds from
 * key to squiggle.
 */
export async function keystrokeToSquiggle(win, { timeoutMs = 120000 } = {}) {
  const { page } = win;
  await page.keyboard.insertText(TYPED);
  await win.settle();
  if (await cursorLineHasSquiggle(page)) throw new Error(`a squiggle on the typing line before the completing key ("${TYPED}")`);
  // armed (awaited) before the key is sent, so the keydown cannot overtake the arming
  await page.evaluate((t) => { window.__pmBench.pending = window.__pmBench.squiggleAfterNextKey(t); }, timeoutMs);
  await page.keyboard.press(COMPLETING);
  const { ms, error } = await page.evaluate(() => window.__pmBench.pending);
  for (let i = 0; i < TYPED.length + COMPLETING.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Backspace');
  await waitUntilNoSquiggle(page, timeoutMs);
  if (error) throw new Error(error);
  return ms;
}

/** `count` measured keystrokes into `row`; one that fails is counted beside the figure and the next one tried. */
export async function measureKeystrokes(win, row, count, label) {
  for (let i = 0; i < count; i++) {
    try {
      row.add(await keystrokeToSquiggle(win));
      win.step(`${label} ${i + 1}: ${row.values.at(-1).toFixed(0)} ms`);
    } catch (e) {
      row.missed.push(e.message);
      win.step(`${label} ${i + 1}: ${e.message}`);
    }
  }
}
