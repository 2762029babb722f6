// What is derived from the rule list must equal what `npm run docs:rules` writes: the catalog, the `rules` part of
// the config schema, the rule names of the disable/enable snippets.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, catalogMarkdown, generatedFiles, schemaText, snippetsText } from '../../../scripts/rule-catalog';
import { allRules } from '../../../src/core/rules/index';
import type { Rule } from '../../../src/core/types';

describe('files generated from the rule list', () => {
  for (const file of generatedFiles()) {
    it(`${file.path} is up to date (run npm run docs:rules)`, () => {
      assert.strictEqual(fs.readFileSync(path.join(ROOT, file.path), 'utf8'), file.text);
    });
  }

  // A rule added to the list shows up in each derived file.
  const extra: Rule = {
    ...allRules[0], id: 'PM099', name: 'new-rule', description: 'A new check.', fixable: true,
    options: { limit: { type: 'positive-number', default: 3, description: 'How many.' } },
  };
  const rules = [...allRules, extra];

  it('the catalog lists every rule with its severity, fix and options', () => {
    const md = catalogMarkdown(rules);
    for (const r of allRules) assert.ok(md.includes(`| ${r.id} | [${r.name}](${r.name}.md) |`), r.name);
    assert.ok(md.includes('| PM099 | [new-rule](new-rule.md) | A new check. | `incident`, `rcca` (customer-facing) | warning | yes | `limit` (number > 0, default 3): How many. |'), md);
  });

  it('the schema knows a new rule by name and id, with its options', () => {
    const schema = JSON.parse(schemaText(fs.readFileSync(path.join(ROOT, 'schemas/postmortem.schema.json'), 'utf8'), rules));
    const props = schema.properties.rules.properties;
    assert.deepStrictEqual(props.PM099, { $ref: '#/properties/rules/properties/new-rule' });
    assert.deepStrictEqual(props['new-rule'].oneOf[1].properties.limit, { type: 'number', exclusiveMinimum: 0, default: 3, description: 'How many.' });
    assert.strictEqual(props['new-rule'].oneOf[1].additionalProperties, false);
  });

  it('the snippets offer every rule name', () => {
    const text = snippetsText(fs.readFileSync(path.join(ROOT, 'snippets/postmortem.code-snippets'), 'utf8'), rules);
    const lists = [...text.matchAll(/postmortem-(?:disable|enable)[a-z-]* \$\{1\|([^|]*)\|\}/g)].map((m) => m[1]);
    assert.strictEqual(lists.length, 4);
    for (const list of lists) assert.deepStrictEqual(list.split(','), rules.map((r) => r.name));
  });
});
