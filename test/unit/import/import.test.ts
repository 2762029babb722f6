// Import Incident from Status Page: our own sample histories (test/fixtures/import, written by us) in five languages,
// as a status page's JSON and as the text a person copies from it, converted and then linted with the real linter.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { importStatusPage, readPastedText, type ImportedIncident, type ImportOptions } from '../../../src/core/import/index';
import { lint, parseDocument, type Config, type Lang, type Phase, type UpdateOrder } from '../../../src/core/index';
import { parseConfig } from '../../../src/core/config/parse';
import { PHASE_LABELS } from '../../../src/core/authoring/labels';

const FIXTURES = path.join(__dirname, '../../fixtures/import');
const NOW = Date.parse('2026-12-01T00:00:00Z');
const LANG_LIST: Lang[] = ['en', 'fr', 'de', 'zh-Hans', 'zh-Hant'];

function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

function imported(name: string, options: ImportOptions = {}): ImportedIncident[] {
  const r = importStatusPage(fixture(name), { severity: 'sev2', ...options });
  if (!r.ok) assert.fail(`${name}: ${JSON.stringify(r.failure)}`);
  return r.incidents;
}

function configWith(order: UpdateOrder): Config {
  return { rules: { timestamps: { updateOrder: order } } };
}

/** What the source says per update, oldest first: [epoch ms, our phase or undefined]. */
interface Expected { at: number; phase?: Phase }

function jsonExpectations(name: string): Expected[][] {
  const data = JSON.parse(fixture(name));
  const list = Array.isArray(data) ? data : data.incidents ?? [data.incident ?? data];
  return list.filter((i: { impact: string }) => i.impact !== 'maintenance').map((i: { incident_updates: Array<{ status: string; display_at: string }> }) =>
    i.incident_updates.filter((u) => u.status !== 'postmortem')
      .map((u) => ({ at: Date.parse(u.display_at), phase: (['investigating', 'identified', 'monitoring', 'resolved'] as string[]).includes(u.status) ? u.status as Phase : undefined }))
      .sort((a, b) => a.at - b.at));
}

