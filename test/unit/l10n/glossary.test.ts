// Each language's glossary (l10n/glossary/<lang>.json) against every text we write in it: no avoided wording
// anywhere, and every product term in use somewhere (a glossary that no text follows has gone stale).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Lang } from '../../../src/core/types';
import { ROOT, configMessages, docsExamples, everyText, ruleMessages, snippets, templates, uiStrings, walkthroughMedia } from './texts';

interface Glossary {
  terms: Record<string, string>;
  avoid: Array<{ pattern: string; use: string; why: string }>;
}

const GLOSSARY_LANGS: Lang[] = ['fr', 'de', 'zh-Hans', 'zh-Hant'];

function glossary(lang: Lang): Glossary {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/glossary', `${lang}.json`), 'utf8')) as Glossary;
}

describe('l10n: glossaries', () => {
  for (const lang of GLOSSARY_LANGS) {
    describe(lang, () => {
      const g = glossary(lang);

      it('collects texts from every source', () => {
        for (const [name, texts] of Object.entries({ ruleMessages, configMessages, templates, snippets, uiStrings, walkthroughMedia })) {
          assert.ok(texts(lang).length > 0, `${lang}: no ${name}`);
        }
      });

      it('no text uses an avoided wording', () => {
        const found: string[] = [];
        for (const { pattern, use, why } of g.avoid) {
          const re = new RegExp(pattern, 'gu');
          for (const { source, text } of everyText(lang)) {
            for (const m of text.matchAll(re)) {
              const around = text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\n/g, '⏎');
              found.push(`${source}: "${m[0]}" in "…${around}…" → ${use} (${why})`);
            }
          }
        }
        assert.deepStrictEqual(found, []);
      });

      it('every product term is in use', () => {
        const all = everyText(lang).map((t) => t.text).join('\n');
        const unused = Object.entries(g.terms).flatMap(([concept, term]) =>
          term.split(' / ').filter((t) => !all.includes(t)).map((t) => `${concept}: ${t}`));
        assert.deepStrictEqual(unused, []);
      });
    });
  }

  it('an avoided wording is caught (the check can fail)', () => {
    const re = new RegExp(glossary('fr').avoid.find((a) => a.use.startsWith('U+202F before'))!.pattern, 'u');
    assert.ok(re.test('Publiez-la maintenant : merci'));
    assert.ok(!re.test('Publiez-la maintenant\u202f: merci'));
  });

  it('zh-Hant: the rule docs pages\' Traditional Chinese examples use Taiwan terms, not mainland ones', () => {
    const examples = docsExamples('繁體中文');
    assert.ok(examples.length >= 10, `only ${examples.length} docs pages with a 繁體中文 example`);
    const found: string[] = [];
    for (const { pattern, use } of glossary('zh-Hant').avoid.filter((a) => a.why === 'mainland term')) {
      for (const { source, text } of examples) {
        for (const m of text.matchAll(new RegExp(pattern, 'gu'))) found.push(`${source}: "${m[0]}" → ${use}`);
      }
    }
    assert.deepStrictEqual(found, []);
  });
});
