// Scenario "example": a fresh window on the example workspace with its incident (about 3 KB, one finding) open from
// the start. One window gives: text shown → first problem, VS Code's activation figure, the index time of the
// extension's log, the extension host's memory, and a few keystroke → squiggle samples.
import { goToLineEnd, measureKeystrokes } from './typing.mjs';

export const INDEX_LOG = /timeline: indexed (\d+) Markdown files.*? in (\d+) ms/;
const ACTIVE_LOG = /Postmortem Author \S+ active/;
/** Our part of VS Code's activation figure, from the same line: our own code loading and the activate() call. */
const OWN_SHARE = /loading its code took (\d+) ms, activate\(\) returned after (\d+) ms/;
/** The line before it: other extensions' code loading right before ours (their will/didLoadExtensionCode marks). */
const OTHERS_LOADING = /code loaded by other extensions right before ours[^:]*: (.*)$/m;
/** Our start-up line: the first mark's clock time (UTC), then the others as +ms after it. */
const STARTUP_LOG = /start-up: (.*)/;
/** The extension host's log line when it starts activating us (local time of the machine). */
const HOST_ACTIVATES = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) \[info\] ExtensionService#_doActivateExtension postmortem-author\.postmortem-author\b.*$/m;

/** Clock time (epoch ms) of each mark of our start-up line. */
function startupMarks(line) {
  const parts = line.split(', ');
  const first = /^(.*) (\d\d:\d\d:\d\d\.\d{3}) UTC$/.exec(parts[0]);
  if (!first) return {};
  const day = new Date().toISOString().slice(0, 10);
  const t0 = Date.parse(`${day}T${first[2]}Z`);
  const marks = { [first[1]]: t0 };
  for (const p of parts.slice(1)) {
    const m = /^(.*) \+(\d+)$/.exec(p);
    if (m) marks[m[1]] = t0 + Number(m[2]);
  }
  return marks;
}

/**
 * Where the time between text shown and first problem went, as context rows: until the extension host starts
 * activating us (its log), until our first findings are handed to VS Code (our start-up line; versions without it
 * give none), and from there until the Problems panel lists them.
 */
async function openingBreakdown(win, rows, textShown, firstProblem) {
  const shownAt = await win.clockOf(textShown);
  const problemAt = await win.clockOf(firstProblem);
  const host = HOST_ACTIVATES.exec(win.hostLog());
  if (host) rows.openToActivation.add(new Date(host[1].replace(' ', 'T')).getTime() - shownAt);
  const line = STARTUP_LOG.exec(win.extensionLog());
  if (!line) return;
  const marks = startupMarks(line[1]);
  const handed = marks['first problems handed to VS Code'];
  const activated = marks['activate() entered'];
  if (host && activated !== undefined && handed !== undefined) rows.activationToPublish.add(handed - new Date(host[1].replace(' ', 'T')).getTime());
  if (handed !== undefined) rows.publishToListed.add(problemAt - handed);
  win.step(`text shown ${new Date(shownAt).toISOString().slice(11, 23)}, first problem ${new Date(problemAt).toISOString().slice(11, 23)}; ${line[1]}`);
}

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

export async function measureExampleWindow(win, workspace, rows, { keystrokes, split }) {
  const panelAt = await openProblemsEarly(win);
  win.step('Problems panel open');
  const textShown = await win.waitForMark('textShown', 90000);
  const firstProblem = await win.waitForMark('firstProblem', 90000);
  win.step('first problem listed');
  if (panelAt > textShown) rows.open.note('the Problems panel opened after the text was shown in some runs (its first row cannot come earlier)');
  rows.open.add(firstProblem - textShown);
  rows.windowToText.add(textShown);
  const active = await win.waitForLog(ACTIVE_LOG, 60000);
  const own = OWN_SHARE.exec(active.input.slice(active.index));
  if (own) rows.activationOwn.add(Number(own[1]) + Number(own[2]));
  const others = OTHERS_LOADING.exec(win.extensionLog());
  if (others) {
    const spans = [...others[1].matchAll(/(\S+) (\d+) ms/g)];
    rows.activationOthers.add(spans.reduce((sum, m) => sum + Number(m[2]), 0));
    win.step(`code loaded right before ours: ${others[1]}`);
  } else if (own) {
    rows.activationOthers.add(0);
  }
  await win.waitForLog(STARTUP_LOG, 5000).catch(() => {});   // versions before the start-up line have none
  await openingBreakdown(win, rows, textShown, firstProblem);
  const [, files, ms] = await win.waitForLog(INDEX_LOG, 120000);
  if (Number(files) !== workspace.documents) rows.indexExample.note(`the log counted ${files} Markdown files, the workspace has ${workspace.documents}`);
  rows.indexExample.add(Number(ms));
  win.step(`index logged: ${ms} ms`);
  await win.settle();   // the post-open work has ended
  rows.memoryExample.add((await win.memory()).rssMb);
  const live = await win.heapAfterGc();
  if (live) rows.heapExample.add(live.heapUsedMb);

  await win.page.locator('.editor-group-container.active .monaco-editor').first().click();
  await goToLineEnd(win.page, workspace.typingLine);
  await measureKeystrokes(win, rows.keyExample, keystrokes, 'keystroke', split);

  const activation = await runningExtensionsActivation(win);
  rows.activation.add(activation.ms);
  if (activation.startup) rows.activation.note('VS Code counted it as a startup activation');
}
