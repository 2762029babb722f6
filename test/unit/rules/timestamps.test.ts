import assert from 'node:assert/strict';
import rule from '../../../src/core/rules/timestamps';
import { incidentText, runRule } from './helpers';

const at = (iso: string) => Date.parse(iso);
const doc = (fm: Record<string, string | undefined>, body: string) => incidentText(fm, `# T\n\n${body}`);

describe('rules/timestamps (PM023)', () => {
  it('reads a list of updates in its own direction by default, and reports a newest-first list once under oldest-first', () => {
    const text = doc({}, `## Updates

### 2026-11-22 15:02 UTC — Monitoring
Watching.

### 2026-11-22 14:38 UTC — Identified
Found it.

### 2026-11-22 14:12 UTC — Investigating
Looking.
`);
    assert.deepEqual(runRule(rule, text), []);
    const found = runRule(rule, text, { options: { updateOrder: 'oldest-first' } });
    assert.equal(found.length, 1);
    assert.match(found[0].message, /newest first/);
  });

  it('suggests a date when a bare time crosses midnight', () => {
    const text = doc({ resolved: undefined, status: 'monitoring' }, `## Timeline

- 2026-11-22 23:50 UTC — Alert fires
- 00:10 — Rollback starts
`);
    const found = runRule(rule, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /write the date/);
  });

  it('allows updates within the tolerance after resolved, and honours the option', () => {
    const text = doc({}, `## Updates

### 2026-11-22 16:05 UTC — Resolved
Restored.
`);
    assert.deepEqual(runRule(rule, text), []); // resolved 15:10, 55 min later
    assert.equal(runRule(rule, text, { options: { toleranceMinutes: 30 } }).length, 1);
  });

  it('allows 5 minutes of clock skew into the future', () => {
    const text = doc({ resolved: undefined, status: 'investigating' }, `## Updates

### 2026-11-22 14:12 UTC — Investigating
Looking.
`);
    assert.deepEqual(runRule(rule, text, { now: at('2026-11-22T14:07:00Z') }), []);
    assert.equal(runRule(rule, text, { now: at('2026-11-22T14:06:59Z') }).length, 1);
  });
});
