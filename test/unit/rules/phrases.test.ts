import assert from 'node:assert/strict';
import { phraseMatcher } from '../../../src/core/rules/support/phrases';
import { APOLOGY, RECOVERY, allLanguages } from '../../../src/core/rules/support/lexicon';

describe('rules/support/phrases', () => {
  const apology = phraseMatcher(allLanguages(APOLOGY, (l) => l.phrases));

  it('finds apologies in every language', () => {
    for (const s of [
      'We are sorry for the disruption.', 'We apologise.', 'Our apologies to everyone affected.', 'We regret the outage.',
      'Nous sommes désolés.', 'Nous vous présentons nos excuses.', 'Nous regrettons cette panne.',
      'Wir entschuldigen uns.', 'Das tut uns leid.', 'Wir bedauern den Ausfall.',
      '我们深表歉意。', '非常抱歉。', '對不起。', '我們深表歉意。',
    ]) assert.ok(apology.test(s), s);
  });

  it('respects word boundaries in Latin scripts', () => {
    assert.equal(apology.test('The sorrowful tale'), false);
    assert.equal(apology.test('unapologetic'), false);
    assert.equal(apology.test('**Sorry**, our mistake'), true);
  });

  it('lets "*" extend a word at either end (German compounds)', () => {
    const report = phraseMatcher(RECOVERY.de.reportPromise);
    assert.ok(report.test('Wir veröffentlichen einen Abschlussbericht.'));
    assert.ok(report.test('Berichte folgen.'));
    const data = phraseMatcher(RECOVERY.de.dataLoss);
    assert.ok(data.test('Es gab keinen Datenverlust.'));
  });

  it('treats curly and straight apostrophes alike', () => {
    const m = phraseMatcher(["retour d'expérience"]);
    assert.ok(m.test('Un retour d’expérience suivra.'));
  });

  it('returns the position of a match', () => {
    assert.deepEqual(apology.find('Hi. Sorry!'), { index: 4, length: 5 });
  });
});
