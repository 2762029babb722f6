// Property tests: whatever the input, lint returns (never throws, no rule crashes) and every range lies inside the text.
import * as assert from 'assert';
import fc from 'fast-check';
import { fixAll, lint } from '../../src/core/engine/index';
import { LineIndex } from '../../src/core/model/lines';
import type { LintResult, Range } from '../../src/core/types';

const NOW = Date.parse('2026-11-23T12:00:00Z');

function inside(index: LineIndex, r: Range): boolean {
  const ok = (p: Range['start']) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < index.lineCount &&
    p.character >= 0 && p.character <= index.lineLength(p.line);
  const ordered = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  return ok(r.start) && ok(r.end) && ordered;
}

function check(text: string, config?: Parameters<typeof lint>[1]['config']): LintResult {
  let result: LintResult;
  try {
    result = lint(text, { now: NOW, config });
  } catch (e) {
    throw new Error(`lint threw on ${JSON.stringify(text.slice(0, 300))}: ${(e as Error).stack}`);
  }
  const crashes = (result.errors ?? []).map((e) => `${e.ruleId} ${e.ruleName}: ${e.message}\n${e.stack ?? ''}`);
  assert.deepStrictEqual(crashes, [], `rules threw on ${JSON.stringify(text.slice(0, 500))}`);
  const index = new LineIndex(text);
  for (const f of result.findings) {
    assert.ok(inside(index, f.range), `${f.ruleId} range outside the document: ${JSON.stringify(f.range)}`);
    for (const e of f.fix?.edits ?? []) assert.ok(inside(index, e.range), `${f.ruleId} fix edit outside: ${JSON.stringify(e.range)}`);
  }
  return result;
}

const FRONT = (kind: string, extra = '') => `---\nkind: ${kind}\nid: INC-1\ntitle: T\nseverity: sev1\nstatus: investigating\nstarted: 2026-11-22T14:02:00Z\n${extra}---\n`;

const FRAGMENTS = [
  '# Card payments failing', '## Impact', '## Updates', '## Timeline', '## Root cause', '## Corrective actions', '## Summary',
  '## Auswirkungen', '## Mises à jour', '## 时间线', '## 糾正措施', '## Resolution', '## Contact',
  '### 2026-11-22 14:12 UTC — Investigating', '### 14:28 UTC — Identified', '### 2026-11-22T15:00:00+01:00 | Monitoring',
  '### 16:40 — Resolved', '### 2026-13-45 99:99 UTC — Investigating', '### 14:30 Europe/Berlin - Untersuchung', '### 2026-11-22 14:12 UTC — 调查中',
  'We are sorry for the disruption. Next update by 14:30 UTC.', 'Nächste Aktualisierung um 25:99 UTC.', 'Prochaine mise à jour à 15:00.',
  '- 2026-11-22 14:02 UTC — Deploy starts', '- 14:05 — Alert fires', '- 23:59 — late', '- 00:01 — after midnight',
  '| Time | Event |', '|---|---|', '| 14:02 | Deploy |', '| 2026-11-22 14:10 UTC | Rollback |', '|', '| | |',
  '- [ ] Add a circuit breaker — owner: @sam — due: 2026-12-06', '- [x] investigate', '- [ ] fix the issue — due: yesterday',
  '```', '```js', 'const x = 1;', '    indented code', '> quoted customer text', '<!-- postmortem-disable -->', '<!-- postmortem-enable PM001 -->',
  '<!-- postmortem-disable-next-line impact -->', '<!-- postmortem-disable-file -->', '<!--', '-->', '---', '***', '',
  '— Jane Doe, Incident Lead · jane@example.com', 'Our CDN provider caused this lol 😂!!!', '由于供应商的问题。', '我们深表歉意。',
  '<details><summary>x</summary>', '</details>', '* * *', '1. first', '   - nested', '\t- tabbed', '\r', 'Ünïcödé ✓ \u200b \ufeff',
];

