import assert from 'node:assert/strict';
import rule from '../../../src/core/rules/update-cadence';
import firstUpdate from '../../../src/core/rules/first-update';
import { incidentText, runRule } from './helpers';

const at = (iso: string) => Date.parse(iso);
const doc = (fm: Record<string, string | undefined>, updates: string) =>
  incidentText(fm, `# Card payments failing\n\n## Updates\n\n${updates}`);
const update = (time: string, phase = 'Investigating', text = 'We are working on it.') => `### 2026-11-22 ${time} UTC — ${phase}\n${text}\n`;

describe('rules/update-cadence (PM005)', () => {
  it('allows the cadence plus its grace and flags one minute more', () => {
    // sev2: 30 min + 6 min grace
    assert.deepEqual(runRule(rule, doc({}, update('14:10') + '\n' + update('14:46', 'Identified'))), []);
    const found = runRule(rule, doc({}, update('14:10') + '\n' + update('14:47', 'Identified')));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^37 min passed since the previous update; a sev2 incident needs an update at least every 30 min/);
  });

  it('applies a configured cadence and grace', () => {
    const text = doc({ severity: 'sev1' }, update('14:10') + '\n' + update('14:23', 'Identified'));
    assert.deepEqual(runRule(rule, text), []);
    // sev1 10 min + 2 min grace = 12 < 13
    assert.equal(runRule(rule, text, { options: { minutes: { sev1: 10 } } }).length, 1);
    assert.deepEqual(runRule(rule, text, { options: { minutes: { sev1: 10 }, graceMinutes: 5 } }), []);
  });

  it('flags silence at "now" for an ongoing incident, at the cadence boundary', () => {
    const text = doc({ status: 'investigating', resolved: undefined }, update('14:10'));
    assert.deepEqual(runRule(rule, text, { now: at('2026-11-22T14:46:00Z') }), []);
    const [f] = runRule(rule, text, { now: at('2026-11-22T14:47:00Z') });
    assert.match(f.message, /^The last update is 37 min old/);
    assert.equal(runRule(rule, text, { now: at('2026-11-22T14:41:00Z'), options: { graceMinutes: 0 } }).length, 1);
    assert.deepEqual(runRule(rule, doc({ resolved: undefined, status: 'resolved' }, update('14:10')), { now: at('2026-11-22T18:00:00Z') }), []);
  });

  it('skips cadence checks without a severity but keeps promises', () => {
    const text = doc({ severity: undefined }, update('14:10', 'Investigating', 'Next update by 14:20 UTC.') + '\n' + update('16:00', 'Identified'));
    const found = runRule(rule, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^This update came 1 h 40 min after the time the previous one promised \(14:20 UTC\)/);
  });
});

describe('rules/first-update (PM006)', () => {
  it('allows one cadence plus grace after detection and flags later', () => {
    assert.deepEqual(runRule(firstUpdate, doc({}, update('14:41'))), []);
    const [f] = runRule(firstUpdate, doc({}, update('14:42')));
    assert.match(f.message, /^The first update came 37 min after detection; for a sev2 incident post it within 30 min/);
    const cfg = { rules: { 'update-cadence': { minutes: { sev2: 20 }, graceMinutes: 0 } } };
    assert.equal(runRule(firstUpdate, doc({}, update('14:26')), { config: cfg }).length, 1);
  });

  it('falls back to started when detected is absent', () => {
    const [f] = runRule(firstUpdate, doc({ detected: undefined }, update('14:40')));
    assert.match(f.message, /after the start/);
  });
});
