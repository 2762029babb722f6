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

  it('a zone named over the time column applies to the times under it, in every language, and only in that table', () => {
    const table = (header: string): string =>
      `---\nkind: rcca\n---\n## Timeline\n\n| ${header} | Event |\n| --- | --- |\n| 2026-11-22 14:02 | a |\n| 14:05 UTC | b |\n\n` +
      '| Time | Event |\n| --- | --- |\n| 2026-11-22 15:00 | c |\n';
    const read = (header: string) => parseDocument(table(header)).timeline.map((e) => [iso(e.timestamp.at), e.timestamp.hasZone]);
    // The second table names no zone: its time is read in the document zone and still lacks one.
    assert.deepStrictEqual(read('Time (UTC+8)'), [['2026-11-22T06:02:00Z', true], ['2026-11-22T14:05:00Z', true], ['2026-11-22T15:00:00Z', false]]);
    assert.deepStrictEqual(read('Heure (Paris time)').slice(0, 1), [['2026-11-22T13:02:00Z', true]]);
    assert.deepStrictEqual(read('Zeit (MEZ)').slice(0, 1), [['2026-11-22T13:02:00Z', true]]);
    assert.deepStrictEqual(read('时间（北京时间）').slice(0, 1), [['2026-11-22T06:02:00Z', true]]);
    assert.deepStrictEqual(read('時間 (UTC+8)').slice(0, 1), [['2026-11-22T06:02:00Z', true]]);
    assert.deepStrictEqual(read('Time (approx.)').slice(0, 1), [['2026-11-22T14:02:00Z', false]]);
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