const fragmentDoc = fc
  .tuple(
    fc.constantFrom('incident', 'rcca'),
    fc.constantFrom('', 'lang: fr\n', 'lang: zh-Hant\n', 'audience: internal\n', 'timezone: Europe/Berlin\n', 'resolved: 2026-11-22T16:40:00Z\nstatus: resolved\n', 'severity: major\n'),
    fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 60 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([kind, extra, parts, eol]) => (FRONT(kind, extra) + parts.join('\n')).replace(/\n/g, eol));

describe('property: lint never throws and ranges stay inside the document', function () {
  this.timeout(120_000);

  it('random strings (any UTF-16, including lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void check(s)), { numRuns: 150 });
  });

  it('random bytes decoded as UTF-8 and Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        check(new TextDecoder('utf-8').decode(bytes));
        check(new TextDecoder('latin1').decode(bytes));
      }),
      { numRuns: 100 },
    );
  });

  it('broken YAML front matter', () => {
    const yamlish = fc.array(
      fc.oneof(
        fc.constantFrom('kind: incident', 'kind: rcca', 'kind: [incident', 'title: a: b', '\tstatus: x', 'severity: sev9', 'started: not a date',
          'resolved: 1999-01-01', 'lang: xx', 'audience: everyone', 'timezone: Mars/Olympus', '"unterminated', '- list', '? complex', '&a *a',
          'title: !!binary AAAA', 'id: {a: 1}', 'kind: incident\nkind: rcca', '...', '---', '%YAML 1.2', '  indented: yes'),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(yamlish, fc.boolean(), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }), (lines, close, body) => {
        check(`---\n${lines.join('\n')}\n${close ? '---\n' : ''}${body.join('\n')}`);
      }),
      { numRuns: 200 },
    );
  });

  it('random documents built from fragments, with their fixes applied', () => {
    fc.assert(
      fc.property(fragmentDoc, (text) => {
        check(text);
        const fixed = fixAll(text, { now: NOW, maxPasses: 3 });
        check(fixed.text);
      }),
      { numRuns: 150 },
    );
  });

  it('random fragments under a random configuration', () => {
    const cfg = fc.record({
      rules: fc.dictionary(
        fc.constantFrom('apology', 'PM002', 'publish-deadline', 'update-cadence', 'timestamps', 'nope', 'PM024'),
        fc.oneof(
          fc.constantFrom('off', 'information', 'warning', 'error', 'bogus'),
          fc.record({ severity: fc.constantFrom('error', 'off', 42), hours: fc.oneof(fc.integer(), fc.constant('x')), minutes: fc.anything() }, { requiredKeys: [] }),
        ),
      ),
      timezone: fc.constantFrom('UTC', 'Europe/Berlin', 'Mars/Olympus', '+05:30'),
      language: fc.constantFrom('en', 'fr', 'de', 'zh-Hans', 'zh-Hant'),
    });
    fc.assert(fc.property(fragmentDoc, cfg, (text, config) => void check(text, config as never)), { numRuns: 100 });
  });

  // Pathological sizes, one test each so a slow case is named.
  it('a 300,000-character line', () => void check(FRONT('incident') + '# T\n\n## Impact\n' + 'x'.repeat(300_000) + '\n'));
  it('5,000 update headings on one line', () => void check(FRONT('incident') + '## Updates\n' + '### 2026-11-22 14:12 UTC — Investigating '.repeat(5_000) + '\n'));
  it('10,000 headings', () => {
    check(FRONT('incident') + Array.from({ length: 10_000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}\n\ntext ${i}\n`).join('\n'));
  });
  it('10,000 status updates', () => {
    const hhmm = (i: number) => `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    check(FRONT('incident') + '## Updates\n' + Array.from({ length: 10_000 }, (_, i) => `### ${hhmm(i)} UTC — Investigating\nNo news.\n`).join('\n'));
  });
  it('deep nesting', () => void check(FRONT('rcca') + '> '.repeat(2_000) + 'deep quote\n' + '- '.repeat(2_000) + 'deep list\n'));
  it('100,000 empty lines and degenerate documents', () => {
    for (const t of ['\n'.repeat(100_000), '', '---', '---\n---', '---\n', '\r\n']) check(t);
  });
});
