import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits } from '../../../src/core/engine/fix';
import { parseDocument } from '../../../src/core/model/parse';
import { lint } from '../../../src/core/index';
import { renderTemplate } from '../../../src/core/templates/render';
import { insertUpdateEdit, updateValues } from '../../../src/core/authoring/update';
import { timelineEntryEdit } from '../../../src/core/authoring/timeline';
import { markResolvedEdits } from '../../../src/core/authoring/mark-resolved';
import { reportPlan } from '../../../src/core/authoring/rcca';
import { setFrontMatterKey } from '../../../src/core/authoring/frontmatter';
import { disableRuleEdit } from '../../../src/core/authoring/disable';
import { slugify } from '../../../src/core/authoring/slug';
import { incidentFolder } from '../../../src/core/authoring/incident';
import { currentDeadline } from '../../../src/core/authoring/current-deadline';
import { suggestedPhase } from '../../../src/core/authoring/labels';

const templates = path.resolve(__dirname, '../../../templates');
const tpl = (lang: string, name: string) => fs.readFileSync(path.join(templates, lang, `${name}.md`), 'utf8');

const INCIDENT = `---
kind: incident
id: INC-1
title: Card payments failing
severity: sev2 # major
status: identified
lang: en
timezone: UTC
started: 2026-11-22T14:02:00Z
detected: 2026-11-22T14:05:00Z
lead: Jane Doe <jane@example.com>
---

# Card payments failing

## Impact
Customers in the EU could not pay by card.

## Updates

### 2026-11-22 14:12 UTC — Investigating
We are investigating failed card payments. We are sorry. There is no workaround.
Next update by 14:40 UTC.

### 14:38 UTC — Identified
We found the cause and are undoing a change. PayPal works as a workaround.
Next update by 15:05 UTC.

## Timeline
- 2026-11-22 14:02 UTC — Change starts
- 14:05 — Alert fires

— Jane Doe, Incident Lead · jane@example.com
`;

const at = (iso: string) => Date.parse(iso);

