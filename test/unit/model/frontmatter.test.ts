// Front matter: positions of keys and values, YAML errors at their line and column, normalised meta.
import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { normalizeMeta } from '../../../src/core/model/normalize-meta';
import { fixture, iso, slice } from './helpers';

describe('model: front matter and meta', () => {
  it('points at the exact key and value', () => {
    const doc = fixture('en-incident.md');
    const fm = doc.frontMatter;
    assert.ok(fm.present);
    assert.deepStrictEqual(fm.range, { start: { line: 0, character: 0 }, end: { line: 13, character: 3 } });
    assert.strictEqual(slice(doc, fm.keyRange('severity')!), 'severity');
    assert.strictEqual(slice(doc, fm.valueRange('severity')!), 'Critical');
    assert.strictEqual(slice(doc, fm.valueRange('lead')!), 'Jane Doe <jane.doe@example.com>');
    assert.strictEqual(slice(doc, fm.valueRange('services')!), '[checkout, payments]');
    assert.strictEqual(fm.keyRange('published'), undefined);
    assert.deepStrictEqual(fm.data.services, ['checkout', 'payments']);
  });

  it('normalises meta: severity aliases, dates, services, default audience', () => {
    const doc = fixture('en-incident.md');
    assert.strictEqual(doc.kind, 'incident');
    assert.strictEqual(doc.meta.severity, 'sev1');
    assert.strictEqual(doc.meta.status, 'resolved');
    assert.strictEqual(doc.meta.audience, 'customers');
    assert.strictEqual(iso(doc.meta.started), '2026-11-22T14:02:00Z');
    assert.strictEqual(iso(doc.meta.resolved), '2026-11-22T16:40:00Z');
    assert.deepStrictEqual(doc.meta.services, ['checkout', 'payments']);
    const rcca = fixture('en-rcca.md');
    assert.strictEqual(rcca.kind, 'rcca');
    assert.strictEqual(rcca.meta.incident, 'INC-2026-0042');
    assert.strictEqual(rcca.meta.audience, 'internal');
    assert.strictEqual(rcca.meta.lang, 'en');
    assert.strictEqual(iso(rcca.meta.publishBy), '2026-11-25T16:40:00Z');
  });

  it('resolves every alias case-insensitively', () => {
    const sev = (v: unknown) => normalizeMeta({ severity: v }).meta.severity;
    assert.deepStrictEqual(['critical', 'MAJOR', 'Minor', 'low', 'SEV2', 'sev4', 'huge'].map(sev), ['sev1', 'sev2', 'sev3', 'sev4', 'sev2', 'sev4', undefined]);
    const lang = (v: unknown) => normalizeMeta({ lang: v }).meta.lang;
    assert.deepStrictEqual(['en', 'FR', 'de', 'zh-Hans', 'zh-hant', 'zh-CN', 'zh-TW', 'zh', 'ZH_tw', 'es'].map(lang),
      ['en', 'fr', 'de', 'zh-Hans', 'zh-Hant', 'zh-Hans', 'zh-Hant', 'zh-Hans', 'zh-Hant', undefined]);
    const status = (v: unknown) => normalizeMeta({ status: v }).meta.status;
    assert.deepStrictEqual(['Investigating', 'résolu', 'Überwachung', '已确认', 'done?'].map(status), ['investigating', 'resolved', 'monitoring', 'identified', undefined]);
    assert.strictEqual(normalizeMeta({}).meta.audience, 'customers');
    assert.strictEqual(normalizeMeta({ kind: 'Incident' }).meta.kind, 'incident');
    assert.strictEqual(normalizeMeta({ kind: 'memo' }).meta.kind, undefined);
  });

  it('reads dates in the document zone, from strings and from YAML Date objects', () => {
    const { meta, zone } = normalizeMeta({
      timezone: 'Europe/Berlin', started: '2026-11-22 15:02', detected: new Date('2026-11-22T14:05:00Z'),
      resolved: '2026-11-22T16:40:00Z', publish_by: '2026-11-25', published: 'soon',
    });
    assert.strictEqual(zone, 'Europe/Berlin');
    assert.strictEqual(iso(meta.started), '2026-11-22T14:02:00Z');
    assert.strictEqual(iso(meta.detected), '2026-11-22T14:05:00Z');
    assert.strictEqual(iso(meta.resolved), '2026-11-22T16:40:00Z');
    assert.strictEqual(iso(meta.publishBy), '2026-11-24T23:00:00Z');
    assert.strictEqual(meta.published, undefined);
    assert.strictEqual(normalizeMeta({ timezone: '+05:30' }).zone, 'UTC+5:30');
    assert.strictEqual(normalizeMeta({ timezone: 'Mars/Base' }, 'Asia/Tokyo').zone, 'Asia/Tokyo');
    assert.strictEqual(normalizeMeta({ timezone: 'Mars/Base' }).meta.timezone, 'Mars/Base');
  });

  it('reports broken YAML at its line and column, with empty data, and never throws', () => {
    const text = '---\nkind: incident\nseverity: [sev1\ntitle: x\n---\n# T\n';
    const doc = parseDocument(text);
    assert.ok(doc.frontMatter.present);
    assert.deepStrictEqual(doc.frontMatter.data, {});
    assert.ok(doc.frontMatter.errors.length > 0);
    assert.strictEqual(doc.kind, undefined);
    const first = doc.frontMatter.errors[0];
    assert.ok(first.range.start.line >= 2 && first.range.start.line <= 4, JSON.stringify(first));
    // A value with an unescaped ": " inside: the error points at that line, past the key.
    const bad = parseDocument('---\nkind: incident\ntitle: Payments: down: again\n---\n');
    assert.ok(bad.frontMatter.errors.length >= 1);
    assert.deepStrictEqual(bad.frontMatter.errors[0].range.start.line, 2);
    assert.ok(bad.frontMatter.errors[0].range.start.character > 0);
    assert.ok(bad.frontMatter.errors.every((e) => e.message.length > 0 && !e.message.includes('\n')));
    const dup = parseDocument('---\nkind: incident\nkind: rcca\n---\n');
    assert.deepStrictEqual(dup.frontMatter.errors.map((e) => e.range.start.line), [2]);
  });

  it('handles missing front matter, a missing kind, an unclosed fence and a scalar', () => {
    const none = parseDocument('# Just markdown\n');
    assert.strictEqual(none.frontMatter.present, false);
    assert.strictEqual(none.kind, undefined);
    const noKind = parseDocument('---\ntitle: x\n---\n');
    assert.strictEqual(noKind.kind, undefined);
    assert.deepStrictEqual(noKind.frontMatter.errors, []);
    const open = parseDocument('---\nkind: incident\n\n# Title\n');
    assert.ok(open.frontMatter.present);
    assert.strictEqual(open.frontMatter.errors.length, 1);
    assert.strictEqual(open.frontMatter.errors[0].range.start.line, 0);
    const scalar = parseDocument('---\njust text\n---\n');
    assert.strictEqual(scalar.frontMatter.errors.length, 1);
    const crlf = parseDocument('---\r\nkind: rcca\r\ntitle: T\r\n---\r\n## Root cause\r\nWhy.\r\n');
    assert.strictEqual(crlf.kind, 'rcca');
    assert.strictEqual(slice(crlf, crlf.frontMatter.valueRange('title')!), 'T');
    assert.strictEqual(crlf.section('rootCause')?.bodyText, 'Why.');
  });
});
