import * as assert from 'assert';
import { buildTree, describeIncident, describeRow, formatSpan, summarize, type IncidentNode } from '../../../src/core/timeline';
import { parseDocument } from '../../../src/core/model/parse';
import { isResolved } from '../../../src/core/rules/support/doc';
import { at, incident } from './helpers';

const labels = (node: IncidentNode, now: number) => node.rows.map((r) => describeRow(r, node, now).label);

describe('timeline tree model', () => {
  const ongoing = incident({
    uri: 'file:///ws/a.md', id: 'INC-1', title: 'Checkout down', severity: 'sev1', started: at('2026-11-23T14:00:00Z'),
    updates: [
      { at: at('2026-11-23T14:10:00Z'), line: 20, phase: 'investigating', heading: '14:10 UTC — Investigating', nextAt: at('2026-11-23T14:25:00Z') },
      { at: at('2026-11-23T14:38:00Z'), line: 24, phase: 'identified', heading: '14:38 UTC — Identified', nextAt: at('2026-11-23T14:45:00Z') },
    ],
    updatesPhase: 'identified',
    entries: [
      { at: at('2026-11-23T14:00:00Z'), line: 40, text: 'Deploy starts' },
      { at: at('2026-11-23T14:30:00Z'), line: 41, text: 'Rollback begins' },
      { line: 42, text: 'undated note' },
    ],
  });
  const resolvedOld = incident({
    uri: 'file:///ws/b.md', id: 'INC-0', title: 'Old outage', severity: 'sev2', status: 'resolved',
    started: at('2026-11-20T10:00:00Z'), resolved: at('2026-11-20T12:00:00Z'),
  });
  const resolvedNew = incident({
    uri: 'file:///ws/c.md', id: 'INC-2', title: 'Search slow', severity: 'sev3', status: 'resolved',
    started: at('2026-11-22T08:00:00Z'), resolved: at('2026-11-22T08:52:00Z'),
  });

  it('puts ongoing incidents on top, then newest first, and filters', () => {
    const now = at('2026-11-23T14:38:00Z');
    const tree = buildTree([resolvedOld, ongoing, resolvedNew], now);
    assert.deepStrictEqual(tree.map((n) => n.summary.id), ['INC-1', 'INC-2', 'INC-0']);
    assert.deepStrictEqual(buildTree([resolvedOld, ongoing, resolvedNew], now, 'ongoing').map((n) => n.summary.id), ['INC-1']);
    assert.deepStrictEqual(buildTree([resolvedOld, ongoing, resolvedNew], now, 'resolved').map((n) => n.summary.id), ['INC-2', 'INC-0']);
    assert.deepStrictEqual(describeIncident(tree[0], now), {
      label: 'Checkout down', description: 'SEV1 · Identified · for 38 min',
      tooltip: 'INC-1 — Checkout down\nStarted 2026-11-23 14:00 UTC',
    });
  });

  it('orders updates and timeline entries in time, with missed promises and the next update due', () => {
    const now = at('2026-11-23T14:38:00Z');
    const [node] = buildTree([ongoing], now);
    assert.deepStrictEqual(labels(node, now), [
      '14:00 UTC — Deploy starts',
      '14:10 UTC — Investigating',
      '14:30 UTC — Rollback begins',
      'undated note',
      'update 13 min later than promised',
      '14:38 UTC — Identified',
      'next update due 14:45 UTC (in 7 min)',
    ]);
    assert.deepStrictEqual(node.rows.map((r) => r.line), [40, 20, 41, 42, 24, 24, 24]);
  });

  it('turns the countdown into "overdue" and adds an ongoing silence', () => {
    const exactly = at('2026-11-23T14:53:00Z'); // 15 min: not longer than the cadence yet
    const [n0] = buildTree([ongoing], exactly);
    assert.deepStrictEqual(labels(n0, exactly).slice(-2), ['14:38 UTC — Identified', 'next update overdue by 8 min']);
    const now = at('2026-11-23T14:55:00Z');
    const [node] = buildTree([ongoing], now);
    assert.deepStrictEqual(labels(node, now).slice(-2), ['no update for 17 min', 'next update overdue by 10 min']);
    const later = at('2026-11-23T15:20:00Z');
    const [n2] = buildTree([ongoing], later);
    assert.deepStrictEqual(labels(n2, later).slice(-2), ['no update for 42 min', 'next update overdue by 35 min']);
    assert.strictEqual(n2.rows[n2.rows.length - 1].level, 'warning');
  });

  it('shows silences longer than the cadence between updates and before the first one', () => {
    const s = incident({
      uri: 'file:///ws/d.md', severity: 'sev2', cadenceMinutes: 30, detected: at('2026-11-23T09:00:00Z'), status: 'monitoring',
      updates: [
        { at: at('2026-11-23T09:45:00Z'), line: 5, phase: 'investigating', heading: 'a' },
        { at: at('2026-11-23T10:10:00Z'), line: 8, phase: 'identified', heading: 'b' },
        { at: at('2026-11-23T10:52:00Z'), line: 11, phase: 'monitoring', heading: 'c', nextAt: at('2026-11-23T11:30:00Z') },
      ],
    });
    const now = at('2026-11-23T11:00:00Z');
    const [node] = buildTree([s], now);
    assert.deepStrictEqual(labels(node, now), [
      'no update for 45 min', 'a', 'b', 'no update for 42 min', 'c', 'next update due 11:30 UTC (in 30 min)',
    ]);
    const silence = node.rows[3];
    assert.strictEqual(silence.kind, 'silence');
    assert.strictEqual(describeRow(silence, node, now).description, '10:10 UTC → 10:52 UTC');
  });

  it('without a promise the next update is due one cadence after the last one', () => {
    const s = incident({
      uri: 'file:///ws/e.md', severity: 'sev3', cadenceMinutes: 60, started: at('2026-11-23T09:00:00Z'),
      updates: [{ at: at('2026-11-23T09:20:00Z'), line: 5, phase: 'investigating', heading: 'a' }],
    });
    const now = at('2026-11-23T09:30:00Z');
    const [node] = buildTree([s], now);
    const last = node.rows[node.rows.length - 1];
    assert.deepStrictEqual(describeRow(last, node, now).label, 'next update due 10:20 UTC (in 50 min)');
  });

  describe('report state of resolved incidents', () => {
    const resolved = at('2026-11-22T08:52:00Z');
    const inc = incident({ uri: 'file:///ws/i.md', id: 'INC-9', title: 'X', status: 'resolved', started: at('2026-11-22T08:00:00Z'), resolved });
    const report = (node: IncidentNode) => node.rows.find((r) => r.kind === 'report')!;

    it('report due in 52 h (no report yet: click creates it)', () => {
      const now = resolved + 20 * 3_600_000;
      const [node] = buildTree([inc], now);
      const r = report(node);
      assert.deepStrictEqual(describeRow(r, node, now), {
        label: 'report due in 52 h', description: 'no report yet: click to create it', tooltip: 'Due 2026-11-25 08:52 UTC',
      });
      assert.strictEqual(r.kind === 'report' && r.rccaUri, undefined);
    });

    it('report overdue by 5 h, linked to the RCCA', () => {
      const rcca = incident({ uri: 'file:///ws/i-rcca.md', kind: 'rcca', incident: 'INC-9', title: 'RCCA', titleLine: 7 });
      const now = resolved + 77 * 3_600_000;
      const [node, ...rest] = buildTree([inc, rcca], now);
      assert.strictEqual(rest.length, 0, 'the report is attached to its incident, not a node of its own');
      const r = report(node);
      assert.strictEqual(describeRow(r, node, now).label, 'report overdue by 5 h');
      assert.strictEqual(r.level, 'error');
      assert.strictEqual(r.uri, 'file:///ws/i-rcca.md');
      assert.strictEqual(r.line, 7);
    });

    it('report published 31 h after resolution', () => {
      const rcca = incident({ uri: 'file:///ws/i-rcca.md', kind: 'rcca', incident: 'INC-9', title: 'RCCA', published: resolved + 31 * 3_600_000 });
      const now = resolved + 100 * 3_600_000;
      const [node] = buildTree([inc, rcca], now);
      assert.strictEqual(describeRow(report(node), node, now).label, 'report published 31 h after resolution');
      assert.strictEqual(report(node).level, 'info');
    });

    it('a report published late is a warning; an orphan report gets its own node', () => {
      const rcca = incident({ uri: 'file:///ws/o.md', kind: 'rcca', incident: 'INC-404', title: 'Orphan', resolved, published: resolved + 80 * 3_600_000 });
      const now = resolved + 100 * 3_600_000;
      const [node] = buildTree([rcca], now);
      assert.strictEqual(node.phase, 'resolved');
      assert.strictEqual(node.ongoing, false);
      assert.strictEqual(report(node).level, 'warning');
      assert.strictEqual(describeRow(report(node), node, now).label, 'report published 80 h after resolution');
    });
  });

  it('formats spans coarsely where precision does not matter', () => {
    assert.deepStrictEqual([0, 7, 59, 60, 125, 599, 600, 3119, 6000, 8640].map((m) => formatSpan(m * 60_000)),
      ['0 min', '7 min', '59 min', '1 h', '2 h 5 min', '9 h 59 min', '10 h', '52 h', '4 d 4 h', '6 d']);
  });

  it('passes every string through the translate hook', () => {
    const now = at('2026-11-23T14:38:00Z');
    const [node] = buildTree([ongoing], now);
    const t = (m: string, ...a: Array<string | number>) => `«${m}|${a.join(',')}»`;
    const last = describeRow(node.rows[node.rows.length - 1], node, now, t);
    assert.strictEqual(last.label, 'next update due {0} (in {1})'.replace(/.*/, (m) => `«${m}|14:45 UTC,«{0} min|7»»`));
  });
});

