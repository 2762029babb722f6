// Writes the tables of docs/format.md that come from the language data (src/core/lexicon/<lang>/sections.ts and
// phases.ts), so the page cannot drift from what the parser reads: the section headings and the phase words of
// every language. `npm run docs:format` rewrites them between their markers; test/unit/docs/format-doc.test.ts fails
// while the page differs.
import * as fs from 'fs';
import * as path from 'path';
import { lexicon } from '../src/core/lexicon';
import { LANGS, type Phase, type SectionKind } from '../src/core/types';

export const FORMAT_DOC_PATH = 'docs/format.md';
const ROOT = path.join(__dirname, '..');

/** Each section kind as the page names it, in the order a document usually has them. */
const SECTION_NAMES: Record<SectionKind, string> = {
  summary: 'Summary',
  impact: 'Impact',
  updates: 'Updates',
  workaround: 'Workaround',
  timeline: 'Timeline',
  rootCause: 'Root cause',
  resolution: 'Resolution',
  correctiveActions: 'Corrective actions',
  contact: 'Contact',
  authors: 'Authors',
};

const PHASE_NAMES: Record<Phase, string> = {
  investigating: 'investigating', identified: 'identified', monitoring: 'monitoring', resolved: 'resolved',
};

function table<K extends string>(names: Record<K, string>, words: (lang: (typeof LANGS)[number], key: K) => readonly string[]): string {
  const head = `| | ${LANGS.join(' | ')} |`;
  const rule = `|---|${LANGS.map(() => '---').join('|')}|`;
  const rows = (Object.keys(names) as K[]).map((key) =>
    `| **${names[key]}** | ${LANGS.map((lang) => words(lang, key).join(', ').replace(/\|/g, '\\|')).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

/** The generated parts of the page, by marker name. */
export function generatedTables(): Record<string, string> {
  return {
    'section-headings': table(SECTION_NAMES, (lang, kind) => lexicon(lang).sections[kind] ?? []),
    'phase-words': table(PHASE_NAMES, (lang, phase) => lexicon(lang).phases[phase]),
  };
}

/** `current` with the text between each `<!-- generated: NAME -->` and `<!-- end: NAME -->` replaced. */
export function formatDocText(current: string): string {
  let text = current;
  for (const [name, body] of Object.entries(generatedTables())) {
    const open = `<!-- generated: ${name} (npm run docs:format) -->`;
    const close = `<!-- end: ${name} -->`;
    const a = text.indexOf(open);
    const b = text.indexOf(close);
    if (a === -1 || b < a) throw new Error(`${FORMAT_DOC_PATH}: markers for ${name} not found`);
    text = `${text.slice(0, a + open.length)}\n${body}\n${text.slice(b)}`;
  }
  return text;
}

if (require.main === module) {
  const file = path.join(ROOT, FORMAT_DOC_PATH);
  fs.writeFileSync(file, formatDocText(fs.readFileSync(file, 'utf8')));
  console.log(`wrote ${FORMAT_DOC_PATH}`);
}
