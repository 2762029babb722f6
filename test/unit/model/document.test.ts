// Blocks, code, directives, signature, corrective actions and language detection.
import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { fixture, iso, slice } from './helpers';

describe('model: blocks, code and directives', () => {
  it('every block is the exact source at its range (comments blanked), outside front matter and code', () => {
    for (const name of ['en-incident.md', 'fr-incident.md', 'de-incident.md', 'zh-Hans-incident.md', 'zh-Hant-incident.md', 'en-rcca.md']) {
      const doc = fixture(name);
      assert.ok(doc.blocks.length > 3, name);
      for (const b of doc.blocks) {
        const src = slice(doc, b.range);
        assert.strictEqual(b.text.length, src.length, `${name}: ${b.text}`);
        assert.strictEqual(b.text, src.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n\r]/g, ' ')), name);
        assert.ok(!b.text.includes('kind:'), name);
      }
    }
  });

  it('drops comment marks from block edges and headings', () => {
    const doc = parseDocument('## Updates\n### 14:28 UTC — Identified <!-- expect: PM004 -->\nWe are sorry. <!-- expect: PM001 -->\n');
    assert.strictEqual(doc.updates[0].phaseRaw, 'Identified');
    assert.strictEqual(doc.updates[0].heading, '14:28 UTC — Identified');
    assert.deepStrictEqual(doc.blocks.map((b) => b.text), ['We are sorry.']);
    assert.deepStrictEqual(doc.blocks[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 13 } });
  });

  it('records fenced and indented code blocks, and table cells as blocks', () => {
    const doc = parseDocument('Text\n\n```\ncode\n```\n\n    indented\n\n| a | b |\n|---|---|\n| one | two |\n');
    assert.deepStrictEqual(doc.codeBlocks.map((r) => [r.start.line, r.end.line]), [[2, 4], [6, 6]]);
    assert.deepStrictEqual(doc.blocks.map((b) => [b.text, b.range.start.character]), [['Text', 0], ['one', 2], ['two', 8]]);
  });

  it('collects directives, inline ones too, but not those in code', () => {
    const doc = parseDocument([
      '<!-- postmortem-disable-file PM008 -->',
      'Text <!-- postmortem-disable apology, tone --> more',
      '<!-- postmortem-enable -->',
      '```', '<!-- postmortem-disable PM001 -->', '```',
      '<!-- postmortem-disable-next-line vendor-blame -->',
    ].join('\n'));
    assert.deepStrictEqual(doc.directives, [
      { kind: 'disable-file', rules: ['PM008'], line: 0 },
      { kind: 'disable', rules: ['apology', 'tone'], line: 1 },
      { kind: 'enable', rules: [], line: 2 },
      { kind: 'disable-next-line', rules: ['vendor-blame'], line: 6 },
    ]);
  });
});

describe('model: signature', () => {
  it('reads a person and a contact from the last paragraph, in every script', () => {
    const sig = (name: string) => { const s = fixture(name).signature; return s && [s.source, s.name, s.contact]; };
    assert.deepStrictEqual(sig('en-incident.md'), ['paragraph', 'Jane Doe', 'status@example.com']);
    assert.deepStrictEqual(sig('fr-incident.md'), ['paragraph', 'Jeanne Dupont', 'jeanne.dupont@example.com']);
    assert.deepStrictEqual(sig('zh-Hans-incident.md'), ['paragraph', '陈怡君', 'chen.yijun@example.com']);
    assert.deepStrictEqual(sig('de-rcca.md'), ['paragraph', 'Anna Schmidt', '+49 30 1234567']);
  });

  it('keeps a generic team signature without a name', () => {
    for (const name of ['de-incident.md', 'zh-Hant-incident.md']) {
      const s = fixture(name).signature!;
      assert.strictEqual(s.source, 'paragraph', name);
      assert.strictEqual(s.name, undefined, name);
    }
    const en = parseDocument('---\nkind: incident\nlead: Jane Doe <jane@example.com>\n---\nText.\n\n— The Ops Team\n');
    assert.deepStrictEqual([en.signature?.text, en.signature?.name], ['— The Ops Team', undefined]);
  });

  it('tells names from prose, and phones from dates', () => {
    const sig = (s: string) => { const g = parseDocument(s).signature; return g && [g.name, g.contact]; };
    assert.deepStrictEqual(sig('x\n\nIf you have questions, contact support@example.com.\n'), [undefined, 'support@example.com']);
    assert.deepStrictEqual(sig('x\n\n— Jane Doe, 2026-11-22\n'), ['Jane Doe', undefined]);
    assert.deepStrictEqual(sig('x\n\n— Marie de La Tour · +33 1 23 45 67 89\n'), ['Marie de La Tour', '+33 1 23 45 67 89']);
    assert.deepStrictEqual(sig('x\n\n— Jane Doe, Incident Lead · https://status.example.com/incidents\n'), ['Jane Doe', 'https://status.example.com/incidents']);
  });

  it('falls back to the front matter lead or author', () => {
    const doc = fixture('en-rcca.md');
    assert.deepStrictEqual([doc.signature?.source, doc.signature?.name, doc.signature?.contact], ['front-matter', 'Sam Lee', 'sam.lee@example.com']);
    assert.strictEqual(slice(doc, doc.signature!.range), 'Sam Lee <sam.lee@example.com>');
    assert.strictEqual(parseDocument('Just a closing sentence about the fix.\n').signature, undefined);
    assert.strictEqual(fixture('zh-Hant-rcca.md').signature, undefined);
  });
});

