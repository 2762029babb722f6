// Property tests of the import: whatever a status page holds, the import returns (never throws), and what it writes
// reads back as an incident whose updates are exactly the page's timed updates, with no front-matter or order
// complaint from the linter. Bodies are built from the pieces that could break a document's structure.
import * as assert from 'assert';
import fc from 'fast-check';
import { importStatusPage } from '../../../src/core/import/index';
import { lint, parseDocument, type Config } from '../../../src/core/index';

const NOW = Date.parse('2027-01-01T00:00:00Z');
const T0 = Date.parse('2026-11-22T00:00:00Z');

const PIECES = ['text', ' ', '\n', '\n\n', '#', '## Updates', '### 2026-11-22 10:00 UTC — Resolved', '---', '===', '```', '~~~',
  '<!-- postmortem-disable -->', '<!--', '-->', '> quoted', '- item', '1. item', '    code', '| a | b |', '***', '\\', '*', '_',
  'Investigating', 'Résolu', '已解决', 'Next update by 10:30 UTC', '\u00a0', '\t', '[link](http://x)', '<div>', '</div>', 'kind: rcca'];
const body = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
const status = fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'postmortem', 'update', 'weird');

const incident = fc.record({
  name: fc.oneof(fc.constantFrom('Checkout errors', '支付失败', 'Lenteurs « API »', '#1: "quoted": yes', 'a\nb'), fc.string({ minLength: 1, maxLength: 20 })),
  impact: fc.constantFrom('critical', 'major', 'minor', 'none', undefined),
  status: fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'postmortem'),
  updates: fc.array(fc.record({ status, body, minutes: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }) }), { minLength: 1, maxLength: 8 }),
  components: fc.array(fc.constantFrom('API', 'Web, app', '"quoted"', 'a: b', '[x]'), { maxLength: 3 }),
});

describe('import: properties', () => {
  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => { importStatusPage(s, { severity: 'sev2', title: 'T' }); }), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES, 'Posted Nov 22, 2026 - 10:00 UTC', 'Resolved', 'Update', '{', '['), { maxLength: 20 }).map((p) => p.join('\n')),
      (s) => { importStatusPage(s, { severity: 'sev2', title: 'T' }); }), { numRuns: 300 });
  });

  for (const order of ['oldest-first', 'newest-first'] as const) {
    it(`any incident JSON (${order}): the timed updates read back one for one, no PM024 or PM023 finding`, () => {
      const config: Config = { rules: { timestamps: { updateOrder: order } } };
      fc.assert(fc.property(incident, (inc) => {
        const times = inc.updates.map((u) => (u.minutes === undefined ? undefined : T0 + u.minutes * 60_000));
        const timedUpdates = inc.updates.filter((u, i) => times[i] !== undefined && u.status !== 'postmortem');
        const last = Math.max(T0, ...times.filter((t): t is number => t !== undefined));
        const json = JSON.stringify({
          name: inc.name, impact: inc.impact, status: inc.status, created_at: new Date(T0).toISOString(),
          resolved_at: inc.status === 'resolved' || inc.status === 'postmortem' ? new Date(last).toISOString() : null,
          components: inc.components.map((name) => ({ name })),
          incident_updates: inc.updates.map((u, i) => ({ status: u.status, body: u.body, display_at: times[i] === undefined ? null : new Date(times[i]!).toISOString() })),
        });
        const r = importStatusPage(json, { config, severity: 'sev3' });
        if (!inc.name.trim()) { assert.ok(!r.ok); return; }
        if (timedUpdates.length === 0) { assert.deepStrictEqual(r, { ok: false, failure: { reason: 'no-updates' } }); return; }
        assert.ok(r.ok, JSON.stringify(!r.ok && r.failure));
        if (!r.ok) return;
        const text = r.incidents[0].text;
        const doc = parseDocument(text, { config });
        assert.strictEqual(doc.kind, 'incident');
        assert.strictEqual(doc.frontMatter.errors.length, 0, text);
        assert.strictEqual(doc.updates.length, timedUpdates.length, text);
        assert.strictEqual(doc.directives.length, 0, 'imported text switches no rule off');
        assert.deepStrictEqual(doc.meta.services ?? [], [...new Set(inc.components)]);
        const complaints = lint(text, { now: NOW, config }).findings.filter((f) => f.ruleId === 'PM024' || f.ruleId === 'PM023');
        assert.deepStrictEqual(complaints.map((f) => `${f.ruleId} ${f.message}`), [], text);
      }), { numRuns: 150 });
    });
  }
});
