// The phrase matcher of the language rules: folding, word boundaries per script, German compounds, French elision.
import * as assert from 'assert';
import { fold, phrases, prepare, sentences } from '../../../src/core/text';
import { PhraseSet } from '../../../src/core/text/phrase-set';

const has = (list: string[], text: string) => phrases(list).test(prepare(text));

describe('text', () => {
  it('folds case and accents without changing length', () => {
    for (const s of ['Équipe Überwachung ÇA', 'l’hébergeur', '运维团队 🎉', 'İstanbul']) assert.strictEqual(fold(s).length, s.length);
    assert.strictEqual(fold('Équipe Überwachung'), 'equipe uberwachung');
  });

  it('reads 臺 as 台, so one phrase matches both ways of writing Taiwan', () => {
    assert.strictEqual(fold('臺電'), fold('台電'));
    assert.ok(has(['台電'], '受到臺電變電箱故障影響'));
    assert.ok(has(['臺灣'], '台灣各地'));
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

  describe('names (literal lists such as vendors)', () => {
    const own = ['third party', 'our provider', 'unser* *anbieter*', 'provider', '第三方', 'cloud'];
    const names = [
      'AWS', 'Amazon Web Services', 'Amazon', 'S3', 'T-Systems', 'Google Cloud', 'Google', 'OVH', 'OVHcloud',
      'Café Net', 'AT&T', 'Inc.', 'Provider X', 'Cloud', "O'Reilly Hosting", '阿里云', 'Big   Blue',
    ];
    const texts = [
      'An outage at Amazon Web Services and amazon-web services; AWS, aws3, S3. T-Systems vs T Systems.',
      'Google Cloud went down, then google, then GOOGLE-CLOUD and googlecloud and OVHcloud and OVH cloud.',
      'cafe net, CAFÉ-NET, at&t, AT&Tx, Inc. and inc, our provider X, provider x, the cloud, third-party Cloud.',
      "o'reilly hosting, O’Reilly Hosting, 由于阿里云故障, big blue, Big-Blue, bigblue, unserem Cloud-Anbieter.",
    ].map((t) => prepare(t));
    const hits = (set: PhraseSet, t: string) => set.all(t).map((h) => `${h.index}+${h.length}`);

    it('finds the same matches as one regex of phrases and names, at every start and in every range', () => {
      const trie = new PhraseSet(own, names);
      const regex = new PhraseSet([...own, ...names]);
      for (const t of texts) {
        assert.deepStrictEqual(hits(trie, t), hits(regex, t), t);
        for (let from = 0; from < t.length; from += 7) {
          const to = Math.min(t.length, from + 23);
          assert.deepStrictEqual(trie.first(t, from, to), regex.first(t, from, to), `${t} [${from}, ${to})`);
        }
      }
      assert.deepStrictEqual(trie.all(texts[2]).map((h) => h.text), [
        'cafe net', 'cafe-net', 'at&t', 'inc.', 'our provider', 'provider x', 'cloud', 'third-party', 'cloud',
      ]);
    });

    it('finds names in a list of 50,000, as whole words, with case, accents and hyphens folded', () => {
      const many = Array.from({ length: 50_000 }, (_, i) => `Vendor${i.toString(36)} Cloud`);
      many.push('Zürich Hosting');
      const set = new PhraseSet(['our provider'], many);
      const t = prepare('We blame VENDOR1A-cloud, vendorzzzz cloud, Vendor1acloud, xvendor2b cloud and zurich hosting.');
      assert.deepStrictEqual(set.all(t).map((h) => h.text), ['vendor1a-cloud', 'zurich hosting']);
      assert.strictEqual(set.test(prepare('Vendor1a Cloudy')), false);
    });
  });
});
