import assert from 'node:assert/strict';
import { clauseAround, clauses, fold, sentences } from '../../../src/core/text';

const texts = (t: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => t.slice(s.start, s.end));

describe('text/sentences: clauses', () => {
  it('splits a Chinese sentence at its commas, each clause keeping its break', () => {
    const t = fold('系统已恢复正常，预计今天完成退款。');
    assert.deepEqual(texts(t, clauses(t, 0, t.length)), ['系统已恢复正常，', '预计今天完成退款。']);
  });

  it('keeps to the range it is given and splits at semicolons, colons and a spaced dash', () => {
    const t = fold('Intro. First part; second: third — fourth. Outro.');
    const start = t.indexOf('first'), end = t.indexOf(' outro');
    assert.deepEqual(texts(t, clauses(t, start, end)), ['first part;', ' second:', ' third — ', 'fourth.']);
  });

  it('does not break at the colon of a clock nor the comma of a number', () => {
    const t = fold('Mail was delivered between 15:30 and 15:38, and 1,200 orders went through: all of them.');
    assert.deepEqual(texts(t, clauses(t, 0, t.length)),
      ['mail was delivered between 15:30 and 15:38,', ' and 1,200 orders went through:', ' all of them.']);
  });

  it('gives one clause for text without a break, none for an empty range', () => {
    assert.deepEqual(texts('abc', clauses('abc', 0, 3)), ['abc']);
    assert.deepEqual(clauses('abc', 1, 1), []);
  });

  it('agrees with clauseAround on where a clause starts', () => {
    const t = fold('没有，任何付款资料遗失');
    const c = clauseAround(t, t.indexOf('资料'), 0, t.indexOf('资料'));
    assert.equal(t.slice(c.start, t.indexOf('资料')), '任何付款');
  });
});

describe('text/sentences: sentences', () => {
  it('ends a Chinese sentence at "……" as at 。, and an English one at ". " only', () => {
    const zh = fold('服务器数据全部丢失…… 目前看来应该已无法恢复');
    assert.deepEqual(texts(zh, sentences(zh)), ['服务器数据全部丢失……', ' 目前看来应该已无法恢复']);
    const en = fold('We restarted it… and it works. Sorry.');
    assert.deepEqual(texts(en, sentences(en)), ['we restarted it… and it works.', ' sorry.']);
  });
});