describe('authoring: New Status Update', () => {
  it('inserts the next update after the last one, stamped now, promising now + the severity cadence', () => {
    const doc = parseDocument(INCIDENT);
    const now = at('2026-11-22T15:03:00Z');
    const text = renderTemplate(tpl('en', 'update-monitoring'), updateValues(doc, { phase: 'monitoring', now })).text;
    const out = applyEdits(INCIDENT, [insertUpdateEdit(doc, text)]);
    const after = parseDocument(out);
    assert.strictEqual(after.updates.length, 3);
    const u = after.updates[2];
    assert.strictEqual(u.phase, 'monitoring');
    assert.strictEqual(u.timestamp.at, now);
    assert.strictEqual(u.nextUpdate?.at, now + 30 * 60_000);
    // it went into the Updates section, before the Timeline, and nothing else changed
    assert.ok(out.indexOf('— Monitoring') < out.indexOf('## Timeline'));
    assert.strictEqual(out.replace(/\n\n### 2026-11-22 15:03 UTC — Monitoring[\s\S]*?Next update by 15:33 UTC\./, ''), INCIDENT);
    assert.strictEqual(after.timeline.length, 2);
  });

  it('puts the update on top when the document lists updates newest first', () => {
    const newestFirst = INCIDENT.replace(/### 2026-11-22 14:12[\s\S]*?(?=### 14:38)/, '')
      .replace('### 14:38 UTC — Identified', '### 2026-11-22 14:38 UTC — Identified')
      .replace('## Timeline', '### 2026-11-22 14:12 UTC — Investigating\nWe are investigating. We are sorry. No workaround yet.\nNext update by 14:40 UTC.\n\n## Timeline');
    const doc = parseDocument(newestFirst);
    assert.strictEqual(doc.updates.length, 2);
    const now = at('2026-11-22T15:03:00Z');
    const text = renderTemplate(tpl('en', 'update-identified'), updateValues(doc, { phase: 'identified', now })).text;
    const after = parseDocument(applyEdits(newestFirst, [insertUpdateEdit(doc, text)]));
    assert.strictEqual(after.updates[0].timestamp.at, now);
  });

  it('follows the configured order (timestamps updateOrder) while the document has one update, the document\'s after', () => {
    const one = INCIDENT.replace(/### 14:38 UTC — Identified[\s\S]*?(?=## Timeline)/, '');
    const doc = parseDocument(one);
    assert.strictEqual(doc.updates.length, 1);
    const now = at('2026-11-22T15:03:00Z');
    const text = renderTemplate(tpl('en', 'update-identified'), updateValues(doc, { phase: 'identified', now })).text;
    assert.strictEqual(parseDocument(applyEdits(one, [insertUpdateEdit(doc, text, 'newest-first')])).updates[0].timestamp.at, now);
    assert.strictEqual(parseDocument(applyEdits(one, [insertUpdateEdit(doc, text)])).updates[1].timestamp.at, now);
    // two updates listed oldest first: the document's order wins over the configuration
    const two = parseDocument(INCIDENT);
    assert.strictEqual(parseDocument(applyEdits(INCIDENT, [insertUpdateEdit(two, text, 'newest-first')])).updates[2].timestamp.at, now);
  });

  it('puts the update on top of a newest-first status page whose headings hold no readable time', () => {
    // Same day, no clock: only the phases (the heading's, else the text's) tell the order.
    const page = `---\nkind: incident\ntitle: Login errors\nseverity: sev2\nlang: en\n---\n\n# Login errors\n\n## Updates\n\n`
      + `### 2026-11-22 — Resolved\nLogins work again. No data was lost.\n\n`
      + `### 2026-11-22\nWe are investigating failed logins. Next update by 14:40 UTC.\n`;
    const doc = parseDocument(page);
    assert.deepStrictEqual(doc.updates.map((u) => u.phase), ['resolved', 'investigating']);
    const now = at('2026-11-22T15:03:00Z');
    const text = renderTemplate(tpl('en', 'update-monitoring'), updateValues(doc, { phase: 'monitoring', now })).text;
    const after = parseDocument(applyEdits(page, [insertUpdateEdit(doc, text)]));
    assert.strictEqual(after.updates.length, 3);
    assert.strictEqual(after.updates[0].timestamp.at, now);
  });

  it('creates the Updates section (in the document language) when there is none', () => {
    const fr = `---\nkind: incident\ntitle: Panne\nseverity: sev1\nlang: fr\nstarted: 2026-11-22T14:02:00Z\n---\n\n# Panne\n\n## Chronologie\n- 2026-11-22 14:02 UTC — Début\n`;
    const doc = parseDocument(fr);
    const now = at('2026-11-22T14:10:00Z');
    const text = renderTemplate(tpl('fr', 'update-investigating'), updateValues(doc, { phase: 'investigating', now })).text;
    const out = applyEdits(fr, [insertUpdateEdit(doc, text)]);
    assert.match(out, /## Mises à jour\n\n### 2026-11-22 14:10 UTC — Enquête en cours\n/);
    const after = parseDocument(out);
    assert.strictEqual(after.updates.length, 1);
    assert.strictEqual(after.updates[0].nextUpdate?.at, now + 15 * 60_000);
    assert.strictEqual(after.timeline.length, 1);
  });

  it('suggests the phase after the last one', () => {
    assert.strictEqual(suggestedPhase(undefined), 'investigating');
    assert.strictEqual(suggestedPhase('investigating'), 'identified');
    assert.strictEqual(suggestedPhase('identified'), 'monitoring');
  });
});

describe('authoring: Add Timeline Entry', () => {
  it('appends a list item after the last entry (not after the signature) and puts the caret after the dash', () => {
    const doc = parseDocument(INCIDENT);
    const now = at('2026-11-22T15:10:00Z');
    const { edit, caret } = timelineEntryEdit(doc, now, 'Rollback complete');
    const out = applyEdits(INCIDENT, [edit]);
    const lines = out.split('\n');
    assert.strictEqual(lines[caret.line], '- 2026-11-22 15:10 UTC — Rollback complete');
    assert.strictEqual(caret.character, lines[caret.line].length);
    const after = parseDocument(out);
    assert.strictEqual(after.timeline.length, 3);
    assert.strictEqual(after.timeline[2].timestamp.at, now);
    assert.ok(out.trimEnd().endsWith('— Jane Doe, Incident Lead · jane@example.com'));
  });

  it('adds a table row to a table timeline', () => {
    const table = INCIDENT.replace('- 2026-11-22 14:02 UTC — Change starts\n- 14:05 — Alert fires', '| Time | Event |\n|---|---|\n| 2026-11-22 14:02 UTC | Change starts |');
    const doc = parseDocument(table);
    const { edit } = timelineEntryEdit(doc, at('2026-11-22T15:10:00Z'), 'Done');
    const out = applyEdits(table, [edit]);
    assert.match(out, /\| 2026-11-22 14:02 UTC \| Change starts \|\n\| 2026-11-22 15:10 UTC \| Done \|\n/);
  });
});

describe('authoring: Mark Resolved', () => {
  it('sets status and resolved (keeping comments) and adds a final update with the recovery notice', () => {
    const doc = parseDocument(INCIDENT);
    const now = at('2026-11-22T16:40:00Z');
    const plan = markResolvedEdits(doc, now, tpl('en', 'update-resolved'));
    assert.ok(plan.ok);
    if (!plan.ok) return;
    assert.deepStrictEqual(plan.missing, []);
    const out = applyEdits(INCIDENT, plan.edits);
    const after = parseDocument(out);
    assert.strictEqual(after.meta.status, 'resolved');
    assert.strictEqual(after.meta.resolved, now);
    assert.match(out, /severity: sev2 # major/);
    const last = after.updates[after.updates.length - 1];
    assert.strictEqual(last.phase, 'resolved');
    assert.strictEqual(last.timestamp.at, now);
    assert.match(last.body, /2026-11-25 16:40 UTC/); // the report's publish-by date
    const ids = lint(out, { now: now + 60_000 }).findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('PM012'), `resolution notice complete: ${ids.join(',')}`);
    assert.ok(!ids.includes('PM024'), `front matter valid: ${ids.join(',')}`);
  });

  it('refuses an incident that is already resolved, and a report', () => {
    const resolved = INCIDENT.replace('status: identified', 'status: resolved\nresolved: 2026-11-22T16:40:00Z');
    const r = markResolvedEdits(parseDocument(resolved), at('2026-11-22T17:00:00Z'), tpl('en', 'update-resolved'));
    assert.deepStrictEqual(r, { ok: false, reason: 'already-resolved' });
    const rcca = markResolvedEdits(parseDocument('---\nkind: rcca\n---\n'), 0, '');
    assert.deepStrictEqual(rcca, { ok: false, reason: 'not-incident' });
  });
});

describe('authoring: New Cause and Corrective Action Report', () => {
  const resolved = INCIDENT.replace('status: identified', 'status: resolved\nresolved: 2026-11-22T16:40:00Z');

  it('carries id, title, severity, dates, impact and timeline; publish-by = resolved + 72 h; links back', () => {
    const doc = parseDocument(resolved);
    const plan = reportPlan(doc, 'rcca.md', at('2026-11-23T09:00:00Z'));
    const r = renderTemplate(tpl('en', 'rcca'), plan.values);
    assert.deepStrictEqual(r.missing, []);
    const report = parseDocument(r.text);
    assert.strictEqual(report.kind, 'rcca');
    assert.deepStrictEqual(report.frontMatter.errors, []);
    assert.strictEqual(report.meta.incident, 'INC-1');
    assert.strictEqual(report.meta.title, 'Card payments failing');
    assert.strictEqual(report.meta.severity, 'sev2');
    assert.strictEqual(report.meta.started, at('2026-11-22T14:02:00Z'));
    assert.strictEqual(report.meta.resolved, at('2026-11-22T16:40:00Z'));
    assert.strictEqual(report.meta.publishBy, at('2026-11-25T16:40:00Z'));
    assert.strictEqual(report.meta.lead ?? report.meta.author, 'Jane Doe <jane@example.com>');
    assert.match(report.section('impact')!.bodyText, /could not pay by card/);
    assert.strictEqual(report.timeline.length, 2);
    assert.ok(!r.text.includes('Incident Lead · jane@example.com'), 'the signature is not part of the timeline');
    const linked = parseDocument(applyEdits(resolved, plan.incidentEdits));
    assert.strictEqual(linked.frontMatter.data.report, 'rcca.md');
  });

  it('gives an incident without id one, in both documents', () => {
    const noId = resolved.replace('id: INC-1\n', '');
    const plan = reportPlan(parseDocument(noId), '../reports/x.md', 0);
    const linked = parseDocument(applyEdits(noId, plan.incidentEdits));
    assert.strictEqual(linked.meta.id, 'INC-20261122-1402');
    assert.strictEqual(linked.frontMatter.data.report, '../reports/x.md');
    assert.strictEqual(plan.values.incident, 'INC-20261122-1402');
  });
});

describe('authoring: front matter, disable comments, slugs', () => {
  it('replaces a key in place, including a block value, or inserts it before the closing fence', () => {
    const text = '---\nkind: incident\nservices:\n  - a\n  - b\ntitle: x\n---\nbody\n';
    assert.strictEqual(applyEdits(text, [setFrontMatterKey(text, 'services', '[c]')!]), '---\nkind: incident\nservices: [c]\ntitle: x\n---\nbody\n');
    assert.strictEqual(applyEdits(text, [setFrontMatterKey(text, 'status', 'resolved')!]), '---\nkind: incident\nservices:\n  - a\n  - b\ntitle: x\nstatus: resolved\n---\nbody\n');
    assert.strictEqual(setFrontMatterKey('# no front matter', 'a', 'b'), undefined);
  });

  it('disables a rule for the next line, or for the file inside the front matter', () => {
    const text = '---\nkind: incident\n---\n\n  - a joke :)\n';
    const line = disableRuleEdit(text, 4, 'tone');
    assert.strictEqual(line.scope, 'line');
    const out = applyEdits(text, [line.edit]);
    assert.strictEqual(out, '---\nkind: incident\n---\n\n  <!-- postmortem-disable-next-line tone -->\n  - a joke :)\n');
    const file = disableRuleEdit(text, 1, 'front-matter');
    assert.strictEqual(file.scope, 'file');
    assert.strictEqual(applyEdits(text, [file.edit]), '---\nkind: incident\n---\n<!-- postmortem-disable-file front-matter -->\n\n  - a joke :)\n');
  });

  it('the disable comment silences the finding it was offered for', () => {
    const text = INCIDENT.replace('We are investigating failed card payments. We are sorry. There is no workaround.\nNext update by 14:40 UTC.', 'We are investigating failed card payments. We are sorry. There is no workaround.');
    const now = at('2026-11-22T15:00:00Z');
    const f = lint(text, { now }).findings.find((x) => x.ruleName === 'next-update');
    assert.ok(f, 'next-update finding expected');
    const out = applyEdits(text, [disableRuleEdit(text, f!.range.start.line, 'next-update').edit]);
    assert.ok(!lint(out, { now }).findings.some((x) => x.ruleName === 'next-update'));
  });

  it('slugifies titles in every script and names the folder by date in the zone', () => {
    assert.strictEqual(slugify('Card payments failing in the EU!'), 'card-payments-failing-in-the-eu');
    assert.strictEqual(slugify('Störung: Zahlungen über Karte'), 'storung-zahlungen-uber-karte');
    assert.strictEqual(slugify('支付失败'), '支付失败');
    assert.strictEqual(slugify('!!!'), 'incident');
    assert.strictEqual(incidentFolder({ title: 'Late night', zone: 'Asia/Tokyo', now: at('2026-11-22T20:00:00Z') }), 'incidents/2026-11-23-late-night');
    assert.strictEqual(incidentFolder({ title: 'x', zone: 'UTC', now: 0 }, './ops/incidents/'), 'ops/incidents/1970-01-01-x');
  });
});

describe('authoring: status bar deadlines', () => {
  it('ongoing incident: the promised next update, overdue once passed', () => {
    const doc = parseDocument(INCIDENT);
    const d = currentDeadline(doc, at('2026-11-22T15:00:00Z'))!;
    assert.strictEqual(d.kind, 'next-update');
    assert.strictEqual(d.due, at('2026-11-22T15:05:00Z'));
    assert.strictEqual(d.overdue, false);
    assert.strictEqual(d.promised, true);
    assert.strictEqual(currentDeadline(doc, at('2026-11-22T15:06:00Z'))!.overdue, true);
  });

  it('resolved incident and unpublished report: publish-by countdown; published report: nothing', () => {
    const resolved = parseDocument(INCIDENT.replace('status: identified', 'status: resolved\nresolved: 2026-11-22T16:40:00Z'));
    const d = currentDeadline(resolved, at('2026-11-23T16:40:00Z'))!;
    assert.strictEqual(d.kind, 'publish-by');
    assert.strictEqual(d.due, at('2026-11-25T16:40:00Z'));
    assert.strictEqual(currentDeadline(resolved, at('2026-11-23T16:40:00Z'), { rules: { 'publish-deadline': { hours: 24 } } })!.overdue, false);
    assert.strictEqual(currentDeadline(resolved, at('2026-11-24T16:41:00Z'), { rules: { 'publish-deadline': { hours: 24 } } })!.overdue, true);
    const rcca = '---\nkind: rcca\nresolved: 2026-11-22T16:40:00Z\n---\n';
    assert.strictEqual(currentDeadline(parseDocument(rcca), 0)!.due, at('2026-11-25T16:40:00Z'));
    const published = parseDocument('---\nkind: rcca\nresolved: 2026-11-22T16:40:00Z\npublished: 2026-11-23T10:00:00Z\n---\n');
    assert.strictEqual(currentDeadline(published, 0), undefined);
  });
});

describe('authoring: lone-CR documents', () => {
  it('counts lines like the model and writes the document its own line ending', () => {
    const text = '---\rkind: incident\r---\r# T\r\rSome text.\r';
    const { edit, scope } = disableRuleEdit(text, 5, 'tone');
    assert.strictEqual(scope, 'line');
    assert.strictEqual(applyEdits(text, [edit]), '---\rkind: incident\r---\r# T\r\r<!-- postmortem-disable-next-line tone -->\rSome text.\r');
  });
});
