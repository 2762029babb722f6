import assert from 'node:assert/strict';
import rule, { nextUpdateLine } from '../../../src/core/rules/next-update';
import { messagesIn } from '../../../src/core/rules/define';
import type { PostmortemDocument } from '../../../src/core/types';
import { applyFix, incidentText, runRule } from './helpers';

const at = (iso: string) => Date.parse(iso);
const fakeDoc = (lang: PostmortemDocument['lang'], zone = 'UTC') => ({ lang, zone }) as PostmortemDocument;

const doc = (fm: Record<string, string | undefined>, updates: string) => incidentText(fm, `# Card payments failing

## Impact

Card payments failed.

## Updates

${updates}`);

describe('rules/next-update (PM004)', () => {
  it('writes the next-update line in each language and the document zone', () => {
    const t = at('2026-11-22T14:38:00Z');
    assert.equal(nextUpdateLine(messagesIn(rule, 'en'), fakeDoc('en'), t, 30), 'Next update by 15:08 UTC.');
    assert.equal(nextUpdateLine(messagesIn(rule, 'fr'), fakeDoc('fr'), t, 30), 'Prochaine mise à jour\u202f: 15:08 UTC.');
    assert.equal(nextUpdateLine(messagesIn(rule, 'de'), fakeDoc('de'), t, 30), 'Nächste Aktualisierung: spätestens 15:08 UTC.');
    assert.equal(nextUpdateLine(messagesIn(rule, 'zh-Hans'), fakeDoc('zh-Hans'), t, 30), '下次更新时间：15:08 UTC。');
    assert.equal(nextUpdateLine(messagesIn(rule, 'zh-Hant'), fakeDoc('zh-Hant'), t, 30), '下次更新時間：15:08 UTC。');
    assert.equal(nextUpdateLine(messagesIn(rule, 'en'), fakeDoc('en', '+01:00'), t, 60), 'Next update by 16:38 UTC+1.');
    assert.equal(nextUpdateLine(messagesIn(rule, 'en'), fakeDoc('en'), at('2026-11-22T23:50:00Z'), 15), 'Next update by 2026-11-23 00:05 UTC.');
  });

  it('fixes a missing next-update line with the update time plus the severity cadence', () => {
    const text = doc({ status: 'monitoring', resolved: undefined }, `### 2026-11-22 14:38 UTC — Identified
We found the faulty release and are rolling it back.
`);
    const found = runRule(rule, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, text.split('\n').findIndex((l) => l.startsWith('### 2026-11-22 14:38')));
    assert.ok(found[0].fix);
    assert.equal(found[0].fix!.edits[0].newText.trim(), 'Next update by 15:08 UTC.');
    const fixed = applyFix(text, found[0].fix!);
    assert.ok(fixed.includes('We found the faulty release and are rolling it back.\n\nNext update by 15:08 UTC.\n'));
    assert.deepEqual(runRule(rule, fixed), []);
  });

  it('puts the line before the signature that closes the last update', () => {
    const text = doc({ status: 'monitoring', resolved: undefined }, `### 2026-11-22 14:38 UTC — Identified
We found the faulty release and are rolling it back.

— Jane Doe, Incident Lead · jane.doe@example.com
`);
    const [f] = runRule(rule, text);
    const fixed = applyFix(text, f.fix!);
    assert.ok(fixed.includes('rolling it back.\n\nNext update by 15:08 UTC.\n\n— Jane Doe'), fixed);
  });

  it('uses the update-cadence table from the configuration', () => {
    const text = doc({ severity: 'sev1', status: 'monitoring', resolved: undefined }, `### 2026-11-22 14:38 UTC — Identified
We found it.
`);
    const found = runRule(rule, text, { config: { rules: { 'update-cadence': { minutes: { sev1: 10 } } } } });
    assert.equal(found[0].fix!.edits[0].newText.trim(), 'Next update by 14:48 UTC.');
    const own = runRule(rule, text, { options: { minutes: { sev1: 5 } } });
    assert.equal(own[0].fix!.edits[0].newText.trim(), 'Next update by 14:43 UTC.');
  });

  it('flags a promised time that is not after the update, and exempts the final resolved update', () => {
    const text = doc({}, `### 2026-11-22 14:38 UTC — Identified
We found it. Next update by 14:38 UTC.

### 2026-11-22 15:02 UTC — Resolved
Card payments are fully restored.
`);
    const found = runRule(rule, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, text.split('\n').findIndex((l) => l.includes('Next update by 14:38')));
    assert.equal(found[0].fix, undefined);
  });

  it('keeps the document\'s CRLF line endings in the inserted line', () => {
    const text = doc({ status: 'monitoring', resolved: undefined }, `### 2026-11-22 14:38 UTC — Identified
We found the faulty release.
`).replace(/\n/g, '\r\n');
    const [f] = runRule(rule, text);
    assert.equal(f.fix!.edits[0].newText, '\r\n\r\nNext update by 15:08 UTC.');
    assert.ok(!/[^\r]\n/.test(applyFix(text, f.fix!)));
  });

  it('speaks the document language', () => {
    const text = doc({ lang: 'de', status: 'monitoring', resolved: undefined }, `### 2026-11-22 14:38 UTC — Identifiziert
Wir haben die Ursache gefunden.
`);
    const found = runRule(rule, text);
    assert.match(found[0].message, /Aktualisierung/);
    assert.equal(found[0].fix!.edits[0].newText.trim(), 'Nächste Aktualisierung: spätestens 15:08 UTC.');
  });
});
