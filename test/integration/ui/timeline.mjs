// UI driver: the Postmortems sidebar and the timeline chart, as a user uses them. Screenshots:
// test-results/timeline-sidebar.png, timeline-click.png, timeline-chart.png.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/workspaces/timeline');

/** The workspace is a copy of examples/; add the timeline fixtures (the node suite may already have). */
export function prepare({ workspace }) {
  const dest = join(workspace, 'timeline-fixtures');
  mkdirSync(dest, { recursive: true });
  for (const f of readdirSync(fixtures)) if (!existsSync(join(dest, f))) copyFileSync(join(fixtures, f), join(dest, f));
}

export default async function ({ page, shot, log, vsc, workspace }) {

  await vsc.openView('Postmortems');
  // Widen the sidebar so the rows are readable in the screenshots: drag its sash, as a user would.
  const side = await page.locator('.part.sidebar').first().boundingBox();
  if (side) {
    const edge = side.x + side.width;
    let best;
    for (const sash of await page.locator('.monaco-sash.vertical').all()) {
      const box = await sash.boundingBox().catch(() => null);
      if (box && box.height > 100 && (!best || Math.abs(box.x + box.width / 2 - edge) < Math.abs(best.x + best.width / 2 - edge))) best = box;
    }
    if (best && Math.abs(best.x + best.width / 2 - edge) < 10) {
      const y = best.y + best.height / 2;
      await page.mouse.move(best.x + best.width / 2, y);
      await page.mouse.down();
      await page.mouse.move(side.x + 560, y, { steps: 10 });
      await page.mouse.up();
      log(`sidebar widened from ${Math.round(side.width)} px`);
    }
  }
  const sidebar = page.locator('.part.sidebar').first();
  const rows = sidebar.locator('.monaco-list-row');
  const incident = rows.filter({ hasText: 'Sign-in failing for some customers' }).first();
  await incident.waitFor({ timeout: 20000 });
  // Earlier drivers and suites leave incidents of their own: collapse the tree (the view's Collapse All button) so
  // every incident row is on screen, then open the one we look at, as a user would.
  await sidebar.locator('.action-label[aria-label^="Collapse All"]').first().click();
  await rows.filter({ hasText: 'Website unreachable <DNS>' }).first().waitFor({ timeout: 20000 });
  // Ongoing incidents are on top: the sign-in incident comes before the other fixtures' incidents (incidents that
  // other drivers leave may sit anywhere). Each row's own place in the tree (aria-level, aria-posinset) is read while
  // the tree is collapsed, before the incident is opened: once its children open, the list may scroll the incident's
  // own row out of view (a CI run saw only its children above the next incident).
  const place = async (row) => ({ level: await row.getAttribute('aria-level'), position: Number(await row.getAttribute('aria-posinset')) });
  const signIn = await place(incident);
  const others = await Promise.all((await rows.filter({ hasText: /Card payments|Search results slow|Website unreachable/ }).all()).map(place));
  const topOthers = others.filter((o) => o.level === '1');
  if (signIn.level !== '1' || topOthers.length === 0 || topOthers.some((o) => o.position < signIn.position)) {
    throw new Error(`ongoing incident is not on top: sign-in at ${JSON.stringify(signIn)}, others at ${JSON.stringify(topOthers)}; rows on screen: ${(await rows.allInnerTexts()).join(' | ')}`);
  }
  await incident.locator('.monaco-tl-twistie').first().click();
  log('tree rows visible');

  // Its rows: the next update countdown and a warning row are shown.
  await rows.filter({ hasText: /next update (due|overdue)/ }).first().waitFor({ timeout: 10000 });
  await shot('sidebar');

  // Click an update row: the editor opens the incident with the cursor on that heading.
  const heading = '### 2026-11-23 00:05 UTC — Identified';
  const expectedLine = readFileSync(join(fixtures, 'ongoing-login.md'), 'utf8').split('\n').indexOf(heading) + 1;
  await rows.filter({ hasText: '2026-11-23 00:05 UTC — Identified' }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: 'ongoing-login.md' }).first().waitFor({ timeout: 15000 });
  const status = page.locator('.statusbar-item', { hasText: `Ln ${expectedLine},` }).first();
  await status.waitFor({ timeout: 10000 });
  log(`cursor on line ${expectedLine}`);
  await shot('click');

  // The chart of the active document.
  await vsc.runCommand('Postmortem: Show Timeline Chart');
  const chart = page.frameLocator('iframe.webview').frameLocator('iframe').locator('svg.pm-chart');
  await chart.waitFor({ timeout: 20000 });
  const bands = await page.frameLocator('iframe.webview').frameLocator('iframe').locator('rect.pm-band').count();
  if (bands < 2) throw new Error(`expected phase bands in the chart, found ${bands}`);
  // Give the chart the whole window for its screenshot, as a user reading it would.
  await page.keyboard.press('Control+B');
  await vsc.runCommand('View: Toggle Maximized Editor Group').catch(() => page.keyboard.press('Escape'));
  await page.waitForTimeout(800);
  await shot('chart');
}
