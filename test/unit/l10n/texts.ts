// Every text the product writes in a language, by where it comes from: rule messages (rendered with named stand-ins
// for their arguments), templates, snippets, the VS Code UI bundle, the package's contributed strings and the
// walkthrough's media files.
import * as fs from 'fs';
import * as path from 'path';
import type { Lang } from '../../../src/core/types';
import { allRules } from '../../../src/core/rules/index';
import { messagesIn } from '../../../src/core/rules/define';
import { CONFIG_MESSAGES } from '../../../src/core/config/messages';

export const ROOT = path.resolve(__dirname, '../../..');

export interface Text { source: string; text: string }

/** VS Code's locale ids for our document languages (bundle.l10n.<id>.json, package.nls.<id>.json). */
export const UI_LOCALE: Partial<Record<Lang, string>> = { fr: 'fr', de: 'de', 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw' };

const SNIPPET_LANGUAGE: Partial<Record<Lang, string>> = {
  fr: 'French', de: 'German', 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese',
};

/** An argument that reads as `{name}` wherever a message template uses it: `${a.delay}` → "{delay}", `${p}` → "{arg}". */
export function standIn(name = 'arg'): unknown {
  return new Proxy({}, {
    get: (_t, key) => {
      if (key === Symbol.toPrimitive || key === 'toString') return () => `{${name}}`;
      if (typeof key === 'symbol') return undefined;
      if (key === 'join') return () => `{${name}}`; // a list argument ("its options are: {known}")
      return `{${key}}`;
    },
  });
}

/** A message table's texts: strings as they are, functions called with stand-ins. */
function walk(value: unknown, where: string, out: Text[]): void {
  if (typeof value === 'string') out.push({ source: where, text: value });
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    out.push({ source: where, text: String(fn(standIn(), standIn(), standIn(), standIn())) });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, out);
  }
}

export function ruleMessages(lang: Lang): Text[] {
  const out: Text[] = [];
  for (const rule of allRules) walk(messagesIn(rule, lang), `${rule.name} message`, out);
  return out;
}

/** The messages about a broken `.postmortem.yaml` (PM000), rendered like the rule messages. */
export function configMessages(lang: Lang): Text[] {
  const out: Text[] = [];
  walk(CONFIG_MESSAGES[lang], 'config message', out);
  return out;
}

/** The examples of one language on the rule docs pages: from its `### <language name>` heading to the next `## `. */
export function docsExamples(heading: string): Text[] {
  const dir = path.join(ROOT, 'docs', 'rules');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().flatMap((f) => {
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
    const start = lines.indexOf(`### ${heading}`);
    if (start === -1) return [];
    let end = start + 1;
    let fenced = false;
    for (; end < lines.length; end++) {
      if (lines[end].startsWith('```')) fenced = !fenced;
      else if (!fenced && /^##? /.test(lines[end])) break;
    }
    return [{ source: `docs/rules/${f} (${heading})`, text: lines.slice(start + 1, end).join('\n') }];
  });
}

export function templates(lang: Lang): Text[] {
  const dir = path.join(ROOT, 'templates', lang);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
    .map((f) => ({ source: `templates/${lang}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

export function snippets(lang: Lang): Text[] {
  const all = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/postmortem.code-snippets'), 'utf8')) as
    Record<string, { body: string[]; description: string }>;
  const name = SNIPPET_LANGUAGE[lang];
  return Object.entries(all).filter(([, s]) => name !== undefined && s.description.endsWith(`(${name})`))
    .map(([key, s]) => ({ source: `snippet "${key}"`, text: s.body.join('\n') }));
}

export function uiStrings(lang: Lang): Text[] {
  const id = UI_LOCALE[lang];
  if (id === undefined) return [];
  const out: Text[] = [];
  for (const file of [`l10n/bundle.l10n.${id}.json`, `package.nls.${id}.json`]) {
    const table = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(table)) out.push({ source: `${file} "${key}"`, text });
  }
  return out;
}

/** The walkthrough's media files of a UI language, as `package.nls.<id>.json` names them (`…media` keys). */
export function walkthroughMedia(lang: Lang): Text[] {
  const id = UI_LOCALE[lang];
  if (id === undefined) return [];
  const table = JSON.parse(fs.readFileSync(path.join(ROOT, `package.nls.${id}.json`), 'utf8')) as Record<string, string>;
  return Object.entries(table).filter(([key]) => /^postmortem\.walkthrough\.\w+\.media$/.test(key))
    .map(([, file]) => ({ source: file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));
}

export function everyText(lang: Lang): Text[] {
  return [...ruleMessages(lang), ...configMessages(lang), ...templates(lang), ...snippets(lang), ...uiStrings(lang),
    ...walkthroughMedia(lang)];
}
