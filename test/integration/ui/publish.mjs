// UI driver: the first-minute walkthrough and Export Report as HTML, as a user meets them. Screenshots:
// test-results/publish-walkthrough.png, publish-overwrite.png, publish-report.png (the exported file in Chromium).
import { readFileSync, statSync } from 'fs';
import { join } from 'path';

export default async function ({ page, shot, log, vsc, workspace }) {
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
