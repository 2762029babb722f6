// The structure rules' phrase lists (apology, resolution notice) through the one phrase engine of src/core/text.
import assert from 'node:assert/strict';
import { phrases, prepare } from '../../../src/core/text';
import { everyLanguage, lexicon } from '../../../src/core/lexicon';

describe('phrase lists of the structure rules', () => {
  const apology = phrases(everyLanguage('apology').flatMap((l) => l.phrases));
  const has = (set: ReturnType<typeof phrases>, text: string) => set.test(prepare(text));

  it('finds apologies in every language', () => {
    for (const s of [
      'We are sorry for the disruption.', 'We apologise.', 'Our apologies to everyone affected.', 'We regret the outage.',
      'Nous sommes désolés.', 'Nous vous présentons nos excuses.', 'Nous regrettons cette panne.',
      'Wir entschuldigen uns.', 'Das tut uns leid.', 'Wir bedauern den Ausfall.',
      '我们深表歉意。', '非常抱歉。', '對不起。', '我們深表歉意。',
    ]) assert.ok(has(apology, s), s);
  });

  it('respects word boundaries in Latin scripts', () => {
    assert.equal(has(apology, 'The sorrowful tale'), false);
    assert.equal(has(apology, 'unapologetic'), false);
    assert.equal(has(apology, '**Sorry**, our mistake'), true);
  });

  it('ignores accents and case, as every language rule does', () => {
    assert.ok(has(apology, 'Nous sommes DESOLES.'));
    assert.ok(has(phrases(lexicon('de').recovery.recovered), 'Der Dienst lauft wieder.'));
  });

  it('does not count an apology inside an HTML comment (readers never see it)', () => {
    assert.equal(has(apology, 'Service degraded. <!-- TODO: say sorry -->'), false);
  });

  it('lets "*" extend a word at either end (German compounds)', () => {
    const report = phrases(lexicon('de').recovery.reportPromise);
    assert.ok(has(report, 'Wir veröffentlichen einen Abschlussbericht.'));
    assert.ok(has(report, 'Berichte folgen.'));
    assert.ok(has(phrases(lexicon('de').recovery.dataLoss), 'Es gab keinen Datenverlust.'));
  });

  it('treats curly and straight apostrophes alike', () => {
    assert.ok(has(phrases(["retour d'expérience"]), 'Un retour d’expérience suivra.'));
  });

  it('returns the position of a match', () => {
    const hit = apology.first(prepare('Hi. Sorry!'));
    assert.deepEqual(hit && { index: hit.index, length: hit.length }, { index: 4, length: 5 });
  });
});
