import assert from 'node:assert/strict';
import rule from '../../../src/core/rules/publish-deadline';
import { runRule } from './helpers';

const at = (iso: string) => Date.parse(iso);
const rcca = (extra: string, lang = 'en') => `---
kind: rcca
incident: INC-1
title: Card payments failing
severity: sev2
lang: ${lang}
started: 2026-11-22T14:02:00Z
resolved: 2026-11-22T16:40:00Z
${extra}author: Jane Doe <jane.doe@example.com>
---

# Card payments failing

## Summary

We are sorry.
`;

describe('rules/publish-deadline (PM003)', () => {
  it('counts down while the report is due, in the document language', () => {
    const [f] = runRule(rule, rcca(''), { now: at('2026-11-23T12:40:00Z') });
    assert.equal(f.severity, 'information');
    assert.equal(f.message, 'Publish by 2026-11-25 16:40 UTC, in 52 h; set `published` when it is out.');
    const [fr] = runRule(rule, rcca('', 'fr'), { now: at('2026-11-23T12:40:00Z') });
    assert.match(fr.message, /^À publier avant le 2026-11-25 16:40 UTC, dans 52\u00a0h\u202f;/);
  });

  it('is due at the deadline itself and overdue one millisecond later', () => {
    const deadline = at('2026-11-25T16:40:00Z');
    assert.equal(runRule(rule, rcca(''), { now: deadline })[0].severity, 'information');
    const [late] = runRule(rule, rcca(''), { now: deadline + 1 });
    assert.equal(late.severity, undefined); // the configured (default: error) severity
    assert.match(late.message, /overdue/);
  });

  it('flags a report published after the deadline, at the published value', () => {
    const text = rcca('published: 2026-11-25T17:40:00Z\n');
    const [f] = runRule(rule, text);
    assert.equal(f.range.start.line, text.split('\n').findIndex((l) => l.startsWith('published:')));
    assert.match(f.message, /^Published 1 h after the 72 h deadline \(2026-11-25 16:40 UTC\)/);
    assert.deepEqual(runRule(rule, rcca('published: 2026-11-25T16:40:00Z\n')), []);
  });

  it('takes the deadline in hours from the options', () => {
    const [f] = runRule(rule, rcca('published: 2026-11-24T16:41:00Z\n'), { options: { hours: 24 } });
    assert.match(f.message, /24 h deadline \(2026-11-23 16:40 UTC\)/);
    assert.deepEqual(runRule(rule, rcca('published: 2026-11-24T16:41:00Z\n'), { options: { hours: 'x' } }), []);
  });
});