describe('import: status page JSON and copied text into our incident format', () => {
  for (const lang of LANG_LIST) {
    for (const kind of ['json', 'txt'] as const) {
      for (const order of ['oldest-first', 'newest-first'] as const) {
        it(`${lang}.${kind}, ${order}: the document reads back as the page's history and lints without a front-matter or order complaint`, () => {
          const config = configWith(order);
          const docs = imported(`${lang}.${kind}`, { config });
          assert.ok(docs.length >= 1);
          docs.forEach((d, n) => {
            const parsed = parseDocument(d.text, { config });
            assert.strictEqual(parsed.kind, 'incident');
            assert.strictEqual(parsed.lang, lang, 'language detected from the text');
            assert.strictEqual(d.lang, lang);
            assert.ok(parsed.updates.length >= 2, `updates read back: ${parsed.updates.length}`);
            const times = parsed.updates.map((u) => u.timestamp.at!);
            const sorted = [...times].sort((a, b) => (order === 'oldest-first' ? a - b : b - a));
            assert.deepStrictEqual(times, sorted, 'listed in the configured order');
            for (const u of parsed.updates) {
              if (!u.phaseFromText && u.phase) assert.ok(u.heading.endsWith(PHASE_LABELS[lang][u.phase]), `phase word in ${lang}: ${u.heading}`);
            }
            if (kind === 'json') {
              const expected = jsonExpectations(`${lang}.json`)[n];
              const oldestFirst = order === 'oldest-first' ? parsed.updates : [...parsed.updates].reverse();
              assert.deepStrictEqual(oldestFirst.map((u) => u.timestamp.at), expected.map((e) => e.at), 'display_at of every update');
              assert.deepStrictEqual(oldestFirst.map((u) => u.phase), expected.map((e) => e.phase), 'status of every update');
            }
            const result = lint(d.text, { now: NOW, config });
            const complaints = result.findings.filter((f) => f.ruleName === 'front-matter' || f.ruleName === 'timestamps');
            assert.deepStrictEqual(complaints.map((f) => `${f.ruleId} ${f.range.start.line + 1}: ${f.message}`), []);
          });
        });
      }
    }
  }

  it('keeps every update text and maps severity, status, dates, components and the link (en.json)', () => {
    const r = importStatusPage(fixture('en.json'));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepStrictEqual(r.warnings, [{ code: 'maintenance-skipped', count: 1, titles: ['Scheduled database upgrade'] }]);
    assert.deepStrictEqual(r.incidents.map((i) => [i.fileName, i.id, i.severity]), [
      ['2026-11-23-delayed-order-confirmation-e-mails.md', 'k2m9x7q4w1ab', 'sev3'],
      ['2026-11-22-checkout-api-errors.md', 'p7t3r8v6n5cd', 'sev2'],
    ]);
    const [mail, checkout] = r.incidents;
    const meta = parseDocument(checkout.text).meta;
    assert.strictEqual(meta.status, 'resolved');
    assert.strictEqual(meta.started, Date.parse('2026-11-22T14:02:00Z'));
    assert.strictEqual(meta.resolved, Date.parse('2026-11-22T16:05:00Z'));
    assert.deepStrictEqual(meta.services, ['Checkout API', 'Webhooks']);
    assert.match(checkout.text, /^source: https:\/\/stspg\.example\/p7t3$/m);
    for (const i of JSON.parse(fixture('en.json')).incidents.slice(0, 2)) {
      for (const u of i.incident_updates) {
        for (const line of (u.body as string).split('\n')) {
          const plain = line.replace(/^(#|---)/, '');
          assert.ok((i.id === 'k2m9x7q4w1ab' ? mail : checkout).text.includes(plain), `kept: ${line}`);
        }
      }
    }
    // the page's postmortem is kept as text in its own section, not as a status update
    assert.deepStrictEqual(mail.warnings, [{ code: 'postmortem-kept', count: 1 }]);
    const mailDoc = parseDocument(mail.text);
    assert.deepStrictEqual(mailDoc.updates.map((u) => u.phase), ['investigating', 'resolved']);
    assert.match(mail.text, /\n## Postmortem\n\n### 2026-11-25 10:00 UTC\n\nWe have published a report/);
  });

  it('escapes a body line that would start a heading, a setext underline or a disable comment', () => {
    const [, checkout] = imported('en.json');
    const doc = parseDocument(checkout.text);
    assert.strictEqual(doc.updates.length, 4, 'the "# …" and "---" lines stay inside their update');
    assert.ok(checkout.text.includes('\\# This line starts with a hash'));
    const r = importStatusPage(JSON.stringify({ name: 'X', impact: 'minor', status: 'investigating', incident_updates: [
      { status: 'investigating', body: 'Checking.\n<!-- postmortem-disable-file -->\n```\nunclosed fence', created_at: '2026-11-22T10:00:00Z' },
      { status: 'identified', body: 'Found it.', created_at: '2026-11-22T10:20:00Z' },
    ] }));
    assert.ok(r.ok);
    if (!r.ok) return;
    const d = parseDocument(r.incidents[0].text);
    assert.strictEqual(d.directives.length, 0, 'no rule is switched off by imported text');
    assert.strictEqual(d.updates.length, 2, 'an unclosed fence does not swallow the next update');
  });

  it('escapes a heading behind list or quote markers ("*\\t#", "- ## Updates", "> # x"): found by the property test', () => {
    for (const body of ['*\t#', '*\t## Updates', '- ## x', '> # quoted heading', '1. > - # deep']) {
      const r = importStatusPage(JSON.stringify({ name: 'X', impact: 'minor', status: 'investigating', incident_updates: [
        { status: 'investigating', body, created_at: '2026-11-22T10:00:00Z' },
        { status: 'identified', body: 'Found it.', created_at: '2026-11-22T10:20:00Z' },
      ] }));
      assert.ok(r.ok);
      if (!r.ok) return;
      assert.strictEqual(parseDocument(r.incidents[0].text).updates.length, 2, `${JSON.stringify(body)} stays inside its update`);
    }
  });

  it('reads copied text: labels, "Posted" lines in five languages, affected components, text it cannot place', () => {
    const en = readPastedText(fixture('en.txt'))!;
    assert.strictEqual(en.title, 'Checkout API errors');
    assert.deepStrictEqual(en.updates.map((u) => u.label), ['Resolved', 'Monitoring', 'Update', 'Identified', 'Investigating']);
    assert.deepStrictEqual(en.updates.map((u) => new Date(u.at!).toISOString().slice(11, 16)), ['16:05', '15:20', '14:58', '14:40', '14:12']);
    assert.deepStrictEqual(en.components, ['Checkout API', 'Webhooks']);
    assert.deepStrictEqual(en.leftover, ['Incident Report for Example Shop']);
    const fr = readPastedText(fixture('fr.txt'))!;
    assert.deepStrictEqual(fr.updates.map((u) => u.phase), ['resolved', 'monitoring', 'investigating']);
    assert.strictEqual(fr.updates[0].at, Date.parse('2026-11-22T17:10:00Z'));
    assert.deepStrictEqual(fr.components, ['Tableau de bord', 'API']);
    const de = readPastedText(fixture('de.txt'))!;
    assert.deepStrictEqual(de.updates.map((u) => [u.phase, u.body.slice(0, 12)]), [['resolved', 'Alle ausstehe'.slice(0, 12)], ['identified', 'Eine volle W'], ['investigating', 'Rechnungsmai']]);
    assert.strictEqual(de.updates[2].at, Date.parse('2026-11-22T10:05:00Z'));
    const zhs = readPastedText(fixture('zh-Hans.txt'))!;
    assert.strictEqual(zhs.updates[0].at, Date.parse('2026-11-22T12:40:00Z'), 'UTC+8 read as an offset');
    assert.deepStrictEqual(zhs.components, ['登录服务', '移动应用']);
    const zht = readPastedText(fixture('zh-Hant.txt'))!;
    assert.deepStrictEqual(zht.updates.map((u) => u.phase), ['resolved', 'identified', 'investigating']);
    const r = importStatusPage(fixture('en.txt'), { severity: 'sev2' });
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepStrictEqual(r.incidents[0].warnings, [
      { code: 'unmapped-status', count: 1, labels: ['Update'] },
      { code: 'leftover-text', count: 1 },
    ]);
    assert.match(r.incidents[0].text, /### 2026-11-22 14:58 UTC\n\n\*\*Update\*\* — We are still rolling/);
    assert.match(r.incidents[0].text, /## Notes\n\nIncident Report for Example Shop\n/);
  });

  it('reads a page that puts "Label -" on its own line and a zone abbreviation after the time (en-us.txt)', () => {
    const page = readPastedText(fixture('en-us.txt'))!;
    assert.deepStrictEqual(page.updates.map((u) => [u.label, u.phase]), [['Resolved', 'resolved'], ['Update', undefined], ['Identified', 'identified'], ['Investigating', 'investigating']]);
    assert.strictEqual(page.updates[3].at, Date.parse('2026-03-13T19:40:00Z'), '13:40 MDT is 19:40 UTC');
    assert.strictEqual(page.updates[3].body, 'Dashboards take up to a minute to load for some accounts. We are looking into it.');
    const [doc] = imported('en-us.txt', { severity: 'sev3' });
    const complaints = lint(doc.text, { now: NOW }).findings.filter((f) => f.ruleId === 'PM024' || f.ruleId === 'PM023');
    assert.deepStrictEqual(complaints.map((f) => f.message), []);
  });

  it('dates without a year (a page\'s history list) are refused with what to copy instead', () => {
    const r = importStatusPage('Resolved -\nIt works again.\nMar 13, 10:16 MDT\n', { severity: 'sev3', title: 'T' });
    assert.ok(!r.ok && r.failure.reason === 'not-an-incident' && /dates have no year/.test(r.failure.detail), JSON.stringify(r));
  });

  it('never guesses: no impact means the caller must give a severity; no title, a title', () => {
    const r = importStatusPage(fixture('de.txt'));
    assert.deepStrictEqual(r, { ok: false, failure: { reason: 'needs-severity', title: 'Verzögerte Rechnungsmails' } });
    const untitled = importStatusPage('Investigating\nWe are looking into it.\nPosted Nov 22, 2026 - 10:00 UTC\n', { severity: 'sev3' });
    assert.deepStrictEqual(untitled, { ok: false, failure: { reason: 'needs-title' } });
    const titled = importStatusPage('Investigating\nWe are looking into it.\nPosted Nov 22, 2026 - 10:00 UTC\n', { severity: 'sev3', title: 'Slow search' });
    assert.ok(titled.ok && titled.incidents[0].text.includes('title: Slow search'));
  });

  it('a management-API incident with `scheduled_for: null` is an incident; blank lines inside a body are kept', () => {
    const r = importStatusPage(JSON.stringify({ id: 'x1', name: 'API errors', impact: 'major', status: 'identified', scheduled_for: null, scheduled_until: null,
      incident_updates: [{ status: 'identified', body: 'Found it.\n\n\n```\na\n\n\nb\n```', display_at: '2026-11-22T10:00:00Z' }] }));
    assert.ok(r.ok, JSON.stringify(!r.ok && r.failure));
    if (!r.ok) return;
    assert.ok(r.incidents[0].text.includes('Found it.\n\n\n```\na\n\n\nb\n```\n'), r.incidents[0].text);
  });

  it('says why nothing was imported', () => {
    assert.deepStrictEqual(importStatusPage('{ "incidents": [').ok, false);
    const broken = importStatusPage('{ "incidents": [');
    assert.ok(!broken.ok && broken.failure.reason === 'not-json');
    const other = importStatusPage('{ "hello": 1 }');
    assert.ok(!other.ok && other.failure.reason === 'not-an-incident');
    const prose = importStatusPage('Just some text without any update.');
    assert.ok(!prose.ok && prose.failure.reason === 'not-an-incident');
    const maintenance = importStatusPage(JSON.stringify(JSON.parse(fixture('en.json')).incidents[2]));
    assert.deepStrictEqual(maintenance, { ok: false, failure: { reason: 'maintenance', title: 'Scheduled database upgrade' } });
  });

  it('writes times in the configured zone and follows the configured order when no option is given', () => {
    const config: Config = { timezone: 'Europe/Berlin', rules: { timestamps: { updateOrder: 'newest-first' } } };
    const [doc] = imported('de.json', { config });
    assert.match(doc.text, /^timezone: Europe\/Berlin$/m);
    assert.match(doc.text, /^started: 2026-11-22T10:55:00\+01:00$/m);
    const parsed = parseDocument(doc.text, { config });
    assert.deepStrictEqual(parsed.updates.map((u) => u.phase), ['resolved', 'identified', 'investigating']);
    assert.ok(parsed.updates[0].heading.startsWith('2026-11-22 12:20'), parsed.updates[0].heading);
  });

  it('an update before the page\'s start moves `started` back, and says so', () => {
    const r = importStatusPage(JSON.stringify({ name: 'X', impact: 'major', status: 'identified', started_at: '2026-11-22T10:30:00Z', incident_updates: [
      { status: 'investigating', body: 'a', display_at: '2026-11-22T10:00:00Z' },
      { status: 'identified', body: 'b', display_at: '2026-11-22T10:40:00Z' },
    ] }));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepStrictEqual(r.incidents[0].warnings, [{ code: 'started-earlier', started: Date.parse('2026-11-22T10:00:00Z') }]);
    assert.match(r.incidents[0].text, /^started: 2026-11-22T10:00:00Z$/m);
  });
});

describe('timestamps: updateOrder (the order a team lists its updates in)', () => {
  const doc = (times: string[]) => [
    '---', 'kind: incident', 'id: INC-1', 'title: T', 'severity: sev2', 'status: monitoring', 'timezone: UTC', 'started: 2026-11-22T09:00:00Z', '---', '', '## Updates', '',
    ...times.flatMap((t) => [`### 2026-11-22 ${t} UTC — Investigating`, '', 'Text.', '']),
  ].join('\n');
  const pm023 = (text: string, config?: Config) => lint(text, { now: NOW, config }).findings.filter((f) => f.ruleId === 'PM023').map((f) => `${f.range.start.line + 1}: ${f.message}`);

  it('either (default): each list in its own direction, only an update that turns against it is reported', () => {
    assert.deepStrictEqual(pm023(doc(['09:10', '09:40', '10:10'])), []);
    assert.deepStrictEqual(pm023(doc(['10:10', '09:40', '09:10'])), []);
    assert.deepStrictEqual(pm023(doc(['10:10', '09:10', '09:40'])), [
      '21: "2026-11-22 09:40 UTC" is later than the update listed before it (09:10 UTC), in a list that runs newest first: correct the time or move the update up.',
    ]);
    assert.deepStrictEqual(pm023(doc(['09:10', '10:10', '09:40'])), [
      '21: "2026-11-22 09:40 UTC" is earlier than the entry before it (10:10 UTC): correct the time or put the entries in order, oldest first.',
    ]);
  });

  it('oldest first: a newest-first list is reported once', () => {
    const config = configWith('oldest-first');
    assert.deepStrictEqual(pm023(doc(['09:10', '09:40', '10:10']), config), []);
    assert.deepStrictEqual(pm023(doc(['10:10', '09:40', '09:10']), config), ['13: The updates are listed newest first, but this team lists them oldest first (`updateOrder: oldest-first`): put the latest update last.']);
  });

  it('newest first: a newest-first list is fine; an oldest-first list is reported once; one out of place is reported there', () => {
    const config = configWith('newest-first');
    assert.deepStrictEqual(pm023(doc(['10:10', '09:40', '09:10']), config), []);
    assert.deepStrictEqual(pm023(doc(['09:10', '09:40', '10:10']), config), [
      '13: The updates are listed oldest first, but this team lists them newest first (`updateOrder: newest-first`): put the latest update on top.',
    ]);
    assert.deepStrictEqual(pm023(doc(['10:10', '09:10', '09:40']), config), [
      '21: "2026-11-22 09:40 UTC" is later than the update listed before it (09:10 UTC): your updates are listed newest first (`updateOrder: newest-first`), so correct the time or move the update up.',
    ]);
  });

  it('.postmortem.yaml accepts either, oldest-first and newest-first, and nothing else', () => {
    assert.deepStrictEqual(parseConfig('rules:\n  timestamps: { updateOrder: newest-first }\n').config.rules.timestamps, { updateOrder: 'newest-first' });
    assert.deepStrictEqual(parseConfig('rules:\n  timestamps: { updateOrder: either }\n').config.rules.timestamps, { updateOrder: 'either' });
    const bad = parseConfig('rules:\n  timestamps: { updateOrder: newest }\n');
    assert.deepStrictEqual(bad.problems.map((p) => p.message), ['Option "updateOrder" of rule "timestamps" must be either, oldest-first or newest-first.']);
  });
});
