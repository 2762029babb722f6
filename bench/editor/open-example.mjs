// Scenario "example": a fresh window on the example workspace with its incident (about 3 KB, one finding) open from
// the start. One window gives: text shown → first problem, VS Code's activation figure, the index time of the
// extension's log, the extension host's memory, and a few keystroke → squiggle samples.
import { goToLineEnd, measureKeystrokes } from './typing.mjs';

export const INDEX_LOG = /timeline: indexed (\d+) Markdown files.*? in (\d+) ms/;
const ACTIVE_LOG = /Postmortem Author \S+ active/;

/** Ctrl+Shift+M as soon as the workbench has laid out (before our extension can have linted anything). */
export async function openProblemsEarly(win) {
  await win.page.locator('.monaco-workbench .part.statusbar').first().waitFor({ timeout: 90000 });
  for (let attempt = 0; attempt < 5; attempt++) {
    await win.page.keyboard.press('Control+Shift+M');
    try { return await win.waitForMark('problemsPanel', 3000); } catch { /* keybindings not ready yet: again */ }
  }
  throw new Error('the Problems panel did not open');
}

/** The figure "Developer: Show Running Extensions" shows for our extension ("Activation: N ms"). */
export async function runningExtensionsActivation(win) {
  await win.vsc.runCommand('Developer: Show Running Extensions');
  const row = win.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Postmortem Author' }).first();
  await row.waitFor({ timeout: 30000 });
  for (let i = 0; i < 50; i++) {
    const m = /(Startup )?Activation: (\d+)\s*ms/.exec(await row.innerText());
    if (m) return { ms: Number(m[2]), startup: Boolean(m[1]) };
    await win.page.waitForTimeout(100);   // "Activating..." until the activation has completed
  }
  throw new Error(`no activation time in Show Running Extensions: "${await row.innerText()}"`);
}

export async function measureExampleWindow(win, workspace, rows, { keystrokes }) {
  const panelAt = await openProblemsEarly(win);
  win.step('Problems panel open');
  const textShown = await win.waitForMark('textShown', 90000);
  const firstProblem = await win.waitForMark('firstProblem', 90000);
  win.step('first problem listed');
  if (panelAt > textShown) rows.open.note('the Problems panel opened after the text was shown in some runs (its first row cannot come earlier)');
  rows.open.add(firstProblem - textShown);
  rows.windowToText.add(textShown);
  await win.waitForLog(ACTIVE_LOG, 60000);
  const [, files, ms] = await win.waitForLog(INDEX_LOG, 120000);
  if (Number(files) !== workspace.documents) rows.indexExample.note(`the log counted ${files} Markdown files, the workspace has ${workspace.documents}`);
  rows.indexExample.add(Number(ms));
  win.step(`index logged: ${ms} ms`);
  await win.settle();   // the post-open work has ended
  rows.memoryExample.add((await win.memory()).rssMb);

  await win.page.locator('.editor-group-container.active .monaco-editor').first().click();
  await goToLineEnd(win.page, workspace.typingLine);
  await measureKeystrokes(win, rows.keyExample, keystrokes, 'keystroke');

  const activation = await runningExtensionsActivation(win);
  rows.activation.add(activation.ms);
  if (activation.startup) rows.activation.note('VS Code counted it as a startup activation');
}
