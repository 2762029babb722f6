// The `documents` key of `.postmortem.yaml`: paths (picomatch globs, relative to the file that names them) mapped to
// the kind of document found there, for teams whose postmortems have no front matter:
//   documents: { "postmortems/**/*.md": rcca, "status/*.md": incident, "archive/**/*.md": auto }
// `auto` reads the kind from the headings (model/mapped-kind.ts). Invalid entries are reported and dropped.
import { isMap, isScalar } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Config, DocumentMapping, Finding, Lang, Range } from '../types';
import { configProblem } from './parse';

export const MAPPED_KINDS: readonly DocumentMapping[] = ['incident', 'rcca', 'auto'];

const MESSAGES: Record<Lang, { notMap: string; badPattern: string; badKind(value: string): string }> = {
  en: {
    notMap: '"documents" must map path patterns to kinds, e.g. documents: { "postmortems/**/*.md": rcca }.',
    badPattern: 'A path pattern must be a non-empty text, e.g. "postmortems/**/*.md".',
    badKind: (v) => `"${v}" is not a kind: use incident, rcca or auto (read from the headings).`,
  },
  fr: {
    notMap: '« documents » doit associer des motifs de chemin à des types, p. ex. documents: { "postmortems/**/*.md": rcca }.',
    badPattern: 'Un motif de chemin doit être un texte non vide, p. ex. "postmortems/**/*.md".',
    badKind: (v) => `« ${v} » n'est pas un type : utilisez incident, rcca ou auto (lu dans les titres).`,
  },
  de: {
    notMap: '„documents“ muss Pfadmuster auf Arten abbilden, z. B. documents: { "postmortems/**/*.md": rcca }.',
    badPattern: 'Ein Pfadmuster muss ein nicht leerer Text sein, z. B. "postmortems/**/*.md".',
    badKind: (v) => `„${v}“ ist keine Art: Verwenden Sie incident, rcca oder auto (aus den Überschriften gelesen).`,
  },
  'zh-Hans': {
    notMap: '“documents”必须把路径模式映射到文档类型，例如 documents: { "postmortems/**/*.md": rcca }。',
    badPattern: '路径模式必须是非空文本，例如 "postmortems/**/*.md"。',
    badKind: (v) => `“${v}”不是有效的类型：请使用 incident、rcca 或 auto（根据标题判断）。`,
  },
  'zh-Hant': {
    notMap: '「documents」必須把路徑模式對應到文件類型，例如 documents: { "postmortems/**/*.md": rcca }。',
    badPattern: '路徑模式必須是非空文字，例如 "postmortems/**/*.md"。',
    badKind: (v) => `「${v}」不是有效的類型：請使用 incident、rcca 或 auto（依標題判斷）。`,
  },
};

/**
 * Reads the value of `documents` into `config.documents` (valid entries only) and a problem into `problems` for each
 * invalid one. `rangeOf` gives a node's range in the config file.
 */
export function readDocuments(
  value: Node | null,
  valueRange: Range,
  rangeOf: (node: unknown, fallback?: Range) => Range,
  config: Config,
  problems: Finding[],
  lang: Lang = 'en',
): void {
  const t = MESSAGES[lang] ?? MESSAGES.en;
  const problem = (message: string, range: Range) => configProblem(message, range);
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isMap(value)) {
    problems.push(problem(t.notMap, valueRange));
    return;
  }
  const documents: Record<string, DocumentMapping> = {};
  for (const pair of value.items as Pair<unknown, unknown>[]) {
    const keyNode = pair.key as Node;
    const pattern = isScalar(keyNode) && typeof keyNode.value === 'string' ? keyNode.value.trim() : '';
    if (!pattern) {
      problems.push(problem(t.badPattern, rangeOf(keyNode, valueRange)));
      continue;
    }
    const kindNode = pair.value as Node | null;
    const kind = isScalar(kindNode) && typeof kindNode.value === 'string' ? kindNode.value.trim().toLowerCase() : '';
    const known = MAPPED_KINDS.find((k) => k === kind);
    if (!known) {
      problems.push(problem(t.badKind(isScalar(kindNode) ? String(kindNode.value) : ''), rangeOf(kindNode, rangeOf(keyNode, valueRange))));
      continue;
    }
    documents[pattern] = known;
  }
  config.documents = documents;
}
