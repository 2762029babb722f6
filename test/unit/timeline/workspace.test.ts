// The fixture workspace through the real parser: the same tree the integration test checks in VS Code.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../src/core/model/parse';
import { postmortemKind } from '../../../src/core/model/mapped-kind';
import {
  buildTree, describeRow, renderTimelineSvg, summarize, type DocSummary,
} from '../../../src/core/timeline';
import { parseXml } from './helpers';

const dir = path.join(__dirname, '../../fixtures/workspaces/timeline');
const examples = path.join(__dirname, '../../../examples/incidents/2026-11-22-card-payments');

function load(): DocSummary[] {
  const files = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), ...fs.readdirSync(examples).map((f) => path.join(examples, f))];
  return files.flatMap((f) => {
    const text = fs.readFileSync(f, 'utf8');
    if (postmortemKind(text, f, undefined) === undefined) return [];
    const s = summarize(parseDocument(text, { uri: f }), path.basename(f));
    return s ? [s] : [];
  });
}

describe('timeline of the fixture workspace (real parser)', () => {
  const now = Date.parse('2026-11-23T00:30:00Z');
  const tree = buildTree(load(), now);

  it('skips ordinary Markdown, attaches reports, orders ongoing then newest', () => {
    assert.deepStrictEqual(tree.map((n) => n.summary.uri), ['ongoing-login.md', 'incident.md', 'resolved-search.md', 'resolved-dns.md']);
    assert.strictEqual(tree[1].rcca?.uri, 'rcca.md');
    assert.strictEqual(tree[3].rcca?.uri, 'resolved-dns-rcca.md');
  });

  it('rows of the ongoing incident', () => {
    const node = tree[0];
    assert.deepStrictEqual(node.rows.map((r) => `${r.kind}: ${describeRow(r, node, now).label}`), [
      'entry: 23:30 UTC — Certificate of the sign-in service expires',
      'entry: 23:32 UTC — Error-rate alert fires',
      'update: 2026-11-22 23:40 UTC — Investigating',
      'entry: 2026-11-23 00:01 UTC — Expired certificate identified',
      'late: update 10 min later than promised',
      'update: 2026-11-23 00:05 UTC — Identified',
      'silence: no update for 25 min',
      'nextDue: next update overdue by 10 min',
    ]);
  });

  it('report rows: published, due, overdue', () => {
    const last = (i: number) => describeRow(tree[i].rows[tree[i].rows.length - 1], tree[i], now).label;
    assert.strictEqual(last(1), 'report published 41 h after resolution');
    assert.strictEqual(last(2), 'report due in 34 h');
    assert.strictEqual(last(3), 'report overdue by 9 d 16 h');
  });

  it('every chart is well-formed', () => {
    for (const node of tree) parseXml(renderTimelineSvg(node, { now }));
  });
});
