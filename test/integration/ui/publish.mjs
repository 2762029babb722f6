// UI driver: the first-minute walkthrough, Copy Update for… with its problems, and Export Report as HTML, as a user
// meets them. Screenshots: test-results/publish-walkthrough.png, publish-problems.png, publish-overwrite.png,
// publish-report.png and publish-report-print.png (the exported file in Chromium, screen and print media).
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

const UPLOADS = `---
kind: incident
id: INC-UI-1
title: Uploads failing
severity: sev2
status: identified
lang: en
started: 2026-11-23T10:00:00Z
---

# Uploads failing

## Updates

### 2026-11-23 10:10 UTC — Investigating
We are investigating failed uploads. We are sorry for the trouble. Next update by 10:40 UTC.

### 2026-11-23 10:38 UTC — Identified
This is not on our side: an outage at AWS caused it. Next update by 11:05 UTC.

— Kim Park, Incident Lead · kim@example.com
`;

/** An incident whose last update blames a vendor, in place before the workbench opens. */
export function prepare({ workspace }) {
  mkdirSync(join(workspace, 'publish-ui'), { recursive: true });
  writeFileSync(join(workspace, 'publish-ui/uploads.md'), UPLOADS);
}

export default async function (driver) {
  try {
    await drive(driver);
  } finally {
    // An ongoing incident of ours must not stand before the next drivers' incidents in the Postmortems view.
    rmSync(join(driver.workspace, 'publish-ui'), { recursive: true, force: true });
  }
}

async function drive({ page, shot, log, vsc, workspace }) {
  // Copy Update for…: the format, then the update's problems with "Copy anyway" first.
  await vsc.quickOpen('publish-ui/uploads.md');
  await page.locator('.squiggly-warning, .squiggly-info').first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Control+End');
  await vsc.runCommand('Postmortem: Copy Update for…');
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.locator('.monaco-list-row', { hasText: 'Slack message' }).first().click();
  await quickInput.getByText('This update has').first().waitFor({ timeout: 15000 });
  await quickInput.locator('.monaco-list-row', { hasText: 'vendor-blame (PM007)' }).first().waitFor({ timeout: 10000 });
  await shot('problems');
  await quickInput.locator('.monaco-list-row', { hasText: 'Copy anyway' }).first().click();
  await vsc.waitForText('copied as Slack message', 15000);
  log('copy update: problems listed, copied anyway with one click');

  // The walkthrough, from the command palette.
  await vsc.runCommand('Postmortem: Get Started with Postmortem Author');
  const walkthrough = page.locator('.gettingStartedContainer');
  await walkthrough.getByText('Write your first incident update').first().waitFor({ timeout: 20000 });
  for (const title of ['Create an incident', 'Post an update and see its problems', 'Open the Postmortems view', 'Turn the incident into a report', 'Share an update and a snippet']) {
    await walkthrough.getByText(title, { exact: true }).first().waitFor({ timeout: 10000 });
  }
  await walkthrough.getByRole('button', { name: 'New Incident' }).first().waitFor({ timeout: 10000 });
  log('walkthrough: five steps, first button shown');
  await shot('walkthrough');

  // Export the example report, as a user: open it, run the command.
  await vsc.quickOpen('incidents/2026-11-22-card-payments/rcca.md');
  await vsc.runCommand('Postmortem: Export Report as HTML');
  const file = join(workspace, 'incidents/2026-11-22-card-payments/rcca.html');
  await vsc.waitForText('Exported as', 20000);
  const written = statSync(file);
  log(`exported ${written.size} bytes`);

  // A second export asks before overwriting; Cancel keeps the file as it is.
  await vsc.runCommand('Postmortem: Export Report as HTML');
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.getByText('rcca.html already exists').first().waitFor({ timeout: 15000 });
  await shot('overwrite');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 10000 });
  if (statSync(file).mtimeMs !== written.mtimeMs) throw new Error('the file changed although the overwrite was cancelled');

  // The exported file in the browser: the chart drawn, no script, print styles.
  const report = await page.context().newPage();
  try {
    await report.setViewportSize({ width: 1100, height: 1400 });
    await report.goto(`file://${file}`);
    await report.locator('figure.pm-timeline svg').waitFor({ timeout: 10000 });
    const scripts = await report.locator('script').count();
    if (scripts !== 0) throw new Error(`${scripts} script elements in the export`);
    const box = await report.locator('figure.pm-timeline svg').boundingBox();
    if (!box || box.width < 300 || box.height < 100) throw new Error(`chart not drawn: ${JSON.stringify(box)}`);
    await report.screenshot({ path: join(process.cwd(), 'test-results', 'publish-report.png'), fullPage: true });
    await report.emulateMedia({ media: 'print' });
    await report.screenshot({ path: join(process.cwd(), 'test-results', 'publish-report-print.png'), fullPage: true });
    log(`report page: chart ${Math.round(box.width)}x${Math.round(box.height)}, ${readFileSync(file, 'utf8').length} characters`);
  } finally {
    await report.close();
  }
}
