// Timestamps: recognition, zones (IANA, offsets, UTC), inherited dates, formatting. luxon does the zone work.
import * as assert from 'assert';
import { DateTime } from 'luxon';
import {
  formatDateTime, formatDuration, formatSpan, formatTime, formatTimeNear, inTimeOrder, indicesInTimeOrder, isValidZone, matchTimestampAt, monthNameDayAt, dayAtStart,
  normalizeZone, parseTimestamp, writtenZoneLabel, zoneName, zoneOrUtc,
} from '../../src/core/time';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z'));
const BASE = Date.parse('2026-11-22T10:00:00Z');

describe('time', () => {
  it('parses ISO 8601 and "YYYY-MM-DD HH:MM" with UTC, Z, offsets and IANA zones', () => {
    const cases: [string, string | undefined, boolean][] = [
      ['2026-11-22T14:02:00Z', '2026-11-22T14:02:00Z', true],
      ['2026-11-22T14:02:00.250+05:30', '2026-11-22T08:32:00.250Z', true],
      ['2026-11-22 14:12 UTC', '2026-11-22T14:12:00Z', true],
      ['2026-11-22 14:12:30 Z', '2026-11-22T14:12:30Z', true],
      ['2026-11-22 14:12 +0100', '2026-11-22T13:12:00Z', true],
      ['2026-11-22 14:12 −02:00', '2026-11-22T16:12:00Z', true],
      ['2026-11-22 14:12 UTC+1', '2026-11-22T13:12:00Z', true],
      ['2026-11-22 14:12 (GMT-3)', '2026-11-22T17:12:00Z', true],
      ['2026-11-22 14:12 Europe/Berlin', '2026-11-22T13:12:00Z', true],
      ['2026-07-22 14:12 Europe/Berlin', '2026-07-22T12:12:00Z', true],
      ['2026-11-22 14:12 America/Argentina/Buenos_Aires', '2026-11-22T17:12:00Z', true],
      ['2026年11月22日 14:02', '2026-11-22T14:02:00Z', false],
      ['2026/11/22 14:02', '2026-11-22T14:02:00Z', false],
    ];
    for (const [raw, want, zone] of cases) {
      const r = parseTimestamp(raw, { zone: 'UTC' });
      assert.strictEqual(iso(r.at), want, raw);
      assert.strictEqual(r.hasZone, zone, raw);
      assert.strictEqual(r.hasDate, true, raw);
    }
  });

  it('a bare time takes the base date in its zone, and the document zone when it names none', () => {
    assert.strictEqual(iso(parseTimestamp('14:30', { zone: 'UTC', baseDate: BASE }).at), '2026-11-22T14:30:00Z');
    assert.strictEqual(iso(parseTimestamp('14h30', { zone: 'Europe/Paris', baseDate: BASE }).at), '2026-11-22T13:30:00Z');
    // 10:00 UTC is already 19:00 on the 22nd in Tokyo: 00:30 that day is 15:30 UTC on the 21st.
    assert.strictEqual(iso(parseTimestamp('00:30', { zone: 'Asia/Tokyo', baseDate: BASE }).at), '2026-11-21T15:30:00Z');
    assert.strictEqual(iso(parseTimestamp('14:30 UTC', { zone: 'Asia/Tokyo', baseDate: BASE }).at), '2026-11-22T14:30:00Z');
    const r = parseTimestamp('14:30', { zone: 'UTC' });
    assert.strictEqual(r.at, undefined);
    assert.ok(r.error);
    assert.strictEqual(r.hasDate, false);
  });

  it('reports times that cannot exist or zones it does not know, never throwing', () => {
    for (const raw of ['2026-11-22 24:38 UTC', '2026-02-30 10:00', '2026-13-01 10:00', '2026-11-22 10:75', '14:12 Mars/Olympus', 'soon', '', '99999-1-1']) {
      const r = parseTimestamp(raw, { zone: 'UTC', baseDate: BASE });
      assert.strictEqual(r.at, undefined, raw);
      assert.ok(r.error, raw);
    }
    assert.match(parseTimestamp('2026-11-22 24:38 UTC').error!, /hour 24/);
    assert.match(parseTimestamp('2026-02-29 10:00').error!, /day 29/);
    assert.ok(parseTimestamp('2028-02-29 10:00').at);
  });

  it('recognises a timestamp at a position and stops before prose', () => {
    assert.strictEqual(matchTimestampAt('14:28 UTC — Identified')?.raw, '14:28 UTC');
    assert.strictEqual(matchTimestampAt('at 14:28', 3)?.raw, '14:28');
    assert.strictEqual(matchTimestampAt('14:30 (approx.)')?.raw, '14:30');
    assert.strictEqual(matchTimestampAt('14:305'), undefined);
    assert.strictEqual(matchTimestampAt('2026-11-22 — x'), undefined);
    assert.strictEqual(matchTimestampAt('2026-11-22 — x', 0, false)?.raw, '2026-11-22');
    assert.strictEqual(matchTimestampAt('version 7.3.1'), undefined);
    // A date labelled with a colon before its clock (diag-27); a colon before a word is still a date alone.
    assert.strictEqual(matchTimestampAt('2026-11-22: 15:10 UTC — x')?.raw, '2026-11-22: 15:10 UTC');
    assert.strictEqual(parseTimestamp('2026-11-22: 15:10 UTC').at, Date.parse('2026-11-22T15:10:00Z'));
    assert.strictEqual(matchTimestampAt('2026-11-22: Investigating'), undefined);
    assert.strictEqual(matchTimestampAt('2026-11-22: Investigating', 0, false)?.raw, '2026-11-22');
  });

  it('reads a 12-hour clock: "3:30 PM" is 15:30, "12:10 am" is 00:10; a 24-hour hour is left as it is', () => {
    assert.strictEqual(parseTimestamp('2026-11-22 3:30 PM UTC').at, Date.parse('2026-11-22T15:30:00Z'));
    assert.strictEqual(parseTimestamp('2026-11-22 3:30pm UTC').at, Date.parse('2026-11-22T15:30:00Z'));
    assert.strictEqual(parseTimestamp('2026-11-22 12:10 a.m. UTC').at, Date.parse('2026-11-22T00:10:00Z'));
    assert.strictEqual(parseTimestamp('2026-11-22 12:10 pm UTC').at, Date.parse('2026-11-22T12:10:00Z'));
    assert.strictEqual(parseTimestamp('2026-11-22 9:30 am UTC').at, Date.parse('2026-11-22T09:30:00Z'));
    assert.strictEqual(matchTimestampAt('3:15pm — Update')?.raw, '3:15pm');
    assert.strictEqual(matchTimestampAt('3:15pm — Update')?.hour, 15);
    // "am" after a 24-hour hour is a German preposition, not a meridiem ("14:05 am Montag").
    assert.strictEqual(matchTimestampAt('14:05 am Montag')?.hour, 14);
    assert.strictEqual(matchTimestampAt('14:05 am Montag')?.raw, '14:05');
  });

  it('reads the day-first dotted date, a word between date and clock, and "Uhr" after the clock', () => {
    const at = (raw: string, zone = 'UTC') => { const r = parseTimestamp(raw, { zone }); return r.at === undefined ? undefined : iso(r.at); };
    assert.strictEqual(matchTimestampAt('03.02.2023 10:20 Uhr — Behoben')?.raw, '03.02.2023 10:20 Uhr');
    assert.strictEqual(at('03.02.2023 10:20 Uhr', 'Europe/Berlin'), '2023-02-03T09:20:00Z');
    assert.strictEqual(at('3.2.2023 9:05 UTC'), '2023-02-03T09:05:00Z');
    assert.strictEqual(at('31.10.2025 um 18:00 Uhr MEZ'), '2025-10-31T17:00:00Z');
    assert.strictEqual(at('04.01.2022 at 10:59 UTC'), '2022-01-04T10:59:00Z');
    assert.strictEqual(matchTimestampAt('2026-11-22 at 14:02 UTC — x')?.raw, '2026-11-22 at 14:02 UTC');
    assert.strictEqual(matchTimestampAt('10:20 Uhrzeit')?.raw, '10:20');
    // Only with a four-digit year: version numbers and short dates stay prose.
    assert.strictEqual(matchTimestampAt('1.2.3 released'), undefined);
    assert.strictEqual(matchTimestampAt('03.02.23 10:20'), undefined);
    assert.strictEqual(matchTimestampAt('1.2.20231 10:20'), undefined);
    assert.strictEqual(matchTimestampAt('03.02.2023', 0, false)?.raw, '03.02.2023');
  });

  it('reads a zone named in words after the clock, in any bracket; abbreviations only in capitals', () => {
    const cases: [string, string | undefined, string][] = [
      ['2026年11月22日 14:05（北京时间） — 调查中', '2026-11-22T06:05:00Z', '2026年11月22日 14:05（北京时间）'],
      ['2026-11-22 14:05 香港時間', '2026-11-22T06:05:00Z', '2026-11-22 14:05 香港時間'],
      ['2026-11-22 14:05 Beijing time — Investigating', '2026-11-22T06:05:00Z', '2026-11-22 14:05 Beijing time'],
      ['2026-11-22 14h05 (heure de Paris)', '2026-11-22T13:05:00Z', '2026-11-22 14h05 (heure de Paris)'],
      ['2026-07-22 14:05 MESZ', '2026-07-22T12:05:00Z', '2026-07-22 14:05 MESZ'],
      ['2026-11-22 14:05 MEZ', '2026-11-22T13:05:00Z', '2026-11-22 14:05 MEZ'],
      ['2026-11-22 09:05 EST — Investigating', '2026-11-22T14:05:00Z', '2026-11-22 09:05 EST'],
      ['2026-11-22 23:05 JST', '2026-11-22T14:05:00Z', '2026-11-22 23:05 JST'],
      // CST names two zones (China, US Central): no guess.
      ['2026-11-22 14:05 CST', '2026-11-22T14:05:00Z', '2026-11-22 14:05'],
      // « cet après-midi » is French for "this afternoon"; an open bracket is prose.
      ['2026-11-22 14:05 cet après-midi', '2026-11-22T14:05:00Z', '2026-11-22 14:05'],
      ['2026-11-22 14:05 (Beijing time', '2026-11-22T14:05:00Z', '2026-11-22 14:05'],
    ];
    for (const [text, at, raw] of cases) {
      assert.strictEqual(matchTimestampAt(text)?.raw, raw, text);
      assert.strictEqual(iso(parseTimestamp(raw, { zone: 'UTC' }).at), at, text);
    }
  });

  it('reads status-page times with a month name when they name their zone', () => {
    const cases: [string, string | undefined][] = [
      ['Mar 21, 2025, 03:15 PM UTC', '2025-03-21T15:15:00Z'],
      ['Dec 17, 2024, 10:12 AM UTC', '2024-12-17T10:12:00Z'],
      ['Dec 17, 2024, 12:05 AM UTC', '2024-12-17T00:05:00Z'],
      ['September 3, 2025 14:40 GMT', '2025-09-03T14:40:00Z'],
      ['Mar 21, 2025 03:15 PM Europe/Paris', '2025-03-21T14:15:00Z'],
      ['Mar 21, 2025 15:15 +01:00', '2025-03-21T14:15:00Z'],
      // Statuspage's own format, with North American and Asia-Pacific abbreviations (diag-15).
      ['Nov 09, 2021 - 10:55 PST', '2021-11-09T18:55:00Z'],
      ['Jul 18, 2025 - 17:14 EDT', '2025-07-18T21:14:00Z'],
      ['Mar 21, 2025 03:15 PM AEDT', '2025-03-21T04:15:00Z'],
      // New Zealand and the rest of Australia (diag-24).
      ['Nov 23, 2012 - 11:33 NZDT', '2012-11-22T22:33:00Z'],
      ['Jul 02, 2025 - 09:00 NZST', '2025-07-01T21:00:00Z'],
      ['Mar 03, 2025 - 08:00 ACDT', '2025-03-02T21:30:00Z'],
      ['Mar 03, 2025 - 08:00 AWST', '2025-03-03T00:00:00Z'],
      // A mail's date without its weekday, a British page's day-first date (diag-97).
      ['23 Nov 2001 23:41:12 -0800', '2001-11-24T07:41:00Z'],
      ['3 March 2025 14:05 GMT', '2025-03-03T14:05:00Z'],
      // A log's or an old journal's day, month and year joined by hyphens (diag-115).
      ['23-Sep-2005 18:35 UTC', '2005-09-23T18:35:00Z'],
      ['5-Sep-2005 23:15 GMT', '2005-09-05T23:15:00Z'],
    ];
    for (const [raw, want] of cases) {
      const r = parseTimestamp(raw, { zone: 'Asia/Tokyo' });
      assert.strictEqual(iso(r.at), want, raw);
      assert.strictEqual(r.hasZone, true, raw);
    }
    assert.strictEqual(matchTimestampAt('Mar 21, 2025, 03:15 PM UTC — Resolved')?.raw, 'Mar 21, 2025, 03:15 PM UTC');
    // No zone, no year, or a month name inside a word: not a timestamp (PM023 reports the heading instead).
    assert.strictEqual(matchTimestampAt('Mar 21, 2025, 03:15 PM — Resolved'), undefined);
    assert.strictEqual(matchTimestampAt('Mar 13, 10:16 UTC'), undefined);
    assert.strictEqual(matchTimestampAt('Summary 21, 2025 10:00 UTC', 4), undefined);
    assert.strictEqual(matchTimestampAt('23 Nov 2001 23:41 — Resolved'), undefined);
    assert.strictEqual(matchTimestampAt('123 Nov 2001 23:41 UTC', 1), undefined);
    assert.strictEqual(matchTimestampAt('12 14:05 UTC', 3)?.raw, '14:05 UTC');
    assert.strictEqual(parseTimestamp('Feb 30, 2025 10:00 UTC').at, undefined);
    // "12-03-2024" has no month name: the hyphenated day-first form needs a letter after the hyphen.
    assert.strictEqual(matchTimestampAt('12-03-2024 10:00 UTC')?.raw, undefined);
  });

  it('reads the day a text starts with, in digits or with a month name, and where the reading ends', () => {
    assert.deepStrictEqual(dayAtStart('2009-04-28'), { year: 2009, month: 4, day: 28, end: 10 });
    assert.deepStrictEqual(dayAtStart('28 Apr 2009'), { year: 2009, month: 4, day: 28, end: 11 });
    assert.strictEqual(dayAtStart('9:24 UTC'), undefined);
    assert.strictEqual(dayAtStart('Investigating'), undefined);
  });

  it('reads the day a month-name date names, with or without a clock, and where the date ends', () => {
    assert.deepStrictEqual(monthNameDayAt('23-Sep-2005 18:35', 0), { year: 2005, month: 9, day: 23, end: 11 });
    assert.deepStrictEqual(monthNameDayAt('3 March 2025', 0), { year: 2025, month: 3, day: 3, end: 12 });
    assert.deepStrictEqual(monthNameDayAt('August 23, 2023 | 5:30 am', 0), { year: 2023, month: 8, day: 23, end: 15 });
    assert.deepStrictEqual(monthNameDayAt('Thursday, March 13, 2025', 0), { year: 2025, month: 3, day: 13, end: 24 });
    assert.strictEqual(monthNameDayAt('Summary 21, 2025', 0), undefined);
    assert.strictEqual(monthNameDayAt('30-Feb-2025', 0), undefined);
    assert.strictEqual(monthNameDayAt('23 Sep 20051', 0), undefined);
  });

  it('formats times and checks zones', () => {
    const t = Date.parse('2026-11-22T14:30:00Z');
    assert.strictEqual(formatTime(t, 'UTC'), '14:30 UTC');
    assert.strictEqual(formatDateTime(t, 'UTC'), '2026-11-22 14:30 UTC');
    assert.strictEqual(formatTime(t, 'Europe/Berlin'), '15:30 Europe/Berlin');
    assert.strictEqual(formatDateTime(t, '+02:00'), '2026-11-22 16:30 UTC+2');
    // What we format, we parse back.
    assert.strictEqual(parseTimestamp(formatDateTime(t, 'Europe/Berlin')).at, t);
    assert.strictEqual(parseTimestamp(formatDateTime(t, '+02:00')).at, t);
    assert.ok(isValidZone('Europe/Berlin') && isValidZone('UTC') && isValidZone('+05:30') && isValidZone('utc-3'));
    assert.ok(!isValidZone('Mars/Olympus') && !isValidZone('') && !isValidZone('+25:00'));
    assert.strictEqual(normalizeZone('+01:00'), 'UTC+1');
  });

  it('writes the fields luxon computes, in every kind of zone, across offset changes and at the ends of its range', () => {
    const zones = ['UTC', 'Z', '+05:30', 'UTC-3', '-09:30', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata',
      'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Mars/Olympus', ''];
    const instants = [
      Date.parse('2026-03-29T00:59:59Z'), Date.parse('2026-03-29T01:00:00Z'), Date.parse('2026-10-25T00:59:00Z'),
      Date.parse('2026-10-25T01:00:00Z'), Date.parse('2026-11-01T05:59:00Z'), Date.parse('2026-11-01T06:00:00Z'),
      Date.parse('2026-12-31T23:30:00Z'), Date.parse('1969-12-31T23:59:00Z'), 0, -1, 1.5,
      Date.parse('-000100-06-01T12:00:00Z'), Date.parse('+275760-09-12T00:00:00Z'), -8.64e15, 8.64e15, 8.64e15 + 1,
    ];
    for (let m = 0; m < 48; m++) instants.push(Date.parse('2026-01-01T00:00:00Z') + m * 7.7 * 24 * 3_600_000);
    // Leap days and century years, fractions of a millisecond on either side of zero, and a spread over luxon's range.
    instants.push(Date.parse('2000-02-29T23:59:59.999Z'), Date.parse('1900-03-01T00:00:00Z'), Date.parse('2100-02-28T12:00:00Z'),
      Date.parse('1600-02-29T00:00:00Z'), -0.5, 0.5, -86_400_000.5, -8.64e15 + 0.5);
    let seed = 7;
    for (let k = 0; k < 400; k++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      instants.push((seed / 2_147_483_648 - 0.5) * 2 * (k % 2 ? 8.64e15 : 4e12));
    }
    for (const zone of zones) {
      for (const at of instants) {
        const dt = DateTime.fromMillis(at, { zone: zoneOrUtc(zone), locale: 'en-US' });
        const label = writtenZoneLabel(dt, zone);
        const hm = dt.isValid ? dt.toFormat('HH:mm') : 'NaN:NaN';
        const ymd = dt.isValid ? `${dt.year < 0 ? '-' + String(-dt.year).padStart(4, '0') : dt.toFormat('yyyy')}-${dt.toFormat('MM-dd')}` : '0NaN-NaN-NaN'; // year4(NaN), as before
        const what = `${at} in "${zone}"`;
        assert.strictEqual(formatTime(at, zone), `${hm} ${label}`, what);
        assert.strictEqual(formatDateTime(at, zone), `${ymd} ${hm} ${label}`, what);
        const ref = at + 3 * 3_600_000;
        const refDt = DateTime.fromMillis(ref, { zone: zoneOrUtc(zone), locale: 'en-US' });
        const same = dt.year === refDt.year && dt.month === refDt.month && dt.day === refDt.day;
        assert.strictEqual(formatTimeNear(at, ref, zone), `${same ? hm : `${ymd} ${hm}`} ${label}`, what);
      }
    }
  });

  it('formats durations from one rounding: exact for messages, at a glance for the timeline', () => {
    const minutes = [0, 7, 59, 60, 125, 599, 600, 605, 3119, 5759, 5760, 6000, 8640, 9719];
    assert.deepStrictEqual(minutes.map((m) => formatDuration(m * 60_000, 'en')), [
      '0 min', '7 min', '59 min', '1 h', '2 h 5 min', '9 h 59 min', '10 h', '10 h 5 min', '51 h 59 min', '95 h 59 min',
      '4 d', '4 d 4 h', '6 d', '6 d 18 h']);
    assert.deepStrictEqual(minutes.map((m) => formatSpan(m * 60_000)), [
      '0 min', '7 min', '59 min', '1 h', '2 h 5 min', '9 h 59 min', '10 h', '10 h', '52 h', '96 h', '4 d', '4 d 4 h', '6 d', '6 d 18 h']);
    assert.strictEqual(formatDuration(605 * 60_000, 'fr', 'glance'), '10\u00a0h');
    assert.strictEqual(formatDuration(-5 * 60_000, 'en'), '0 min');
    assert.strictEqual(formatDuration(9719 * 60_000, 'zh-Hant'), '6 天 18 小時');
    // The UI's translations: the same templates vscode.l10n.t looks up.
    const fr: Record<string, string> = { '{0} h {1} min': '{0}\u00a0h {1}\u00a0min' };
    assert.strictEqual(formatSpan(125 * 60_000, (m, ...a) => (fr[m] ?? m).replace(/\{(\d)\}/g, (_, i: string) => String(a[+i]))), '2\u00a0h 5\u00a0min');
  });

  it('reads zones one way for every caller', () => {
    for (const [written, name] of [['Z', 'UTC'], ['GMT', 'UTC'], ['+02:00', 'UTC+2'], ['-0530', 'UTC-5:30'],
      ['Europe/Berlin', 'Europe/Berlin'], ['Not/AZone', 'UTC'], ['', 'UTC']]) {
      assert.strictEqual(zoneName(written), name, written);
    }
  });
});


describe('time order (one sort for rules, sidebar, chart and importer)', () => {
  it('puts timed items oldest first, keeps equal times as listed, leaves untimed and invalid times out', () => {
    const items = [
      { id: 'c', at: 300 }, { id: 'x' }, { id: 'a1', at: 100 }, { id: 'nan', at: Number.NaN }, { id: 'a2', at: 100 }, { id: 'b', at: 200 },
    ];
    assert.deepStrictEqual(inTimeOrder(items).map((i) => i.id), ['a1', 'a2', 'b', 'c']);
    assert.deepStrictEqual(indicesInTimeOrder(items, (i) => i.at), [2, 4, 5, 0]);
    assert.deepStrictEqual(inTimeOrder([{ at: 5 }, { at: 1 }].reverse()).map((i) => i.at), [1, 5]);
  });
});
