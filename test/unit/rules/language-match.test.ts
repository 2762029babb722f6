// The phrase matcher of the language rules: folding, word boundaries per script, German compounds, French elision.
import * as assert from 'assert';
import { fold, phrases, prepare, sentences } from '../../../src/core/text';

const has = (list: string[], text: string) => phrases(list).test(prepare(text));

describe('text', () => {
  it('folds case and accents without changing length', () => {
    for (const s of ['Équipe Überwachung ÇA', 'l’hébergeur', '运维团队 🎉', 'İstanbul']) assert.strictEqual(fold(s).length, s.length);
    assert.strictEqual(fold('Équipe Überwachung'), 'equipe uberwachung');
  });

  it('matches whole Latin words only', () => {
    assert.ok(has(['ups'], 'Ups, das ging schief'));
    assert.ok(!has(['ups'], 'Unsere Backups sind vollständig'));
    assert.ok(!has(['lol'], 'Lollipop'));
  });

  it('handles French elision and accents', () => {
    assert.ok(has(['erreur humaine'], "C'est l'erreur humaine"));
    assert.ok(has(['hébergeur'], "la faute de l’HEBERGEUR"));
  });

  it('matches German compounds with a leading star, and inflections with a trailing one', () => {
    assert.ok(has(['unser* *anbieter*'], 'Störung bei unserem Cloud-Anbieter'));
    assert.ok(has(['*ausfall*'], 'ein Providerausfall'));
    assert.ok(!has(['anbieter'], 'Zahlungsanbieters'));
  });

  it('matches Han phrases anywhere (no spaces in Chinese) and gaps within a sentence', () => {
    assert.ok(has(['第三方'], '由于第三方供应商的故障'));
    assert.ok(has(['应该…却没有'], '他应该检查配置却没有检查'));
    assert.ok(!has(['应该…却没有'], '应该检查。却没有'));
    assert.ok(has(['hätte … sollen'], 'Der Dienst hätte die Warnung früher sehen sollen'));
  });

  it('ignores HTML comments and markdown emphasis', () => {
    assert.ok(!has(['expect'], 'Text <!-- expect: PM007 -->'));
    assert.ok(has(['human error'], 'a **human** _error_'));
  });

  it('splits sentences on Latin and CJK terminators', () => {
    assert.deepStrictEqual(sentences('One. Two! 三。四').length, 4);
  });
});
