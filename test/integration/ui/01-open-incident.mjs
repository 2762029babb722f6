// A person opens the example incident from Quick Open, reads it, and opens the extension's log.
export default async function ({ page, shot, log, vsc }) {
  await vsc.quickOpen('2026-11-22-card-payments/incident.md', 'incident.md');
  await page.locator('.editor-group-container.active .view-lines', { hasText: 'Card payments failing in the EU' }).first().waitFor({ timeout: 15000 });
  log('incident open in the editor');
  await page.waitForTimeout(1500);   // let live features (diagnostics, CodeLens, status bar) render
  await shot('incident');

  // the Postmortems sidebar, once the timeline feature contributes it
  const sidebar = vsc.activityBarItem('Postmortems');
  if (await sidebar.count()) {
    await sidebar.click();
    // a container with a single view hides the view's header: the container title is what is always shown
    await page.locator('.part.sidebar .composite.title', { hasText: /postmortems/i }).first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(2000);   // its rows are the timeline view's business (ui/timeline.mjs checks them)
    await shot('sidebar');
    log('Postmortems sidebar shown');
  }

  await vsc.runCommand('Postmortem: Show Log');
  await page.locator('.part.panel .monaco-editor .view-lines', { hasText: /Postmortem\s+Author[\s\S]*active/ }).first().waitFor({ timeout: 15000 });
  log('Output shows the extension log');
  await shot('log');
}
