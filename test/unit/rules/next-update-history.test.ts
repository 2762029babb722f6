// Issue 11 item 19: the next-update fix never promises a time that the document's own history already breaks. An
// update at 14:12 followed by one at 14:45 (sev2: every 30 minutes, 6 minutes of grace) is on time; a fix promising
// 14:42 made update-cadence call the 14:45 update late right after it was applied.
import assert from 'node:assert/strict';
import nextUpdate from '../../../src/core/rules/next-update';
import updateCadence from '../../../src/core/rules/update-cadence';
import { applyFix, incidentText, runRule } from './helpers';

const NOW = Date.parse('2026-11-22T14:50:00Z');
const FIRST = '### 2026-11-22 14:12 UTC — Investigating\nCard payments fail for some customers; we are looking into it.';
const SECOND = '### 2026-11-22 14:45 UTC — Identified\nA faulty release is the cause; we are rolling it back. Next update by 15:15 UTC.';

const doc = (updates: string[]) => incidentText({ status: 'identified', resolved: undefined }, `# Card payments failing

## Impact

Card payments failed.

## Updates

${updates.join('\n\n')}
`);

describe('rules/next-update (PM004): the fix keeps to the document\'s history', () => {
  for (const [order, updates] of [['oldest first', [FIRST, SECOND]], ['newest first', [SECOND, FIRST]]] as const) {
    it(`promises no earlier than the update that follows (${order})`, () => {
      const text = doc([...updates]);
      assert.deepEqual(runRule(updateCadence, text, { now: NOW }), [], 'the history is on time before the fix');
      const found = runRule(nextUpdate, text, { now: NOW });
      assert.equal(found.length, 1);
      assert.equal(found[0].fix!.edits[0].newText.trim(), 'Next update by 14:45 UTC.');
      const fixed = applyFix(text, found[0].fix!);
      assert.deepEqual(runRule(updateCadence, fixed, { now: NOW }).map((f) => f.message), [], 'still on time after the fix');
      assert.deepEqual(runRule(nextUpdate, fixed, { now: NOW }), []);
    });
  }

  it('still promises one cadence later when the next update came sooner', () => {
    const text = doc([FIRST, SECOND.replace('14:45', '14:30')]);
    const found = runRule(nextUpdate, text, { now: NOW });
    assert.equal(found[0].fix!.edits[0].newText.trim(), 'Next update by 14:42 UTC.');
  });
});
