import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LANGS } from '../../../src/core/types';
import { TEMPLATE_NAMES, placeholders, renderTemplate } from '../../../src/core/templates/render';
import { incidentValues } from '../../../src/core/authoring/incident';
import { parseDocument } from '../../../src/core/model/parse';
import { lint } from '../../../src/core/index';
import { applyEdits } from '../../../src/core/engine/fix';
import { markResolvedEdits } from '../../../src/core/authoring/mark-resolved';
import { insertUpdateEdit, updateValues } from '../../../src/core/authoring/update';

const root = path.resolve(__dirname, '../../../templates');
const NOW = Date.parse('2026-11-22T14:05:00Z');

describe('templates: logic-free rendering', () => {
  it('replaces placeholders, keeps unknown ones verbatim and lists them', () => {
    const r = renderTemplate('# {{title}} by {{ lead }} — {{nope}} {{nope}}', { title: 'Card payments', lead: 'Jane' });
    assert.strictEqual(r.text, '# Card payments by Jane — {{nope}} {{nope}}');
    assert.deepStrictEqual(r.missing, ['nope']);
  });

  it('never evaluates anything: expressions are not placeholders, values are inserted literally', () => {
    const r = renderTemplate('{{ title.toUpperCase() }} {{constructor}} {{a}}', { a: '{{b}} $& $1', b: 'X' });
    assert.strictEqual(r.text, '{{ title.toUpperCase() }} {{constructor}} {{b}} $& $1');
    assert.deepStrictEqual(r.missing, ['constructor']);
  });

  it('writes a literal {{ for {{{{', () => {
    assert.strictEqual(renderTemplate('{{{{title}} {{title}}', { title: 'T' }).text, '{{title}} T');
  });

  it('lists placeholders in order of first use', () => {
    assert.deepStrictEqual(placeholders('{{a}} {{yaml.b}} {{a}} {{{{c}}'), ['a', 'yaml.b']);
  });
});

describe('built-in templates', () => {
  for (const lang of LANGS) {
    for (const name of TEMPLATE_NAMES) {
      it(`${lang}/${name}.md exists and uses only known placeholders`, () => {
        const text = fs.readFileSync(path.join(root, lang, `${name}.md`), 'utf8');
        const known = new Set(['id', 'title', 'severity', 'lead', 'lang', 'timezone', 'audience', 'started', 'detected', 'resolved',
          'date', 'time', 'phase', 'nextUpdate', 'cadence', 'publishBy', 'publishByText', 'publishHours', 'incident', 'impact', 'timeline']);
        for (const p of placeholders(text)) assert.ok(known.has(p.replace(/^yaml\./, '')), `${lang}/${name}.md: unknown {{${p}}}`);
      });
    }

    it(`${lang}: a new incident parses as an incident in its language with a first update and a promised next time`, () => {
      const tpl = fs.readFileSync(path.join(root, lang, 'incident.md'), 'utf8');
      const values = incidentValues({ title: 'Paiements: échec "UE"', severity: 'sev2', lead: 'Jane Doe <jane@example.com>', lang, zone: 'Europe/Berlin', now: NOW });
      const r = renderTemplate(tpl, values);
      assert.deepStrictEqual(r.missing, []);
      const doc = parseDocument(r.text);
      assert.strictEqual(doc.kind, 'incident');
      assert.deepStrictEqual(doc.frontMatter.errors, []);
      assert.strictEqual(doc.meta.title, 'Paiements: échec "UE"');
      assert.strictEqual(doc.meta.severity, 'sev2');
      assert.strictEqual(doc.lang, lang);
      assert.strictEqual(doc.meta.started, NOW);
      assert.strictEqual(doc.updates.length, 1);
      assert.strictEqual(doc.updates[0].phase, 'investigating');
      assert.strictEqual(doc.updates[0].timestamp.at, NOW);
      assert.strictEqual(doc.updates[0].nextUpdate?.at, NOW + 30 * 60_000);
      assert.ok(doc.section('impact'), 'impact section found');
      assert.ok(doc.section('timeline'), 'timeline section found');
      assert.strictEqual(doc.timeline.length, 1);
      // what the writer has to do first: describe the impact; no next-update, apology or front-matter findings
      const ids = lint(r.text, { now: NOW + 60_000 }).findings.map((f) => f.ruleId);
      for (const id of ['PM001', 'PM004', 'PM024', 'PM023']) assert.ok(!ids.includes(id), `${lang}: unexpected ${id} in ${ids.join(',')}`);
    });
  }
});

describe('built-in templates: the lifecycle in every language', () => {
  for (const lang of LANGS) {
    it(`${lang}: update templates parse in their phase; Mark Resolved yields a complete resolution notice`, () => {
      const read = (name: string) => fs.readFileSync(path.join(root, lang, `${name}.md`), 'utf8');
      let text = renderTemplate(read('incident'), incidentValues({ title: 'Outage', severity: 'sev2', lead: 'Jane Doe <jane@example.com>', lang, zone: 'UTC', now: NOW })).text;
      let now = NOW;
      for (const phase of ['identified', 'monitoring'] as const) {
        now += 25 * 60_000;
        const doc = parseDocument(text);
        text = applyEdits(text, [insertUpdateEdit(doc, renderTemplate(read(`update-${phase}`), updateValues(doc, { phase, now })).text)]);
        const after = parseDocument(text);
        assert.strictEqual(after.updates[after.updates.length - 1].phase, phase, `${lang} ${phase}`);
        assert.strictEqual(after.updates[after.updates.length - 1].nextUpdate?.at, now + 30 * 60_000, `${lang} ${phase} next update`);
      }
      now += 25 * 60_000;
      const plan = markResolvedEdits(parseDocument(text), now, read('update-resolved'));
      assert.ok(plan.ok);
      if (!plan.ok) return;
      text = applyEdits(text, plan.edits);
      const done = parseDocument(text);
      assert.strictEqual(done.updates[done.updates.length - 1].phase, 'resolved');
      const ids = lint(text, { now: now + 60_000 }).findings.map((f) => f.ruleId);
      for (const id of ['PM012', 'PM004', 'PM024', 'PM005']) assert.ok(!ids.includes(id), `${lang}: unexpected ${id} in ${ids.join(',')}`);
    });
  }
});
