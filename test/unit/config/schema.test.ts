import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { allRules } from '../../../src/core/rules/index';
import { RULE_OPTIONS } from '../../../src/core/config/options';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schemas', 'postmortem.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const ok = (yaml: string) => validate(parseYaml(yaml));

describe('config: JSON schema', () => {
  it('knows every registered rule by name and id', () => {
    const props = schema.properties.rules.properties as Record<string, unknown>;
    const missing = allRules.flatMap((r) => [r.name, r.id].filter((k) => !(k in props)));
    assert.deepStrictEqual(missing, []);
  });

  it('declares the options the validator knows', () => {
    const props = schema.properties.rules.properties;
    for (const [rule, options] of Object.entries(RULE_OPTIONS)) {
      const objectForm = props[rule].oneOf[1];
      for (const option of Object.keys(options)) assert.ok(option in objectForm.properties, `${rule}.${option} missing in the schema`);
    }
  });

  it('accepts the documented example and rejects wrong values', () => {
    assert.ok(
      ok(`rules:
  tone: warning
  vendor-blame: { severity: error, vendors: [Acme CDN] }
  publish-deadline: { hours: 72 }
  update-cadence: { minutes: { sev1: 15, sev2: 30, sev3: 60, sev4: 240 } }
  PM002: off
timezone: Europe/Berlin
language: de
templates: .postmortem/templates
extends: ../base.yaml
`),
      JSON.stringify(validate.errors),
    );
    assert.ok(!ok('rules:\n  tone: loud\n'));
    assert.ok(!ok('rules:\n  publish-deadline: { hours: "72" }\n'));
    assert.ok(!ok('rules:\n  update-cadence: { minutes: { sev5: 1 } }\n'));
    assert.ok(!ok('rules:\n  no-such-rule: error\n'));
    assert.ok(!ok('language: klingon\n'));
    assert.ok(!ok('colour: blue\n'));
  });
});
