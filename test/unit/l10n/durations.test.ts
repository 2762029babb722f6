// Every message that carries a duration, rendered at 1 min, 1 h, 1 d and 6 d 18 h in every language: the sentence
// must read right whatever the figure (no « dans les 1 h », no space between two Chinese characters, one unit style).
import * as assert from 'assert';
import { LANGS, type Lang } from '../../../src/core/types';
import { messagesIn } from '../../../src/core/rules/define';
import { formatDuration } from '../../../src/core/rules/support/doc';
import firstUpdate from '../../../src/core/rules/first-update';
import updateCadence from '../../../src/core/rules/update-cadence';
import publishDeadline from '../../../src/core/rules/publish-deadline';

const MINUTES = [1, 60, 1440, 6 * 1440 + 18 * 60];

/** Every duration-bearing message of every rule, with `d` in each duration slot. */
function rendered(lang: Lang, d: string): Array<{ where: string; text: string }> {
  const fu = messagesIn(firstUpdate, lang);
  const uc = messagesIn(updateCadence, lang);
  const pd = messagesIn(publishDeadline, lang);
  const time = '2026-11-23 09:00 UTC';
  const first = { delay: d, cadence: d, severity: 'sev3', from: fu.from.detected };
  const gap = { gap: d, cadence: d, severity: 'sev3' };
  const report = { hours: 72, deadline: time, late: d, left: d };
  return [
    { where: 'first-update.late', text: fu.late(first) },
    { where: 'first-update.none', text: fu.none(first) },
    { where: 'update-cadence.gap', text: uc.gap(gap) },
    { where: 'update-cadence.stale', text: uc.stale(gap) },
    { where: 'update-cadence.late', text: uc.late(time, d) },
    { where: 'update-cadence.overdue', text: uc.overdue(time, d) },
    { where: 'publish-deadline.published', text: pd.published(report) },
    { where: 'publish-deadline.overdue', text: pd.overdue(report) },
    { where: 'publish-deadline.due', text: pd.due(report) },
  ];
}

const CJK = '[\\u3400-\\u9fff\\uff01-\\uff1f\\u3001-\\u3011]';

/** Patterns that must not occur in a rendered message, per language. */
const WRONG: Partial<Record<Lang, Array<[RegExp, string]>>> = {
  fr: [
    [/\b(?:dans|toutes) les \d/u, '« dans/toutes les 1 h »'],
    [/\bles 1\b/u, '« les 1 … »'],
    [/se sont écoulées|sont passées/u, 'agreement with the duration'],
    [/(?<=\S) [;:?!]/u, 'U+202F before ; : ? !'],
    [/« | »/u, 'U+202F inside « »'],
    [/\d[ \u202f](?:min|h|j)\b/u, 'U+00A0 between a figure and its unit'],
  ],
  de: [
    [/\d (?:T|Tg\.|Std\.|Min\.)(?![\wäöüß])/u, 'one unit style: d, h, min'],
  ],
  'zh-Hans': [[new RegExp(`${CJK} +${CJK}`, 'u'), 'a space between two Chinese characters']],
  'zh-Hant': [[new RegExp(`${CJK} +${CJK}`, 'u'), 'a space between two Chinese characters']],
};

describe('l10n: duration-bearing messages at 1 min, 1 h, 1 d and 6 d 18 h', () => {
  for (const lang of LANGS) {
    it(`${lang}: every message reads right at every duration`, () => {
      const problems: string[] = [];
      for (const minutes of MINUTES) {
        const d = formatDuration(minutes * 60_000, lang);
        for (const { where, text } of rendered(lang, d)) {
          if (!text.includes(d)) problems.push(`${where} (${d}): the duration is missing: ${text}`);
          if (/undefined|\$\{|\{\w+\}/.test(text)) problems.push(`${where} (${d}): an unfilled slot: ${text}`);
          for (const [re, what] of WRONG[lang] ?? []) {
            const m = re.exec(text);
            if (m) problems.push(`${where} (${d}): ${what}: "${m[0]}" in ${text}`);
          }
        }
      }
      assert.deepStrictEqual(problems, []);
    });
  }

  it('the durations themselves: one unit style per language, a no-break space in French', () => {
    const at = (lang: Lang) => MINUTES.map((m) => formatDuration(m * 60_000, lang));
    assert.deepStrictEqual(at('fr'), ['1\u00a0min', '1\u00a0h', '24\u00a0h', '6\u00a0j 18\u00a0h']);
    assert.deepStrictEqual(at('de'), ['1 min', '1 h', '24 h', '6 d 18 h']);
    assert.deepStrictEqual(at('zh-Hans'), ['1 分钟', '1 小时', '24 小时', '6 天 18 小时']);
    assert.deepStrictEqual(at('zh-Hant'), ['1 分鐘', '1 小時', '24 小時', '6 天 18 小時']);
  });

  it('the checks can fail: the old French and Chinese wording is caught', () => {
    const fr = WRONG.fr!.some(([re]) => re.test('publiez-la dans les 1\u00a0h, même sans connaître la cause.'));
    const zh = WRONG['zh-Hans']![0][0].test('事件应在 1 小时 内发布');
    assert.ok(fr && zh);
  });
});
