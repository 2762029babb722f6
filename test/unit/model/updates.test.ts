// Status updates: timestamp, separator, phase in every language, body, blocks and the promised next update.
import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { fixture, iso, slice } from './helpers';

describe('model: status updates', () => {
  it('reads timestamps, phases and next updates of the English incident', () => {
    const doc = fixture('en-incident.md');
    assert.deepStrictEqual(doc.updates.map((u) => [u.timestamp.raw, iso(u.timestamp.at), u.timestamp.hasDate, u.phase, u.phaseRaw]), [
      ['2026-11-22 14:12 UTC', '2026-11-22T14:12:00Z', true, 'investigating', 'Investigating'],
      ['14:28 UTC', '2026-11-22T14:28:00Z', false, 'identified', 'Identified'],
      ['2026-11-22 15:10 UTC', '2026-11-22T15:10:00Z', true, 'monitoring', 'Monitoring'],
      ['2026-11-22 16:45 UTC', '2026-11-22T16:45:00Z', true, 'resolved', 'Resolved'],
    ]);
    assert.deepStrictEqual(doc.updates.map((u) => [u.nextUpdate?.raw, iso(u.nextUpdate?.at)]), [
      ['Next update by 14:30 UTC', '2026-11-22T14:30:00Z'],
      // Relative: counted from the update's own time; the quoted customer text is not our promise.
      ['Next update in 30 minutes', '2026-11-22T14:58:00Z'],
      ["We'll provide another update by 16:00 UTC", '2026-11-22T16:00:00Z'],
      [undefined, undefined],
    ]);
    for (const u of doc.updates) {
      assert.strictEqual(slice(doc, u.timestamp.range), u.timestamp.raw);
      if (u.nextUpdate) assert.strictEqual(slice(doc, u.nextUpdate.range), u.nextUpdate.raw);
      assert.strictEqual(slice(doc, u.bodyRange), u.body);
    }
  });

  it('keeps update bodies and their prose blocks, quotes marked', () => {
    const doc = fixture('en-incident.md');
    const u = doc.updates[1];
    assert.strictEqual(u.heading, '14:28 UTC — Identified');
    assert.deepStrictEqual(u.blocks.map((b) => [b.text, b.inQuote, b.updateIndex, b.sectionKind]), [
      ['We found the faulty release and are rolling it back. Next update in 30 minutes.', false, 1, 'updates'],
      ['A customer wrote: "next update by 09:00 please"', true, 1, 'updates'],
    ]);
    // The code block inside the third update is not prose.
    assert.ok(doc.updates[2].blocks.every((b) => !b.text.includes('23:59')));
  });

  it('reads French updates: "14h30", "dans 30 minutes", a bare time in the document zone', () => {
    const doc = fixture('fr-incident.md');
    assert.strictEqual(doc.zone, 'Europe/Paris');
    assert.deepStrictEqual(doc.updates.map((u) => [iso(u.timestamp.at), u.phase, u.nextUpdate?.raw, iso(u.nextUpdate?.at)]), [
      ['2026-11-22T14:12:00Z', 'investigating', 'Prochaine mise à jour à 15h30', '2026-11-22T14:30:00Z'],
      ['2026-11-22T14:28:00Z', 'identified', 'Prochaine mise à jour dans 30 minutes', '2026-11-22T14:58:00Z'],
      ['2026-11-22T15:05:00Z', 'monitoring', 'Nous publierons une nouvelle mise à jour avant 17:00 UTC', '2026-11-22T17:00:00Z'],
    ]);
    assert.ok(doc.updates.every((u) => !u.timestamp.hasZone));
  });

  it('reads German updates with an offset zone and "in 45 Minuten"', () => {
    const doc = fixture('de-incident.md');
    assert.deepStrictEqual(doc.updates.map((u) => [iso(u.timestamp.at), u.phase, u.nextUpdate?.raw, iso(u.nextUpdate?.at)]), [
      ['2026-11-22T14:12:00Z', 'investigating', 'Nächstes Update um 15:40 Uhr', '2026-11-22T14:40:00Z'],
      ['2026-11-22T14:38:00Z', 'identified', 'nächste Aktualisierung erfolgt in 45 Minuten', '2026-11-22T15:23:00Z'],
    ]);
  });

  it('reads Chinese updates, rolling a bare next-update time over midnight', () => {
    const hans = fixture('zh-Hans-incident.md');
    assert.deepStrictEqual(hans.updates.map((u) => [iso(u.timestamp.at), u.phase, u.nextUpdate?.raw, iso(u.nextUpdate?.at)]), [
      // 23:50 Asia/Shanghai; "00:20" means the next day.
      ['2026-11-22T15:50:00Z', 'investigating', '下次更新时间：00:20', '2026-11-22T16:20:00Z'],
      ['2026-11-22T16:15:00Z', 'identified', '我们将在30分钟内更新', '2026-11-22T16:45:00Z'],
      // A bare 00:40 takes the date of the update before it (2026-11-23).
      ['2026-11-22T16:40:00Z', 'monitoring', '下次更新：2026-11-23 01:30 UTC+8', '2026-11-22T17:30:00Z'],
    ]);
    const hant = fixture('zh-Hant-incident.md');
    assert.deepStrictEqual(hant.updates.map((u) => [u.phase, u.nextUpdate?.raw, iso(u.nextUpdate?.at)]), [
      ['investigating', '下次更新時間 14:40', '2026-11-22T14:40:00Z'],
      ['identified', '我們將在 20 分鐘內更新', '2026-11-22T14:58:00Z'],
    ]);
  });

  it('understands other ways to promise the next update, and ignores look-alikes', () => {
    const next = (body: string) => {
      const u = parseDocument(`## Updates\n### 2026-11-22 14:00 UTC — Investigating\n${body}\n`).updates[0].nextUpdate;
      return u && [u.raw, iso(u.at)];
    };
    const cases: [string, [string, string | undefined] | undefined][] = [
      ["We'll update you by 15:00 UTC.", ["We'll update you by 15:00 UTC", '2026-11-22T15:00:00Z']],
      ['We will update you again within 2 hours.', ['We will update you again within 2 hours', '2026-11-22T16:00:00Z']],
      ['Next update: 2026-11-22 15:00 UTC', ['Next update: 2026-11-22 15:00 UTC', '2026-11-22T15:00:00Z']],
      ['We will provide an update in about 45 minutes.', ['We will provide an update in about 45 minutes', '2026-11-22T14:45:00Z']],
      ['Nächste Meldung spätestens um 15:30 Uhr.', ['Nächste Meldung spätestens um 15:30 Uhr', '2026-11-22T15:30:00Z']],
      ['Prochain point de situation à 16h.', ['Prochain point de situation à 16h', '2026-11-22T16:00:00Z']],
      ['下一次更新将在1小时后发布。', ['下一次更新将在1小时后', '2026-11-22T15:00:00Z']],
      ['我們會於 15:30 前再次更新。', ['我們會於 15:30', '2026-11-22T15:30:00Z']],
      ['We deployed an update at 14:00.', undefined],
      ['Version 7.3.1 is the next update of the client.', undefined],
    ];
    for (const [body, want] of cases) assert.deepStrictEqual(next(body), want, body);
  });

  it('accepts every separator and the phase before the time; keeps unparsable times with an error', () => {
    const doc = parseDocument([
      '---', 'kind: incident', 'started: 2026-11-22T14:00:00Z', '---', '## Updates',
      '### 2026-11-22 14:10 UTC - investigating', '### 14:20 UTC – IDENTIFIED', '### 14:30 UTC | Monitoring', '### 14:40 UTC: resolved',
      '### Résolu — 2026-11-22 14:50 UTC', '### 2026-11-22 24:38 UTC — Identifiziert', '### Something happened',
      '### 2026-11-22 15:00 UTC — Überwachung', '### 2026-11-22 15:10 UTC — 監控中', '### 2026-11-22 15:20 UTC — Enquête en cours',
    ].join('\n'));
    assert.deepStrictEqual(doc.updates.map((u) => [u.timestamp.raw, iso(u.timestamp.at), u.phase]), [
      ['2026-11-22 14:10 UTC', '2026-11-22T14:10:00Z', 'investigating'],
      ['14:20 UTC', '2026-11-22T14:20:00Z', 'identified'],
      ['14:30 UTC', '2026-11-22T14:30:00Z', 'monitoring'],
      ['14:40 UTC', '2026-11-22T14:40:00Z', 'resolved'],
      ['2026-11-22 14:50 UTC', '2026-11-22T14:50:00Z', 'resolved'],
      ['2026-11-22 24:38 UTC', undefined, 'identified'],
      ['Something happened', undefined, undefined],
      ['2026-11-22 15:00 UTC', '2026-11-22T15:00:00Z', 'monitoring'],
      ['2026-11-22 15:10 UTC', '2026-11-22T15:10:00Z', 'monitoring'],
      ['2026-11-22 15:20 UTC', '2026-11-22T15:20:00Z', 'investigating'],
    ]);
    assert.match(doc.updates[5].timestamp.error ?? '', /hour 24/);
    assert.ok(doc.updates[6].timestamp.error);
  });

  it('a sub-heading of an update belongs to that update; a bare time with no date to take has an error', () => {
    const doc = parseDocument('## Updates\n### 14:10 UTC — Investigating\nText.\n#### Details\nMore text.\n');
    assert.strictEqual(doc.updates.length, 1);
    assert.strictEqual(doc.updates[0].timestamp.at, undefined);
    assert.ok(doc.updates[0].timestamp.error);
    assert.deepStrictEqual(doc.updates[0].blocks.map((b) => b.text), ['Text.', 'More text.']);
  });
});
