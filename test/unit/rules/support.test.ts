import assert from 'node:assert/strict';
import { formatDateTime, formatDuration, formatTimeNear, zoneName as luxonZone } from '../../../src/core/time';
import { cadenceMinutes } from '../../../src/core/defaults';

const at = (iso: string) => Date.parse(iso);

describe('rules/support/doc', () => {
  it('resolves zones written as UTC, offsets or IANA names', () => {
    assert.equal(luxonZone('Z'), 'UTC');
    assert.equal(luxonZone('+02:00'), 'UTC+2');
    assert.equal(luxonZone('Europe/Berlin'), 'Europe/Berlin');
    assert.equal(luxonZone('Not/AZone'), 'UTC');
  });

  it('formats times in the document zone', () => {
    assert.equal(formatDateTime(at('2026-11-25T15:10:00Z'), 'UTC'), '2026-11-25 15:10 UTC');
    assert.equal(formatDateTime(at('2026-11-25T15:10:00Z'), 'Europe/Berlin'), '2026-11-25 16:10 Europe/Berlin');
    assert.equal(formatDateTime(at('2026-11-25T15:10:00Z'), 'Not/AZone'), '2026-11-25 15:10 UTC');
    assert.equal(formatTimeNear(at('2026-11-22T14:30:00Z'), at('2026-11-22T14:00:00Z'), 'UTC'), '14:30 UTC');
    assert.equal(formatTimeNear(at('2026-11-23T00:05:00Z'), at('2026-11-22T23:50:00Z'), 'UTC'), '2026-11-23 00:05 UTC');
    // Same instant, different calendar day in the document zone
    assert.equal(formatTimeNear(at('2026-11-22T23:30:00Z'), at('2026-11-22T22:50:00Z'), '+01:00'), '2026-11-23 00:30 UTC+1');
  });

  it('formats durations per language', () => {
    assert.equal(formatDuration(45 * 60_000, 'en'), '45 min');
    assert.equal(formatDuration(52 * 3_600_000, 'fr'), '52\u00a0h');
    assert.equal(formatDuration(200 * 60_000, 'de'), '3 h 20 min');
    assert.equal(formatDuration(200 * 60_000, 'zh-Hans'), '3 小时 20 分钟');
    assert.equal(formatDuration(20 * 60_000, 'zh-Hant'), '20 分鐘');
    // from four days on: days and hours, as the timeline view counts
    assert.equal(formatDuration((95 * 60 + 59) * 60_000, 'en'), '95 h 59 min');
    assert.equal(formatDuration((162 * 60 + 27) * 60_000, 'en'), '6 d 18 h');
    assert.equal(formatDuration(96 * 3_600_000, 'fr'), '4\u00a0j');
    assert.equal(formatDuration((119 * 60 + 45) * 60_000, 'de'), '5 d');
    assert.equal(formatDuration(100 * 3_600_000, 'zh-Hans'), '4 天 4 小时');
  });

  it('merges a partial cadence table over the defaults', () => {
    assert.equal(cadenceMinutes({ minutes: { sev1: 10 } }, 'sev1'), 10);
    assert.equal(cadenceMinutes({ minutes: { sev1: 10 } }, 'sev3'), 60);
    assert.equal(cadenceMinutes({ minutes: { sev2: -5 } }, 'sev2'), 30);
    assert.equal(cadenceMinutes({}, undefined), undefined);
  });
});
