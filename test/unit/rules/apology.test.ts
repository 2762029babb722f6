import assert from 'node:assert/strict';
import rule from '../../../src/core/rules/apology';
import { applyFix, incidentText, runRule } from './helpers';

const incident = (lang: string, heading: string, body: string) =>
  incidentText({ lang }, `# Title\n\n## Impact\n\nSome impact.\n\n## Updates\n\n### 2026-11-22 14:12 UTC — ${heading}\n${body}\n`);

describe('rules/apology (PM001)', () => {
  it('adds the apology to the first paragraph of the first update, before its next-update line', () => {
    const text = incident('en', 'Investigating', 'We are investigating failed card payments.\nNext update by 14:40 UTC.');
    const [f] = runRule(rule, text);
    assert.equal(f.range.start.line, text.split('\n').findIndex((l) => l.startsWith('### ')));
    const fixed = applyFix(text, f.fix!);
    assert.ok(fixed.includes('We are investigating failed card payments. We are sorry for the disruption this has caused you.\nNext update by 14:40 UTC.\n'), fixed);
    assert.deepEqual(runRule(rule, fixed), []);
  });

  it('does not split a hard-wrapped sentence: the apology goes to the end of the paragraph', () => {
    const text = incident('en', 'Investigating', 'We are investigating failed card\npayments in the EU.');
    const fixed = applyFix(text, runRule(rule, text)[0].fix!);
    assert.ok(fixed.includes('We are investigating failed card\npayments in the EU. We are sorry for the disruption this has caused you.\n'), fixed);
  });

  it('joins Chinese sentences without a space', () => {
    const text = incident('zh-Hans', '调查中', '我们正在调查银行卡支付失败的问题。');
    const [f] = runRule(rule, text);
    const fixed = applyFix(text, f.fix!);
    assert.ok(fixed.includes('我们正在调查银行卡支付失败的问题。对于由此给您带来的不便，我们深表歉意。'), fixed);
    assert.match(f.message, /致歉/);
  });

  it('does not count a quoted apology, and ignores internal documents', () => {
    const quoted = incident('en', 'Investigating', '> A customer wrote: "sorry to bother you"\n\nWe are investigating.');
    assert.equal(runRule(rule, quoted).length, 1);
    const internal = incidentText({ audience: 'internal' }, '# T\n\n## Updates\n\n### 2026-11-22 14:12 UTC — Investigating\nWe are on it.\n');
    // customerOnly is enforced by the engine; the rule declares it.
    assert.equal(rule.customerOnly, true);
    assert.equal(runRule(rule, internal).length, 1);
  });

  it('creates a Summary with the apology in a report that has none', () => {
    const text = `---
kind: rcca
incident: INC-1
title: Card payments
lang: de
resolved: 2026-11-22T16:40:00Z
---

# Kartenzahlungen

## Ursache

Ein fehlerhaftes Release.
`;
    const [f] = runRule(rule, text);
    assert.equal(f.range.start.line, text.split('\n').indexOf('# Kartenzahlungen'));
    const fixed = applyFix(text, f.fix!);
    assert.ok(fixed.includes('# Kartenzahlungen\n\n## Zusammenfassung\n\nWir entschuldigen uns für die Unannehmlichkeiten, die Ihnen dadurch entstanden sind.\n\n## Ursache'), fixed);
    assert.deepEqual(runRule(rule, fixed), []);
  });
});
