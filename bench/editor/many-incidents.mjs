// Scenarios "many" and "many5k": a fresh window on 2,000 (5,000) small generated incidents, no file open. The Postmortems view is opened
// as soon as its activity-bar entry shows; measured: window open (the page's navigation start) → the view's tree
// lists every incident (its root rows say aria-setsize = 2,000), the index time of the extension's log, and the
// extension host's resident memory with all of them indexed.
import { INDEX_LOG } from './open-example.mjs';

/** `rows`: { listed, index, memory } of the scenario. */
export async function measureManyWindow(win, workspace, rows) {
  await win.vsc.activityBarItem('Postmortems').waitFor({ timeout: 180000 });
  await win.vsc.openView('Postmortems');
  const listed = await win.waitForMark('allListed', 180000);
  rows.listed.add(listed);
  win.step('all listed');
  const [, files, ms] = await win.waitForLog(INDEX_LOG, 180000);
  if (Number(files) !== workspace.documents) rows.index.note(`the log counted ${files} Markdown files, the workspace has ${workspace.documents}`);
  rows.index.add(Number(ms));
  await win.settle();
  rows.memory.add((await win.memory()).rssMb);
}
