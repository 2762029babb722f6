// The listing order of status updates (newest first or oldest first), read the same way before and after the model
// infers phases from text, and the latest update, dated or not.
import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { listsNewestFirst } from '../../../src/core/model/update-phase';
import { latestUpdate } from '../../../src/core/rules/support/update-order';
import { updateAt } from '../../../src/core/publish/update';

function page(...updates: string[]): string {
  return `---\nkind: incident\ntitle: Login errors\nlang: en\n---\n\n# Login errors\n\n## Updates\n\n${updates.join('\n\n')}\n`;
}

describe('model: update order', () => {
  it('reads headings that hold only a date by their dates', () => {
    const oldestFirst = parseDocument(page('### 2024-02-18\nIt works again.', '### 2026-03-03\nLogins fail; we are looking into it.'));
    assert.strictEqual(listsNewestFirst(oldestFirst.updates), false);
    const newestFirst = parseDocument(page('### 2026-03-03\nIt works again.', '### 2024-02-18\nLogins fail; we are looking into it.'));
    assert.strictEqual(listsNewestFirst(newestFirst.updates), true);
  });

  it('reads headings that hold a time of day on one day (or no date) by their clocks, when they run one way', () => {
    // One day's posts, newest first, 12-hour clock: the top one is the latest.
    const newestFirst = parseDocument(page('### 3:15pm — Update\nThe queue is empty.', '### 11:35am — Update\nStill sending.', '### 9:30am — Update\nMail is delayed.'));
    assert.strictEqual(listsNewestFirst(newestFirst.updates), true);
    assert.strictEqual(latestUpdate(newestFirst)?.timestamp.raw.startsWith('3:15'), true);
    // 24-hour clock, oldest first.
    const oldestFirst = parseDocument(page('### 09:30 — Update\nMail is delayed.', '### 15:15 — Update\nThe queue is empty.'));
    assert.strictEqual(listsNewestFirst(oldestFirst.updates), false);
    // 12 pm is noon and 12 am midnight: noon, then 1 pm, runs forwards.
    const noon = parseDocument(page('### 12:10pm — Update\nMail is delayed.', '### 1:05pm — Update\nThe queue is empty.'));
    assert.strictEqual(listsNewestFirst(noon.updates), false);
    // A day the parser cannot place, the same on every heading: the clocks still tell the order.
    const sameDay = parseDocument(page('### Nov 22 at 07:45pm CET\nThe queue is empty.', '### Nov 22 at 07:15pm CET\nStill sending.', '### Nov 22 at 06:50pm CET\nMail is delayed.'));
    assert.strictEqual(listsNewestFirst(sameDay.updates), true);
    // A heading's first part is read, whatever separator the heading uses ("07:32 UTC | 23:32 PT").
    const twoZones = parseDocument(page('### 09:27 UTC | 01:27 PT\nThe queue is empty.', '### 08:33 UTC | 00:33 PT\nStill sending.', '### 07:32 UTC | 23:32 PT\nMail is delayed.'));
    assert.strictEqual(listsNewestFirst(twoZones.updates), true);
    // Different days: the clocks alone tell nothing (as listed, no heading names a phase).
    const twoDays = parseDocument(page('### Nov 23 at 08:20am CET\nThe queue is empty.', '### Nov 22 at 06:50pm CET\nMail is delayed.'));
    assert.strictEqual(listsNewestFirst(twoDays.updates), false);
    // Times that turn back may cross midnight: they tell nothing, and a phase a heading names decides.
    const midnight = parseDocument(page('### 12:15am — Resolved\nThe queue is empty.', '### 11:30pm — Update\nStill sending.', '### 10:00pm — Investigating\nMail is delayed.'));
    assert.strictEqual(listsNewestFirst(midnight.updates), true);
    const midnightForwards = parseDocument(page('### 10:00pm — Investigating\nMail is delayed.', '### 11:30pm — Update\nStill sending.', '### 12:15am — Resolved\nThe queue is empty.'));
    assert.strictEqual(listsNewestFirst(midnightForwards.updates), false);
  });

  it('turns the listing round on a phase a heading names, never on text alone', () => {
    const headed = parseDocument(page('### Resolved\nLogins work again.', '### Update\nWe are investigating failed logins.'));
    assert.strictEqual(listsNewestFirst(headed.updates), true);
    // A first post written after the fact, above later news: an oldest-first thread.
    const told = parseDocument(page('### Update\nThe outage this morning is fixed.', '### Update\nWe are investigating failed logins again.'));
    assert.strictEqual(listsNewestFirst(told.updates), false);
  });

  it('takes an undated closing update after timed ones as the latest', () => {
    const doc = parseDocument(page(
      '### 2026-11-22 14:12 UTC — Investigating\nLogins fail.',
      '### 2026-11-22 14:38 UTC — Identified\nA bad release; rolling back.',
      '### Update\nResolved: logins work again.',
    ));
    assert.strictEqual(latestUpdate(doc)?.timestamp.raw, 'Update');
    const newestFirst = parseDocument(page(
      '### Resolved\nLogins work again.',
      '### 2026-11-22 14:38 UTC — Identified\nA bad release; rolling back.',
      '### 2026-11-22 14:12 UTC — Investigating\nLogins fail.',
    ));
    assert.strictEqual(latestUpdate(newestFirst)?.phase, 'resolved');
  });

  it('gives Publish the same latest update as the rules', () => {
    const doc = parseDocument(page(
      '### 2026-11-22 14:12 UTC — Investigating\nLogins fail.',
      '### Update\nResolved: logins work again.',
    ));
    assert.strictEqual(updateAt(doc), 1);
    const newestFirst = parseDocument(page('### 2026-11-24\nLogins work again.', '### 2026-11-22\nLogins fail.'));
    assert.strictEqual(updateAt(newestFirst), 0);
  });
});
