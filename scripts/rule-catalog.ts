// Writes what is derived from the rule list (src/core/rules/index.ts) so that it cannot drift from it:
//   docs/rules/README.md                the rule catalog
//   schemas/postmortem.schema.json      the `rules` part of the .postmortem.yaml schema (the rest is hand-written)
//   snippets/postmortem.code-snippets   the rule names offered by the disable/enable snippets
// `npm run docs:rules` rewrites the three files; test/unit/rules/catalog.test.ts fails while any differs.
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../src/core/rules/index';
import { SEVERITIES, UPDATE_ORDER_SETTINGS, type OptionSpec, type Rule } from '../src/core/types';

export const ROOT = path.join(__dirname, '..');
export const CATALOG_PATH = 'docs/rules/README.md';
export const SCHEMA_PATH = 'schemas/postmortem.schema.json';
export const SNIPPETS_PATH = 'snippets/postmortem.code-snippets';

type Json = Record<string, unknown>;

const TYPE_NAMES: Record<OptionSpec['type'], string> = {
  'positive-number': 'number > 0',
  'non-negative-number': 'number ≥ 0',
  'string-list': 'list of texts',
  'severity-minutes': 'sev1..sev4 → minutes',
  'severity-level': SEVERITIES.join(' / '),
  'update-order': UPDATE_ORDER_SETTINGS.join(' / '),
  boolean: 'true / false',
  string: 'text',
};

function optionDescription(spec: OptionSpec): string {
  return spec.defaultFrom ? `${spec.description} Unset: the value set for ${spec.defaultFrom}.` : spec.description;
}

function showDefault(spec: OptionSpec): string {
  const value = spec.default;
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? ', default none' : `, default ${value.join(', ')}`;
  if (typeof value === 'object') return `, default ${Object.entries(value).map(([k, v]) => `${k} ${v}`).join(', ')}`;
  return `, default ${String(value)}`;
}

function optionsCell(rule: Rule): string {
  if (!rule.options) return '';
  return Object.entries(rule.options)
    .map(([name, spec]) => `\`${name}\` (${TYPE_NAMES[spec.type]}${showDefault(spec)}): ${optionDescription(spec)}`)
    .join('<br>');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** docs/rules/README.md */
export function catalogMarkdown(rules: readonly Rule[] = allRules): string {
  const byId = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  const rows = byId.map((r) => {
    const applies = r.appliesTo.map((k) => `\`${k}\``).join(', ') + (r.customerOnly ? ' (customer-facing)' : '');
    return `| ${r.id} | [${r.name}](${r.name}.md) | ${cell(r.description)} | ${applies} | ${r.defaultSeverity} | ${r.fixable ? 'yes' : 'no'} | ${cell(optionsCell(r))} |`;
  });
  return [
    '# Rules',
    '',
    '<!-- Generated from src/core/rules/index.ts by `npm run docs:rules`; edit the rules, not this file. -->',
    '',
    'Every rule has an id and a name; either works in `.postmortem.yaml` and in `<!-- postmortem-disable … -->` comments.',
    'Set a rule to `off`, `information`, `warning` or `error`, or to a mapping with `severity` and its options:',
    '',
    '```yaml',
    'rules:',
    '  tone: information',
    '  vendor-blame: { severity: error, vendors: [Acme CDN] }',
    '```',
    '',
    '"Customer-facing" rules skip documents with `audience: internal`. "Fix" says whether the editor and',
    '`postmortem-lint --fix` can correct some of the rule\'s findings.',
    '',
    '| Id | Name | What it checks | Documents | Default | Fix | Options |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function optionSchema(spec: OptionSpec): Json {
  const shape: Json = (() => {
    switch (spec.type) {
      case 'positive-number': return { type: 'number', exclusiveMinimum: 0 };
      case 'non-negative-number': return { type: 'number', minimum: 0 };
      case 'string-list': return { type: 'array', items: { type: 'string', pattern: '\\S' } };
      case 'boolean': return { type: 'boolean' };
      case 'string': return { type: 'string' };
      case 'severity-level': return { type: 'string', enum: [...SEVERITIES] };
      case 'update-order': return { type: 'string', enum: [...UPDATE_ORDER_SETTINGS] };
      case 'severity-minutes': {
        const table = (spec.default ?? {}) as Record<string, number>;
        const properties = Object.fromEntries(
          ['sev1', 'sev2', 'sev3', 'sev4'].map((sev) => [sev, { type: 'number', exclusiveMinimum: 0, ...(table[sev] ? { default: table[sev] } : {}) }]),
        );
        return { type: 'object', additionalProperties: false, properties };
      }
    }
  })();
  const { default: value } = spec;
  return {
    ...shape,
    ...(value !== undefined && spec.type !== 'severity-minutes' ? { default: value } : {}),
    description: optionDescription(spec),
  };
}

function ruleSchema(rule: Rule): Json {
  const options = Object.fromEntries(Object.entries(rule.options ?? {}).map(([name, spec]) => [name, optionSchema(spec)]));
  return {
    description: `${rule.id}: ${rule.description}`,
    oneOf: [
      { $ref: '#/definitions/severity' },
      {
        type: 'object',
        // A rule that declares no options accepts any (the config validator does the same).
        additionalProperties: !rule.options,
        properties: { severity: { $ref: '#/definitions/severity' }, ...options },
      },
    ],
  };
}

/** The schema with its `rules.properties` generated: one entry per rule name, and each id referring to it. */
export function schemaText(current: string, rules: readonly Rule[] = allRules): string {
  const schema = JSON.parse(current) as { properties: { rules: { properties: Json } }; definitions?: Json };
  const byName = rules.map((r) => [r.name, ruleSchema(r)] as const);
  const byId = rules.map((r) => [r.id, { $ref: `#/properties/rules/properties/${r.name}` }] as const);
  schema.properties.rules.properties = Object.fromEntries([...byName, ...byId]);
  if (schema.definitions) delete schema.definitions.cadence; // the cadence table is now written out per option
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const SNIPPET_CHOICE = /(<!-- postmortem-(?:disable|enable)[a-z-]* \$\{1\|)[^|]*(\|\})/g;

/** The snippets with every disable/enable choice list set to the rule names, in catalog order. */
export function snippetsText(current: string, rules: readonly Rule[] = allRules): string {
  const names = rules.map((r) => r.name).join(',');
  return current.replace(SNIPPET_CHOICE, (_m, head: string, tail: string) => `${head}${names}${tail}`);
}

/** Each derived file: its path and the text it should have. */
export function generatedFiles(): { path: string; text: string }[] {
  const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
  return [
    { path: CATALOG_PATH, text: catalogMarkdown() },
    { path: SCHEMA_PATH, text: schemaText(read(SCHEMA_PATH)) },
    { path: SNIPPETS_PATH, text: snippetsText(read(SNIPPETS_PATH)) },
  ];
}

if (require.main === module) {
  for (const file of generatedFiles()) {
    const target = path.join(ROOT, file.path);
    const changed = !fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== file.text;
    if (changed) fs.writeFileSync(target, file.text);
    console.log(`${changed ? 'wrote    ' : 'unchanged'} ${file.path}`);
  }
}
