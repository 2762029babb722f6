// The phrase engine finds what one regex of a whole list finds (leftmost, then the first phrase in the list's order),
// though it runs each phrase on its own at candidate starts and compares plain words without a regex. Checked on every
// phrase of every language's lexicon, over the bench corpus and texts made to trip word boundaries.
import assert from 'node:assert/strict';
import { corpus } from '../../../bench/corpus/index';
import { LANGS } from '../../../src/core/types';
import { lexicon } from '../../../src/core/lexicon';
import { fold, PhraseSet, prepare } from '../../../src/core/text';
import { listSource, phraseParts, starredWords, WORD_END } from '../../../src/core/text/compile';
import { compiledAlternative, wordsAlternative, type Alternative } from '../../../src/core/text/alternatives';

/** Every phrase list of a lexicon (arrays of strings, wherever they sit). */
function phraseLists(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) {
    if (value.every((x) => typeof x === 'string')) out.push(value as string[]);
  } else if (value && typeof value === 'object' && !(value instanceof RegExp)) {
    for (const v of Object.values(value)) phraseLists(v, out);
  }
  return out;
}

/** What one global regex of the list finds: the reference the engine must agree with. */
function reference(list: readonly string[], folded: string): string[] {
  const trimmed = [...new Set(list.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const re = new RegExp(listSource(trimmed), 'gu');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

const TRICKY = [
  'We are sorry—truly sorry-ish. We-are-sorry. we  are\tsorry. WE ARE SORRY_ now. x_we are sorry. 2we are sorry3.',
  'Das Problem ist behoben. Die Störung ist-behoben. Providerausfall, AWS-Ausfall-Bericht, Ausfallbericht.',
  'Nous sommes désolés. L\u2019incident est résolu. d\u2019ici 15:00, aujourd hui.',
  '服务已恢复 。服务 已恢复。我们 深表 歉意。對於造成您的不便，我們深感抱歉。',
  'is resolved\u00a0now; is\u3000resolved; is\u2028resolved. 𝐀is resolved, is resolved𝐀, 𠀀已恢复.',
];

describe('phrase sets agree with one regex of the whole list', function () {
  this.timeout(120_000);
  const texts = [...TRICKY, ...corpus(60).map((d) => d.text)].map((t) => prepare(t));

  for (const lang of LANGS) {
    it(`every phrase of ${lang}`, () => {
      const list = [...new Set(phraseLists(lexicon(lang)).flat())];
      const set = new PhraseSet(list);
      for (const folded of texts) {
        const ours = set.all(folded).map((h) => `${h.index}:${h.text}`);
        assert.deepEqual(ours, reference(list, folded), folded.slice(0, 80));
      }
    });
  }
});

describe('a phrase of plain words is compiled without its regex source', () => {
  // What the engine reads of an alternative (the starter's `src` aside: PhraseSet looks for plain words by their
  // first word, not by the starter's regex), in a stable key order.
  const view = (a: Alternative) => {
    const { phrase, bounded, rest, lit, star, words, sticky } = a;
    return JSON.stringify({ phrase, bounded, rest, lit, star, words, sticky, start: { ...a.start, src: undefined } });
  };
  const edgeCases = ['  spaced  words ', 'Acme CDN', 'É clair', '1st step', '_under', '-dash', '𝒜 math', '中文 词', "中'文", 'ß', 'İstanbul', 'a-b c', 'tl;dr'];

  it('the same alternative as the full compile, for every phrase of every lexicon', () => {
    const all = [...new Set([...LANGS.flatMap((l) => phraseLists(lexicon(l)).flat()), ...edgeCases])];
    let plain = 0;
    for (const phrase of all) {
      const fast = wordsAlternative(phrase);
      if (!fast) continue;
      plain++;
      assert.equal(view(fast), view(compiledAlternative(phrase)), phrase);
    }
    // Most lexicon phrases are plain words: the fast path must not silently stop applying.
    assert.ok(plain > all.length / 2, `${plain} of ${all.length} phrases took the plain-words path`);
  });

  it('leaves phrases with wildcards, gaps and apostrophes to the full compile', () => {
    for (const phrase of ['apolog*', '*ausfall', 'hätte … sollen', "l'erreur", "中'文"]) assert.equal(wordsAlternative(phrase), undefined, phrase);
  });
});

describe('a phrase whose only Unicode class is its word-end check is matched as its regex matches', () => {
  // Such a phrase is first tried without the check (a regex without Unicode property classes compiles ~30x faster),
  // the check made in code; a letter after the first way through its gaps sends it to its whole regex.
  const quick = [...new Set(LANGS.flatMap((l) => phraseLists(lexicon(l)).flat()))].filter((p) => {
    const { rest } = phraseParts(p);
    return rest.endsWith(WORD_END) && !rest.slice(0, -WORD_END.length).includes('\\p{');
  });

  it('finds what one regex of the phrase finds, whatever follows it', () => {
    assert.ok(quick.length > 100, `${quick.length} such phrases`);
    let texts = 0;
    for (const p of quick) {
      // The phrase written out (a gap as two words, an apostrophe curly), then followed by a letter, a digit, `_`, an
      // accented or astral letter, a hyphen, a space; and its last word repeated further on, after a longer word.
      const written = p.trim().replace(/\s*(?:…|\.\.\.)\s*/g, ' de la ').replace(/'/g, '’');
      const last = written.split(/\s+/).pop()!;
      const set = new PhraseSet([p]);
      for (const after of ['', 's', '7', '_', 'é', '𝒜', '-x', ' ', `x de ${last}`, `x ${last}s la ${last}.`]) {
        const folded = fold(`Avant ${written}${after} fin.`);
        assert.deepEqual(set.all(folded).map((h) => `${h.index}:${h.text}`), reference([p], folded), `${p} / ${folded}`);
        texts++;
      }
    }
    assert.ok(texts > 1000);
  });
});

describe('a phrase of words ending with * is matched in code as its regex matches', () => {
  const starred = [...new Set(LANGS.flatMap((l) => phraseLists(lexicon(l)).flat()))].filter((p) => starredWords(p));

  it('takes the phrases of plain and starred Latin words only', () => {
    assert.ok(starred.length > 100, `${starred.length} such phrases`);
    for (const p of ['apolog*', 'still work*', 'unser* dienstleister*']) assert.ok(starredWords(p), p);
    for (const p of ['*ausfall', '*bericht*', 'a*b', '*', 'sorry', "l'erreur*", 'hätte … soll*', '抱歉*', 'x -y*']) assert.equal(starredWords(p), undefined, p);
  });

  it('finds what one regex of the phrase finds, whatever the star takes and whatever follows', () => {
    let texts = 0;
    for (const p of starred) {
      const set = new PhraseSet([p]);
      for (const tail of ['', 's', 'ed7', 'é', '𝒜x', '_x', '-x', '’s']) {
        const written = p.trim().replace(/\*/g, tail);
        for (const after of ['', 's', '_', ' ', '-', '𝒜', `. ${written}`]) {
          // fold, not prepare: prepare would blank the `_`.
          const folded = fold(`Avant ${written}${after} fin.`);
          assert.deepEqual(set.all(folded).map((h) => `${h.index}:${h.text}`), reference([p], folded), `${p} / ${folded}`);
          texts++;
        }
      }
    }
    assert.ok(texts > 1000);
  });
});

describe('blankedIn reads a text as if the matches were not there', () => {
  it('blanks every match to spaces and keeps every offset', () => {
    const set = new PhraseSet(['seems like a joke', 'issue tracker*']);
    const folded = fold('Seems like a joke, but the issue tracker is still up; seems like a joke again.');
    const out = set.blankedIn(folded);
    assert.equal(out.length, folded.length);
    assert.equal(out, `${' '.repeat(17)}, but the ${' '.repeat(13)} is still up; ${' '.repeat(17)} again.`);
  });

  it('returns the very text when nothing matches', () => {
    const folded = fold('Nothing to blank here.');
    assert.equal(new PhraseSet(['seems like a joke']).blankedIn(folded), folded);
  });
});
