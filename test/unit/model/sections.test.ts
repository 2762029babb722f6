// Sections are found by heading text in every language; ranges run to the next heading of the same or higher level.
import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { sectionKindOf } from '../../../src/core/model/text';
import { fixture, slice } from './helpers';

describe('model: sections', () => {
  it('finds the sections of the English incident, synonyms included', () => {
    const doc = fixture('en-incident.md');
    assert.deepStrictEqual(doc.sections.filter((s) => s.level === 2).map((s) => [s.heading, s.kind]), [
      ['Customer impact', 'impact'], ['Updates', 'updates'], ['Timeline', 'timeline'], ['Root cause analysis', 'rootCause'],
    ]);
    assert.strictEqual(doc.section('impact')?.heading, 'Customer impact');
    assert.strictEqual(doc.section('contact'), undefined);
  });

  it('finds sections in French, German and both Chinese scripts', () => {
    const kinds = (name: string) => fixture(name).sections.filter((s) => s.kind).map((s) => s.kind);
    assert.deepStrictEqual(kinds('fr-incident.md'), ['impact', 'updates', 'timeline', 'workaround']);
    assert.deepStrictEqual(kinds('de-incident.md'), ['impact', 'updates', 'timeline']);
    assert.deepStrictEqual(kinds('zh-Hans-incident.md'), ['impact', 'updates', 'timeline']);
    assert.deepStrictEqual(kinds('zh-Hant-incident.md'), ['impact', 'updates', 'timeline', 'contact']);
    assert.deepStrictEqual(kinds('de-rcca.md'), ['rootCause', 'correctiveActions']);
    assert.deepStrictEqual(kinds('zh-Hant-rcca.md'), ['summary', 'rootCause', 'correctiveActions']);
  });

  it('matches headings case-insensitively, trimmed, with trailing punctuation, numbering and emphasis', () => {
    const cases: [string, number, string | undefined][] = [
      ['IMPACT', 2, 'impact'], ['  Root Cause:  ', 2, 'rootCause'], ['2. Corrective actions', 2, 'correctiveActions'],
      ['**Timeline**', 2, 'timeline'], ['Résumé', 2, 'summary'], ['Lösung', 2, 'resolution'], ['Behebung', 2, 'resolution'],
      ['Résolution', 2, 'resolution'], ['解决', 2, 'resolution'], ['解決', 2, 'resolution'], ['Kontakt', 2, 'contact'],
      ['联系', 2, 'contact'], ['聯繫', 2, 'contact'], ['Workaround', 2, 'workaround'], ['Umgehungslösung', 2, 'workaround'],
      ['临时解决方案', 2, 'workaround'], ['臨時解決方案', 2, 'workaround'], ['Zusammenfassung', 2, 'summary'], ['摘要', 2, 'summary'],
      ['概要', 2, 'summary'], ['Impact on customers', 2, 'impact'], ['Root cause analysis', 2, 'rootCause'],
      ['根本原因', 2, 'rootCause'], ['Ursache', 2, 'rootCause'], ['Korrekturmaßnahmen', 2, 'correctiveActions'],
      ['Actions correctives', 2, 'correctiveActions'], ['纠正措施', 2, 'correctiveActions'], ['糾正措施', 2, 'correctiveActions'],
      ['Zeitleiste', 2, 'timeline'], ['Chronologie', 2, 'timeline'], ['时间线', 2, 'timeline'], ['時間線', 2, 'timeline'],
      ['Mises à jour', 2, 'updates'], ['Aktualisierungen', 2, 'updates'], ['更新', 2, 'updates'],
      // A title is not a section: an H1 must match exactly, and unrelated words never match.
      ['Cause and corrective action report', 1, undefined], ['Impactful changes', 2, undefined], ['Status page links', 2, undefined],
    ];
    for (const [heading, level, kind] of cases) assert.strictEqual(sectionKindOf(heading, level), kind, heading);
  });

  it('reads past emoji that open a heading, as pictures or as GitHub shortcodes', () => {
    const cases: [string, string | undefined][] = [
      [':warning: Impact', 'impact'], [':ballot_box_with_check: Follow-up tasks', 'correctiveActions'], ['🔥 Root cause', 'rootCause'],
      ['⚠️ Zeitleiste', 'timeline'], [':+1: :tada: Summary', 'summary'], ['🕒 时间线', 'timeline'],
      // A colon that is not a shortcode's stays: a clock opens no section.
      ['12:30 Update', undefined],
    ];
    for (const [heading, kind] of cases) assert.strictEqual(sectionKindOf(heading, 2), kind, heading);
  });

  it('gives each section its range, body range and body text', () => {
    const doc = fixture('en-incident.md');
    const impact = doc.section('impact')!;
    assert.strictEqual(slice(doc, impact.headingRange), '## Customer impact');
    assert.strictEqual(impact.bodyText.trim(), 'Customers in the EU could not pay by card between 14:02 and 16:40 UTC. About 18% of checkouts failed.');
    assert.strictEqual(slice(doc, impact.bodyRange), impact.bodyText);
    const updates = doc.section('updates')!;
    // The Updates section contains its H3 updates and ends before the next H2.
    assert.ok(slice(doc, updates.range).endsWith('No data was lost.'));
    assert.ok(updates.bodyText.includes('### 2026-11-22 16:45 UTC: Resolved'));
  });

  it('an empty section has an empty body', () => {
    const doc = parseDocument('## Impact\n\n## Updates\n');
    const impact = doc.section('impact')!;
    assert.strictEqual(impact.bodyText, '');
    assert.deepStrictEqual(impact.range, impact.headingRange);
  });

  it('reads a first-line heading after a byte order mark, with exact ranges', () => {
    const doc = parseDocument('\uFEFF## Impact\nText.\n');
    assert.strictEqual(doc.section('impact')?.bodyText, 'Text.');
    assert.strictEqual(slice(doc, doc.sections[0].headingRange), '\uFEFF## Impact');
  });

  it('reads setext headings and headings inside other sections', () => {
    const doc = parseDocument('Impact\n======\n\nText.\n\n### Root cause\nWhy.\n');
    assert.deepStrictEqual(doc.sections.map((s) => [s.heading, s.level, s.kind]), [['Impact', 1, 'impact'], ['Root cause', 3, 'rootCause']]);
    assert.strictEqual(doc.blocks.find((b) => b.text === 'Why.')?.sectionKind, 'rootCause');
  });
});