describe('incident phase in the sidebar, read as the rules read it (real parser)', () => {
  const doc = (updates: string): string => `---
kind: incident
id: INC-3
title: Card payments failing
severity: sev2
lang: en
timezone: UTC
---

# Card payments failing

## Updates

${updates}
`;
  const phaseOf = (updates: string) => {
    const parsed = parseDocument(doc(updates), { uri: 'file:///ws/p.md' });
    const summary = summarize(parsed, 'file:///ws/p.md')!;
    return { sidebar: buildTree([summary], Date.parse('2026-11-23T18:00:00Z'))[0].phase, rules: isResolved(parsed) };
  };

  it('an undated closing update after timed ones ends the incident', () => {
    const r = phaseOf(`### 2026-11-22 14:12 UTC — Investigating
Card payments fail for some customers. We are sorry. Next update by 14:40 UTC.

### 2026-11-22 14:38 UTC — Identified
We found the faulty release and are rolling it back. Next update by 15:05 UTC.

### Update
Card payments work again.
`);
    assert.deepStrictEqual(r, { sidebar: 'resolved', rules: true });
  });

  it('date-only headings listed newest first: the top one is the latest', () => {
    const r = phaseOf(`### 2026-11-23
Card payments work again.

### 2026-11-22
Card payments fail for some customers. We are investigating.
`);
    assert.deepStrictEqual(r, { sidebar: 'resolved', rules: true });
  });

  it('a follow-up naming no phase keeps the phase before it', () => {
    const r = phaseOf(`### 2026-11-22 14:12 UTC — Identified
We found the faulty release and are rolling it back. Next update by 14:40 UTC.

### 2026-11-22 14:40 UTC — Update
The rollback takes longer than planned. Next update by 15:10 UTC.
`);
    assert.deepStrictEqual(r, { sidebar: 'identified', rules: false });
  });
});
