import * as assert from 'assert';
import { buildTree, escapeXml, renderTimelineSvg, svgDocument } from '../../../src/core/timeline';
import { at, incident, parseXml } from './helpers';

const NASTY = `<script>alert("x")</script> & 'quotes' ]]> \u0001`;

describe('timeline chart (SVG)', () => {
  const s = incident({
    uri: 'file:///ws/a.md', id: 'INC-<1>', title: `Payments ${NASTY}`, severity: 'sev1', status: 'resolved',
    started: at('2026-11-22T14:02:00Z'), detected: at('2026-11-22T14:05:00Z'), resolved: at('2026-11-22T16:40:00Z'),
    updates: [
      { at: at('2026-11-22T14:12:00Z'), line: 10, phase: 'investigating', heading: `14:12 — Investigating ${NASTY}`, nextAt: at('2026-11-22T14:30:00Z') },
      { at: at('2026-11-22T14:41:00Z'), line: 14, phase: 'identified', heading: '14:41 — Identified' },
      { at: at('2026-11-22T15:30:00Z'), line: 18, phase: 'monitoring', heading: '15:30 — Monitoring' },
      { at: at('2026-11-22T16:40:00Z'), line: 22, phase: 'resolved', heading: '16:40 — Resolved' },
    ],
    entries: [
      { at: at('2026-11-22T14:02:00Z'), line: 30, text: `Deploy "7.3.1" <b>starts</b> & fails` },
      { at: at('2026-11-22T14:05:00Z'), line: 31, text: "Alert fires ('error rate')" },
    ],
  });
  const rcca = incident({ uri: 'file:///ws/r.md', kind: 'rcca', incident: 'INC-<1>', title: 'R', published: at('2026-11-25T20:00:00Z') });
  const now = at('2026-11-26T12:00:00Z');
  const [node] = buildTree([s, rcca], now);
  const svg = renderTimelineSvg(node, { now });

  it('is well-formed XML, also as a file', () => {
    const { elements } = parseXml(svg);
    assert.strictEqual(elements[0], 'svg');
    parseXml(svgDocument(svg));
  });

  it('escapes every text: no raw markup from the document gets through', () => {
    assert.ok(!svg.includes('<script'), 'no script element');
    assert.ok(!svg.includes('<b>'), 'no injected element');
    assert.ok(!svg.includes('\u0001'), 'control characters dropped');
    const { elements, texts, attrs } = parseXml(svg);
    assert.ok(!elements.includes('script') && !elements.includes('b'));
    // The text survives, decoded, exactly as written.
    assert.ok(texts.some((x) => x.includes(`Payments <script>alert("x")</script> & 'quotes' ]]>`)), 'title text decoded back');
    assert.ok(texts.some((x) => x.includes(`Deploy "7.3.1" <b>starts</b> & fails`)), 'entry text in the legend');
    assert.ok(attrs.some((a) => (a['aria-label'] ?? '').includes(`<script>alert("x")`)), 'attribute escaped and decoded');
    assert.strictEqual(escapeXml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
  });

  it('draws a band per phase, a mark per update, the missed promise, the events and the report window', () => {
    const { attrs } = parseXml(svg);
    const classes = attrs.map((a) => a.class ?? '');
    for (const phase of ['unannounced', 'investigating', 'identified', 'monitoring', 'resolved']) {
      assert.strictEqual(classes.filter((c) => c === `pm-band pm-phase-${phase}`).length, 1, phase);
    }
    assert.strictEqual(classes.filter((c) => c.startsWith('pm-update pm-phase-')).length, 4);
    assert.strictEqual(classes.filter((c) => c === 'pm-missed').length, 1, 'promised 14:30, came 14:41');
    assert.strictEqual(classes.filter((c) => c === 'pm-silence').length, 2, '49 and 70 min gaps on a 15 min cadence');
    assert.strictEqual(classes.filter((c) => c === 'pm-entry').length, 2);
    assert.ok(classes.includes('pm-window') && classes.includes('pm-published'));
    assert.ok(classes.includes('pm-window-late'), 'published after the 72 h deadline');
    assert.ok(svg.includes('72-hour window for the report'));
    assert.ok(svg.includes('report published 75 h after resolution'));
  });

  it('bands and marks are placed in time order, inside the drawing', () => {
    const { attrs } = parseXml(svg);
    const bands = attrs.filter((a) => (a.class ?? '').startsWith('pm-band '));
    const xs = bands.map((b) => Number(b.x));
    assert.deepStrictEqual([...xs].sort((a, b) => a - b), xs);
    const width = Number(attrs[0].width);
    for (const b of bands) assert.ok(Number(b.x) >= 0 && Number(b.x) + Number(b.width) <= width, 'inside');
  });

  it('an ongoing incident shows now and the next update due; no report window', () => {
    const live = incident({
      uri: 'file:///ws/l.md', title: 'Live', started: at('2026-11-23T14:00:00Z'),
      updates: [{ at: at('2026-11-23T14:10:00Z'), line: 3, phase: 'investigating', heading: 'x', nextAt: at('2026-11-23T14:25:00Z') }],
    });
    const t = at('2026-11-23T14:30:00Z');
    const out = renderTimelineSvg(buildTree([live], t)[0], { now: t });
    const classes = parseXml(out).attrs.map((a) => a.class ?? '');
    assert.ok(classes.includes('pm-now'));
    assert.ok(classes.includes('pm-next pm-overdue'));
    assert.ok(!classes.includes('pm-window'));
  });

  it('survives a document with no times at all', () => {
    const bare = incident({ uri: 'file:///ws/n.md', title: '', updates: [{ line: 1, heading: 'no time' }] });
    parseXml(renderTimelineSvg(buildTree([bare], now)[0], { now }));
  });
});

describe('timeline chart axis', () => {
  const ticks = (svg: string) => [...svg.matchAll(/class="pm-tick"[^>]*>([^<]*)</g)].map((m) => m[1]);

  it('a week-long ongoing incident gets one date per tick, never a row of identical times', () => {
    const s = incident({
      uri: 'file:///ws/long.md', id: 'INC-L', title: 'Long', severity: 'sev1', status: 'identified', zone: 'UTC',
      started: at('2026-11-22T23:30:00Z'),
      updates: [{ at: at('2026-11-22T23:40:00Z'), line: 5, phase: 'investigating', heading: '23:40 — Investigating' }],
    });
    const now = at('2026-11-29T06:00:00Z');
    const got = ticks(renderTimelineSvg(buildTree([s], now)[0], { now }));
    assert.ok(got.length >= 3, got.join(' | '));
    assert.strictEqual(new Set(got).size, got.length, `distinct labels: ${got.join(' | ')}`);
    assert.ok(got.every((x) => /^\d\d-\d\d$/.test(x)), got.join(' | '));
    assert.ok(got.includes('11-25'), got.join(' | '));
  });

  it('a three-hour incident shows ticks on local half hours, with the date on the first', () => {
    const s = incident({
      uri: 'file:///ws/short.md', id: 'INC-S', title: 'Short', severity: 'sev2', status: 'resolved', zone: 'Asia/Kathmandu',
      started: at('2026-11-22T08:00:00Z'), resolved: at('2026-11-22T11:00:00Z'),
      updates: [
        { at: at('2026-11-22T08:10:00Z'), line: 5, phase: 'investigating', heading: '13:55 — Investigating' },
        { at: at('2026-11-22T11:00:00Z'), line: 9, phase: 'resolved', heading: '16:45 — Resolved' },
      ],
    });
    const now = at('2026-11-22T12:00:00Z');
    const got = ticks(renderTimelineSvg(buildTree([s], now)[0], { now }));
    assert.match(got[0], /^11-22 \d\d:\d\d$/, got.join(' | '));
    // Kathmandu is UTC+05:45: ticks aligned on UTC would read :15 and :45; they fall on local half hours instead
    assert.ok(got.slice(1).every((x) => /^\d\d:(00|30)$/.test(x)), got.join(' | '));
  });
});
