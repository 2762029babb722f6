// Timeline entries: list items and table rows that start with a timestamp; a bare HH:MM inherits the date.
import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { fixture, iso, slice } from './helpers';

describe('model: timeline', () => {
  it('reads list items, bold times and offsets; bare times inherit the date and the document zone', () => {
    const doc = fixture('en-incident.md');
    assert.deepStrictEqual(doc.timeline.map((e) => [e.timestamp.raw, iso(e.timestamp.at), e.timestamp.hasDate, e.timestamp.hasZone, e.text]), [
      ['2026-11-22 14:02 UTC', '2026-11-22T14:02:00Z', true, true, 'Deploy 7.3.1 of the payment service starts'],
      ['14:05', '2026-11-22T14:05:00Z', false, false, 'Error-rate alert fires'],
      ['14:36', '2026-11-22T14:36:00Z', false, false, 'Faulty release identified'],
      ['2026-11-22 16:40 +01:00', '2026-11-22T15:40:00Z', true, true, 'Same moment, written with an offset'],
    ]);
    assert.strictEqual(slice(doc, doc.timeline[0].range), '- 2026-11-22 14:02 UTC — Deploy 7.3.1 of the payment service starts');
    assert.strictEqual(slice(doc, doc.timeline[2].timestamp.range), '14:36');
  });

  it('reads table rows, skipping the header and rows without a time', () => {
    const doc = fixture('de-incident.md');
    assert.deepStrictEqual(doc.timeline.map((e) => [e.timestamp.raw, iso(e.timestamp.at), e.text]), [
      ['2026-11-22 15:02', '2026-11-22T14:02:00Z', 'Rollout von Version 7.3.1 beginnt'],
      ['15:05', '2026-11-22T14:05:00Z', 'Fehlerraten-Alarm wird ausgelöst'],
    ]);
    assert.strictEqual(slice(doc, doc.timeline[1].range), '| 15:05 | Fehlerraten-Alarm wird ausgelöst |');
  });

  it('a bare time takes the date of the entry before it, across midnight too (no silent roll-over)', () => {
    const doc = fixture('zh-Hans-incident.md');
    assert.deepStrictEqual(doc.timeline.map((e) => iso(e.timestamp.at)), [
      '2026-11-22T15:40:00Z', '2026-11-22T15:45:00Z', '2026-11-22T16:10:00Z', '2026-11-22T16:35:00Z',
    ]);
    const back = parseDocument('---\nkind: incident\n---\n## Timeline\n- 2026-11-22 23:50 UTC — a\n- 00:10 — b\n');
    assert.strictEqual(iso(back.timeline[1].timestamp.at), '2026-11-22T00:10:00Z');
  });

  it('the first bare time takes the date of `started`; French "15h36" is a time', () => {
    const doc = parseDocument('---\nkind: incident\nstarted: 2026-11-22T09:00:00Z\n---\n## Chronologie\n- 15h36 — a\n- pas une entrée\n');
    assert.deepStrictEqual(doc.timeline.map((e) => [e.timestamp.raw, iso(e.timestamp.at)]), [['15h36', '2026-11-22T15:36:00Z']]);
  });
});
