import assert from 'node:assert/strict';
import rule from '../../../src/core/rules/impact';
import { applyFix, incidentText, runRule } from './helpers';

describe('rules/impact (PM002)', () => {
  it('inserts a localised Impact section before the updates', () => {
    const text = incidentText({ lang: 'fr' }, '# Titre\n\n## Mises à jour\n\n### 2026-11-22 14:12 UTC — Enquête en cours\nNous enquêtons.\n');
    const [f] = runRule(rule, text);
    assert.equal(f.range.start.line, text.split('\n').indexOf('# Titre'));
    const fixed = applyFix(text, f.fix!);
    assert.ok(fixed.includes("# Titre\n\n## Impact\n\nDécrivez qui a été touché, ce qui ne fonctionnait pas et de quand à quand.\n\n## Mises à jour\n"), fixed);
    assert.deepEqual(runRule(rule, fixed), []);
  });

  it('treats a section holding only a comment as empty and fills in the prompt', () => {
    const text = incidentText({ lang: 'de' }, '# Titel\n\n## Auswirkungen\n<!-- TODO -->\n\n## Aktualisierungen\n');
    const [f] = runRule(rule, text);
    assert.equal(f.range.start.line, text.split('\n').indexOf('## Auswirkungen'));
    const fixed = applyFix(text, f.fix!);
    assert.ok(fixed.includes('## Auswirkungen\n\nBeschreiben Sie'), fixed);
    assert.deepEqual(runRule(rule, fixed), []);
  });
});
