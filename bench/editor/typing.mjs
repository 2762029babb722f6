// Keystroke → new squiggle, as a writer sees it: the cursor goes to the end of a prose line (Ctrl+G), the writer
// types most of a blameful phrase, pauses until the extension host is idle (the prefix linted and indexed), then
// presses the one key that completes it;
// the clock runs from that key's keydown in the page to the squiggle drawn on the cursor's line. The phrase is then
// deleted with Backspace and the squiggle awaited gone, so every repetition starts from the same text.
import { COMPLETING, TYPED } from './workspaces.mjs';

const TYPE_DELAY_MS = 25;   // a fast typist: 40 characters a second

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
  await page.keyboard.type(TYPED, { delay: TYPE_DELAY_MS });
  await win.settle();
  if (await cursorLineHasSquiggle(page)) throw new Error(`a squiggle on the typing line before the completing key ("${TYPED}")`);
  // armed (awaited) before the key is sent, so the keydown cannot overtake the arming
  await page.evaluate((t) => { window.__pmBench.pending = window.__pmBench.squiggleAfterNextKey(t); }, timeoutMs);
  await page.keyboard.press(COMPLETING);
  const { ms, error } = await page.evaluate(() => window.__pmBench.pending);
  for (let i = 0; i < TYPED.length + COMPLETING.length; i++) await page.keyboard.press('Backspace');
  if (error) throw new Error(error);
  await waitUntilNoSquiggle(page, timeoutMs);
  return ms;
}
