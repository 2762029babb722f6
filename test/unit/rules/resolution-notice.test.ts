import assert from 'node:assert/strict';
import rule from '../../../src/core/rules/resolution-notice';
import { incidentText, runRule } from './helpers';

const doc = (lang: string, phase: string, body: string) =>
  incidentText({ lang }, `# T\n\n## Updates\n\n### 2026-11-22 15:12 UTC — ${phase}\n${body}\n`);

describe('rules/resolution-notice (PM012)', () => {
  it('names exactly the missing parts', () => {
    const [f] = runRule(rule, doc('en', 'Resolved', 'Card payments are fully restored.'));
    assert.equal(f.message, 'The resolution notice is incomplete: say whether any data was lost; promise the cause-and-corrective-action report.');
    const [g] = runRule(rule, doc('fr', 'Résolu', 'Tout fonctionne à nouveau. Aucune donnée n\'a été perdue.'));
    assert.equal(g.message, 'L\'avis de résolution est incomplet\u202f: annoncez le rapport sur les causes et les actions correctives.');
  });

  it('accepts a complete notice in every language', () => {
    const complete: Array<[string, string, string]> = [
      ['en', 'Resolved', 'All services are back to normal. No data was lost. We will publish a postmortem within 72 hours.'],
      ['fr', 'Résolu', 'Le service est rétabli. Aucune donnée n\'a été perdue. Un rapport suivra sous 72 heures.'],
      ['de', 'Behoben', 'Der Dienst ist wiederhergestellt. Es gab keinen Datenverlust. Ein Abschlussbericht folgt in 72 Stunden.'],
      ['zh-Hans', '已解决', '服务已恢复正常，没有数据丢失。我们将在 72 小时内发布报告。'],
      ['zh-Hant', '已解決', '服務已恢復正常，沒有資料遺失。我們將在 72 小時內發布報告。'],
    ];
    for (const [lang, phase, body] of complete) assert.deepEqual(runRule(rule, doc(lang, phase, body)), [], lang);
  });

  it('asks for a final resolved update when the last one is not', () => {
    const [f] = runRule(rule, doc('zh-Hant', '監控中', '修復已部署，我們正在觀察。'));
    assert.match(f.message, /缺少最後一則「已解決」更新/);
  });
});
