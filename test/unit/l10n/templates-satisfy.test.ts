// Each built-in template, filled in as written, raises no finding its own wording is meant to satisfy: the tool
// never contradicts its template (the apology, the workaround sentence, the next-update line, the signature, the
// resolution notice, the corrective action's local owner and due labels).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LANGS, type Lang } from '../../../src/core/types';
import { renderTemplate } from '../../../src/core/templates/render';
import { incidentValues } from '../../../src/core/authoring/incident';
import { insertUpdateEdit, updateValues } from '../../../src/core/authoring/update';
import { markResolvedEdits } from '../../../src/core/authoring/mark-resolved';
import { reportPlan } from '../../../src/core/authoring/rcca';
import { parseDocument } from '../../../src/core/model/parse';
import { applyEdits } from '../../../src/core/engine/fix';
import { lint } from '../../../src/core/index';
import { ROOT } from './texts';

const NOW = Date.parse('2026-11-22T14:05:00Z');
const read = (lang: Lang, name: string) => fs.readFileSync(path.join(ROOT, 'templates', lang, `${name}.md`), 'utf8');

/** Rules an update template's sentences answer (apology, next update, workaround, signature, voice, times). */
const UPDATE_RULES = ['PM001', 'PM004', 'PM007', 'PM008', 'PM009', 'PM010', 'PM011', 'PM013', 'PM022', 'PM023', 'PM024'];

function unexpected(text: string, now: number, ids: readonly string[]): string[] {
  return lint(text, { now }).findings.filter((f) => ids.includes(f.ruleId))
    .map((f) => `${f.ruleId} line ${f.range.start.line + 1}: ${f.message}`);
}

describe('l10n: templates satisfy the rules their wording is meant to satisfy', () => {
  for (const lang of LANGS) {
    it(`${lang}: the incident and each update template, as written`, () => {
      let text = renderTemplate(read(lang, 'incident'), incidentValues({
        title: 'Outage', severity: 'sev2', lead: 'Jane Doe <jane@example.com>', lang, zone: 'UTC', now: NOW,
      })).text;
      assert.deepStrictEqual(unexpected(text, NOW + 60_000, UPDATE_RULES), [], `${lang}/incident.md`);
      let now = NOW;
      for (const phase of ['investigating', 'identified', 'monitoring'] as const) {
        now += 25 * 60_000;
        const doc = parseDocument(text);
        text = applyEdits(text, [insertUpdateEdit(doc, renderTemplate(read(lang, `update-${phase}`), updateValues(doc, { phase, now })).text)]);
        assert.deepStrictEqual(unexpected(text, now + 60_000, UPDATE_RULES), [], `${lang}/update-${phase}.md`);
      }
      now += 25 * 60_000;
      const plan = markResolvedEdits(parseDocument(text), now, read(lang, 'update-resolved'));
      assert.ok(plan.ok);
      if (!plan.ok) return;
      text = applyEdits(text, plan.edits);
      assert.deepStrictEqual(unexpected(text, now + 60_000, [...UPDATE_RULES, 'PM012']), [], `${lang}/update-resolved.md`);
    });

    it(`${lang}: the report template's corrective action uses the local labels the parser reads`, () => {
      const incident = parseDocument(renderTemplate(read(lang, 'incident'), incidentValues({
        title: 'Outage', severity: 'sev2', lead: 'Jane Doe <jane@example.com>', lang, zone: 'UTC', now: NOW,
      })).text);
      const report = renderTemplate(read(lang, 'rcca'), reportPlan(incident, 'rcca.md', NOW + 3_600_000).values).text;
      const [action] = parseDocument(report).correctiveActions;
      assert.ok(action?.owner?.startsWith('@'), `${lang}: owner read from ${action?.text}`);
      assert.ok(!/\b(?:owner|due)\s*:/.test(lang === 'en' ? '' : report), `${lang}: English field names in the report`);
      // The writer's one step for the action: a real date where the date placeholder is. Then it is complete.
      const dated = report.replace(/\[(?:YYYY-MM-DD|AAAA-MM-JJ|JJJJ-MM-TT)\]/, '2026-12-06');
      assert.strictEqual(parseDocument(dated).correctiveActions[0]?.due?.at, Date.parse('2026-12-06T00:00:00Z'));
      assert.deepStrictEqual(unexpected(dated, NOW + 7_200_000, ['PM021', 'PM024']), [], `${lang}/rcca.md`);
    });
  }
});
