// PM007 quotes the blamed party inside its suggested sentence: a determiner that opened the writer's sentence loses
// its capital there; a name keeps its own.
import assert from 'node:assert/strict';
import vendorBlame from '../../../src/core/rules/vendor-blame';
import type { Lang } from '../../../src/core/types';
import { incidentText, runRule } from './helpers';

function messageFor(lang: Lang, sentence: string): string {
  const found = runRule(vendorBlame, incidentText({ lang }, sentence));
  assert.equal(found.length, 1, `one finding expected in: ${sentence}`);
  return found[0].message;
}

describe('rules/vendor-blame (the party in the message)', () => {
  const cases: Array<[Lang, string, string]> = [
    ['en', 'Our hosting provider caused the outage.', 'We rely on our hosting provider for this'],
    ['en', 'The outage was caused by Cloudflare.', 'We rely on Cloudflare for this'],
    ['fr', 'Notre hébergeur a provoqué la panne.', 'Nous dépendons de notre hébergeur pour ce service'],
    ['de', 'Unser Anbieter hat den Ausfall verursacht.', '(‚unser Anbieter‘)'],
  ];
  for (const [lang, sentence, expected] of cases) {
    it(`${lang}: "${sentence}"`, () => assert.ok(messageFor(lang, sentence).includes(expected), messageFor(lang, sentence)));
  }
});
