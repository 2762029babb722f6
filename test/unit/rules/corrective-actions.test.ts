import assert from 'node:assert/strict';
import { actionDescription, isVague } from '../../../src/core/rules/corrective-actions';

describe('rules/corrective-actions: vague actions', () => {
  it('takes the description before the owner and due parts', () => {
    assert.equal(actionDescription('- [ ] Investigate the issue — owner: @sam — due: 2026-12-06'), 'Investigate the issue');
    assert.equal(actionDescription('- [x] Fehler beheben - Verantwortlich: @jo'), 'Fehler beheben');
    assert.equal(actionDescription('1. 调查一下问题 — 负责人：@li'), '调查一下问题');
  });

  const vague: Array<[string, Parameters<typeof isVague>[1]]> = [
    ['Investigate', 'en'], ['Investigate the issue', 'en'], ['Fix the issue', 'en'], ['Look into it', 'en'],
    ['Improve monitoring', 'en'], ['Investigate the root cause further', 'en'], ['Make sure it does not happen again', 'en'],
    ['Enquêter', 'fr'], ['Enquêter sur le problème', 'fr'], ["Analyser l'incident", 'fr'], ['Corriger le bug', 'fr'],
    ['Untersuchen', 'de'], ['Fehler beheben', 'de'], ['Problem genauer untersuchen', 'de'], ['Monitoring verbessern', 'de'],
    ['调查一下', 'zh-Hans'], ['调查一下问题', 'zh-Hans'], ['修复问题', 'zh-Hans'], ['加强监控', 'zh-Hans'],
    ['調查一下問題', 'zh-Hant'], ['修復問題', 'zh-Hant'],
    ['Investigate the issue', 'fr'], // English in a French document
  ];
  for (const [d, lang] of vague) it(`vague: ${lang} "${d}"`, () => assert.equal(isVague(d, lang), true));

  const concrete: Array<[string, Parameters<typeof isVague>[1]]> = [
    ['Investigate why the retry budget ran out', 'en'], ['Add a circuit breaker to the card client', 'en'],
    ['Fix the retry loop in the card client', 'en'], ['Review alert thresholds with the payments team', 'en'],
    ['Ajouter un disjoncteur au client de paiement', 'fr'], ['Corriger la boucle de reprise du client carte', 'fr'],
    ['Lasttest des EU-Zahlungspools vor jedem Release', 'de'], ['Timeout im Kartenclient beheben', 'de'],
    ['为银行卡客户端增加熔断机制', 'zh-Hans'], ['修复支付服务的重试逻辑', 'zh-Hans'], ['為信用卡用戶端加入斷路器', 'zh-Hant'],
    ['', 'en'], ['the', 'en'],
  ];
  for (const [d, lang] of concrete) it(`concrete: ${lang} "${d}"`, () => assert.equal(isVague(d, lang), false));
});
