import assert from 'node:assert/strict';
import { namesTroubledThing } from '../../../src/core/rules/support/named-trouble';
import { fold } from '../../../src/core/text';
import type { Lang } from '../../../src/core/types';

const named = (lang: Lang, text: string) => namesTroubledThing(fold(text), lang);

describe('rules/support/named-trouble (PM002: a thing named with its trouble)', () => {
  const cases: Array<[Lang, string, boolean]> = [
    ['en', 'We know about the newsletter outage.', true],
    ['en', 'We are looking into problems with the mail relay.', true],
    ['en', 'We are investigating an outage.', false],
    ['en', 'We had an outage this morning.', false],
    ['en', 'We are investigating issues.', false],
    ['en', 'See https://example.org/tracker/issues/30 for more.', false],
    ['en', 'My hoster has deactivated my whole webserver.', true],
    ['en', 'Customers reported an outage.', false],
    ['fr', 'Une « panne importante » de ses services est en cours.', true],
    ['fr', 'Nous avons des difficultés techniques avec nos services dans la région.', true],
    ['fr', 'La panne a été provoquée par une intervention.', false],
    ['fr', 'Nous avons une panne en cours depuis ce matin.', false],
    ['de', 'Seit 9 Uhr gibt es eine Störung bei der Anmeldung.', true],
    ['de', 'Wegen eines Serverausfalls ist die Seite weg.', true],
    ['de', 'Es kam zu einer Störung am Montagabend.', false],
    ['de', 'Wir haben eine Störung, die vom Rechenzentrum ausgeht.', false],
    ['de', 'Wir können nicht sagen, wann das Problem gelöst ist.', false],
    ['zh-Hans', '今天上午会员系统出现异常。', true],
    ['zh-Hans', '导致交易异常，银行已立即处理。', true],
    ['zh-Hans', '今天上午出现异常。', false],
    ['zh-Hans', '我们已经排除故障。', false],
    ['zh-Hans', '没有任何用户数据丢失。', false],
    ['zh-Hant', '系統運作效能嚴重下降。', true],
    ['zh-Hant', '沒有資料遺失。', false],
    ['zh-Hant', '說明是訂位系統出問題。', true],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${expected ? 'names' : 'names nothing in'} "${text}"`, () => assert.equal(named(lang, text), expected));
  }

  it('reads a text by its own language only: a German determiner is no English thing', () => {
    assert.equal(named('de', 'das Problem ist gelöst'), false);
    assert.equal(named('en', 'the payment problem is solved'), true);
  });
});
