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
  const { ms, error, keyAt, shownAt } = await page.evaluate(() => window.__pmBench.pending);
  // asked before the phrase is deleted: that edit's lint would be the latest
  const times = error ? undefined : await win.lintTimes?.();
  for (let i = 0; i < TYPED.length + COMPLETING.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Backspace');
  await waitUntilNoSquiggle(page, timeoutMs);
  if (error) throw new Error(error);
  return { ms, split: times ? splitOf(times, keyAt, shownAt) : undefined };
}

/** The parts of keystroke → squiggle (ms), from the page's key and squiggle times and the extension's lint times. */
function splitOf(t, keyAt, shownAt) {
  if ([t.edited, t.configured, t.linted, t.handed].some((v) => v === undefined)) return undefined;
  return {
    keyToEvent: t.edited - keyAt,
    eventToLint: t.requested - t.edited,
    configuration: t.configured - t.requested,
    lint: t.linted - t.configured,
    handOver: t.handed - t.linted,
    handedToSquiggle: shownAt - t.handed,
    listeners: t.notified === undefined ? undefined : t.notified - t.handed,
  };
}

/** Context rows splitting keystroke → squiggle for a document of `size` (filled by measureKeystrokes). */
export function splitRows(Row, size) {
  const row = (what, method) => new Row(`(context) keystroke → squiggle, ${size}: ${what}`, { method });
  return {
    keyToEvent: row('key → the change reaches the extension', 'keydown in the page (wall clock: performance.timeOrigin + its time) → the extension\'s onDidChangeTextDocument (Date.now(), from the internal command postmortem._lintTimes, bound to a key in the bench\'s windows and pressed after the squiggle; versions without it give none)'),
    eventToLint: row('change → lint starts (the lint delay)', 'that change → the delayed lint\'s timer fired'),
    configuration: row('reading the configuration', 'timer → the document\'s configuration read (configFor)'),
    lint: row('the lint', 'the core\'s lint() of the new version (parse + rules)'),
    handOver: row('handing the diagnostics to VS Code', 'findings → Diagnostic objects → DiagnosticCollection.set returned'),
    handedToSquiggle: row('handed over → squiggle drawn', 'DiagnosticCollection.set returned → the squiggle on the cursor line in the page (VS Code: extension host → renderer, markers, decorations, paint; our onDidLint listeners run first, see the next row)'),
    listeners: row('(inside the row above) our onDidLint listeners', 'index, status bar, CodeLens and preview listeners, run synchronously after the set'),
  };
}

/**
 * `count` measured keystrokes into `row` (and their parts into `splitRows`, see splitRows); one that fails is counted
 * beside the figure and the next one tried.
 */
export async function measureKeystrokes(win, row, count, label, splitRows) {
  for (let i = 0; i < count; i++) {
    try {
      const { ms, split } = await keystrokeToSquiggle(win);
      row.add(ms);
      if (split && splitRows) for (const [k, v] of Object.entries(split)) if (v !== undefined) splitRows[k].add(v);
      win.step(`${label} ${i + 1}: ${ms.toFixed(0)} ms${split ? ` (${Object.entries(split).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`);
    } catch (e) {
      row.missed.push(e.message);
      win.step(`${label} ${i + 1}: ${e.message}`);
    }
  }
}
