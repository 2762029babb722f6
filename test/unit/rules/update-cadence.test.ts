import assert from 'node:assert/strict';
import rule from '../../../src/core/rules/update-cadence';
import firstUpdate from '../../../src/core/rules/first-update';
import { incidentText, runRule } from './helpers';

const at = (iso: string) => Date.parse(iso);
const doc = (fm: Record<string, string | undefined>, updates: string) =>
  incidentText(fm, `# Card payments failing\n\n## Updates\n\n${updates}`);
const update = (time: string, phase = 'Investigating', text = 'We are working on it.') => `### 2026-11-22 ${time} UTC — ${phase}\n${text}\n`;

describe('rules/update-cadence (PM005)', () => {
  it('allows a gap of exactly the cadence and flags one minute more', () => {
    assert.deepEqual(runRule(rule, doc({}, update('14:10') + '\n' + update('14:40', 'Identified'))), []);
    const found = runRule(rule, doc({}, update('14:10') + '\n' + update('14:41', 'Identified')));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^31 min passed since the previous update; a sev2 incident needs an update at least every 30 min/);
  });

  it('applies a configured cadence', () => {
    const text = doc({ severity: 'sev1' }, update('14:10') + '\n' + update('14:22', 'Identified'));
    assert.deepEqual(runRule(rule, text), []);
    assert.equal(runRule(rule, text, { options: { minutes: { sev1: 10 } } }).length, 1);
  });

  it('flags silence at "now" for an ongoing incident, at the cadence boundary', () => {
    const text = doc({ status: 'investigating', resolved: undefined }, update('14:10'));
    assert.deepEqual(runRule(rule, text, { now: at('2026-11-22T14:40:00Z') }), []);
    const [f] = runRule(rule, text, { now: at('2026-11-22T14:41:00Z') });
    assert.match(f.message, /^The last update is 31 min old/);
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
  it('allows exactly one cadence after detection and flags later', () => {
    assert.deepEqual(runRule(firstUpdate, doc({}, update('14:35'))), []);
    const [f] = runRule(firstUpdate, doc({}, update('14:36')));
    assert.match(f.message, /^The first update came 31 min after detection; for a sev2 incident post it within 30 min/);
  });

  it('falls back to started when detected is absent', () => {
    const [f] = runRule(firstUpdate, doc({ detected: undefined }, update('14:33')));
    assert.match(f.message, /after the start/);
  });
});