describe('model: corrective actions', () => {
  it('reads done state, owner and due date in English, from list items and table rows', () => {
    const doc = fixture('en-rcca.md');
    assert.deepStrictEqual(doc.correctiveActions.map((a) => [a.done, a.owner, a.due?.raw, iso(a.due?.at)]), [
      [false, '@sam', '2026-12-06', '2026-12-06T00:00:00Z'],
      [true, 'Priya Natarajan', '2026-11-23', '2026-11-23T00:00:00Z'],
      [false, '@lee', undefined, undefined],
      [false, undefined, undefined, undefined],
      // Table rows: | Action | Owner | Due | Status |
      [false, '@kim', '2026-12-20', '2026-12-20T00:00:00Z'],
      [true, 'Alex Roe', '2026-12-01', '2026-12-01T00:00:00Z'],
    ]);
    assert.strictEqual(doc.correctiveActions[0].text, 'Add a circuit breaker to the card client — owner: @sam — due: 2026-12-06');
    assert.strictEqual(slice(doc, doc.correctiveActions[0].due!.range), '2026-12-06');
  });

  it('reads German and Chinese labels', () => {
    assert.deepStrictEqual(fixture('de-rcca.md').correctiveActions.map((a) => [a.owner, a.due?.raw]), [
      ['Anna Schmidt', '2026-12-06'], ['@jonas', '2026-12-10'],
    ]);
    assert.deepStrictEqual(fixture('zh-Hant-rcca.md').correctiveActions.map((a) => [a.done, a.owner, a.due?.raw]), [
      [false, '王小明', '2026-12-06'], [true, '@lin', '2026-11-23'],
    ]);
    const fr = parseDocument('## Actions correctives\n- [ ] Ajouter un disjoncteur — propriétaire : Marie Curie — échéance : 2026-12-06\n');
    assert.deepStrictEqual(fr.correctiveActions.map((a) => [a.owner, a.due?.raw]), [['Marie Curie', '2026-12-06']]);
    const zh = parseDocument('## 纠正措施\n- [ ] 增加熔断器，负责人：张伟，截止：2026-12-06\n');
    assert.deepStrictEqual(zh.correctiveActions.map((a) => [a.owner, a.due?.raw]), [['张伟', '2026-12-06']]);
  });
});

describe('model: language', () => {
  it('detects the language of documents without `lang`', () => {
    const cases: [string, string][] = [
      ['en-incident.md', 'en'], ['fr-incident.md', 'fr'], ['de-incident.md', 'de'], ['zh-Hans-incident.md', 'zh-Hans'], ['zh-Hant-incident.md', 'zh-Hant'],
    ];
    for (const [name, lang] of cases) {
      assert.strictEqual(fixture(name).meta.lang, undefined, name);
      assert.strictEqual(fixture(name).lang, lang, name);
    }
  });

  it('front matter wins over detection; the config language is the fallback, then en', () => {
    assert.strictEqual(fixture('zh-Hant-rcca.md').lang, 'zh-Hant');
    assert.strictEqual(fixture('de-rcca.md').lang, 'de');
    assert.strictEqual(parseDocument('---\nlang: fr\n---\nThe quick fix was deployed and the service is back for all of our users.\n').lang, 'fr');
    assert.strictEqual(parseDocument('# 1\n', { config: { rules: {}, language: 'de' } }).lang, 'de');
    assert.strictEqual(parseDocument('').lang, 'en');
  });
});
