// UI driver: a writer opens an incident with a problem, sees it in the Problems panel, applies the quick fix with
// Ctrl+. and starts a new incident from the command palette. Screenshots (test-results/): editor-problems.png
// (linted incident + Problems), editor-quickfix-menu.png, editor-after-fix.png, editor-new-incident.png.
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

// the sample incident all the editor tests share (no apology: PM001, which has a fix)
const INCIDENT = readFileSync(new URL('../fixtures/incident-no-apology.md', import.meta.url), 'utf8');

export function prepare({ workspace }) {
  const dir = join(workspace, 'editor-ui');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'incident.md'), INCIDENT);
}

export default async function ({ page, shot, log, vsc, workspace }) {

  await vsc.quickOpen('editor-ui/incident.md', 'editor-ui'); // the row of this file, not a recently opened incident.md
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines', { hasText: 'Card payments failing' }).first().waitFor({ timeout: 15000 });
  log('incident open');

  // the missing apology shows in the Problems panel with its rule id
  const rows = await vsc.openProblems();
  const apology = rows.filter({ hasText: 'PM001' }).first();
  await apology.waitFor({ timeout: 20000 });
  await page.waitForTimeout(800);
  await shot('problems');
  log(`Problems: ${(await rows.count())} rows, PM001 among them`);

  // go to the problem (Enter on its row), then Ctrl+. for the quick fixes at the cursor
  await apology.click();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  const menu = await vsc.quickFixMenu();
  const titles = await menu.allInnerTexts();
  log(`quick fixes: ${titles.map((t) => t.trim()).join(' | ')}`);
  if (!titles.some((t) => /disable apology for this/i.test(t))) throw new Error('the "disable this rule" action is missing');
  await shot('quickfix-menu');
  // keyboard, as a person does: move to the fix and press Enter
  for (let i = 0; i < 12; i++) {
    const focused = (await page.locator('.action-widget .monaco-list-row.focused').first().innerText().catch(() => '')).trim();
    if (/Insert an apology/.test(focused)) break;
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(100);
  }
  await page.keyboard.press('Enter');

  // the apology is in the text and PM001 has left the Problems panel
  await page.waitForFunction(() => !Array.from(document.querySelectorAll('.markers-panel .monaco-list-row')).some((r) => r.textContent?.includes('PM001')), undefined, { timeout: 15000 });
  const text = await vsc.editorText();
  if (!/sorry|apologi/i.test(text)) log('apology inserted outside the visible lines');
  await page.waitForTimeout(500);
  await shot('after-fix');
  log('quick fix applied: PM001 gone');

  // the status bar shows this ongoing incident's next-update deadline (overdue here: its times are in the past)
  await page.locator('.statusbar-item', { hasText: /overdue|Next update in/i }).first().waitFor({ timeout: 15000 });
  log('status bar deadline shown');

  // New Incident from the command palette, answering its questions as a person would
  await vsc.runCommand('Postmortem: New Incident');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: 15000 });
  await page.keyboard.type('UI walkthrough outage', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'sev2' }).first().waitFor({ timeout: 15000 });
  await page.keyboard.type('sev2', { delay: 5 });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Jane Doe <jane.doe@example.com>', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'English' }).first().waitFor({ timeout: 15000 });
  await page.keyboard.type('English', { delay: 5 });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.locator('.editor-group-container.active .view-lines', { hasText: 'UI walkthrough outage' }).first().waitFor({ timeout: 15000 });
  await page.waitForTimeout(1000);
  await shot('new-incident');
  log('New Incident created and opened');
}
