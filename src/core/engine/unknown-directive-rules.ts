// A misspelt rule in `<!-- postmortem-disable tnoe -->` silently disables nothing: report it where it is written.
import type { Directive, Finding, Lang, PostmortemDocument, Rule } from '../types';
import { scratch } from '../model/per-document-cache';
import { CONFIG_MESSAGES } from '../config/messages';
import { configProblem } from '../config/parse';
import { suggestRuleName } from '../config/suggest';
import type { LineIndex } from '../model/lines';

const REPLACE: Record<Lang, (name: string) => string> = {
  en: (n) => `Replace with "${n}"`,
  fr: (n) => `Remplacer par « ${n} »`,
  de: (n) => `Durch „${n}“ ersetzen`,
  'zh-Hans': (n) => `替换为“${n}”`,
  'zh-Hant': (n) => `取代為「${n}」`,
};

const NAMING = Symbol('directivesNamingRules');

/** The directives of `doc` that name rules (most name none: they silence every rule), found once per document. */
function namingDirectives(doc: PostmortemDocument): readonly Directive[] {
  return scratch(doc, NAMING, () => (doc.directives ?? []).filter((d) => d.rules?.length > 0));
}

export function unknownDirectiveRules(doc: PostmortemDocument, lines: LineIndex, known: readonly Rule[]): Finding[] {
  const out: Finding[] = [];
  const naming = namingDirectives(doc);
  if (naming.length === 0) return out;
  const names = new Set<string>();
  for (const r of known) {
    names.add(r.id.toLowerCase());
    names.add(r.name.toLowerCase());
  }
  const t = CONFIG_MESSAGES[doc.lang] ?? CONFIG_MESSAGES.en;
  for (const d of naming) {
    const unknown = d.rules.filter((r) => !names.has(r.toLowerCase()));
    if (unknown.length === 0 || d.line < 0 || d.line >= lines.lineCount) continue;
    const start = lines.starts[d.line];
    const lineText = doc.text.slice(start, start + lines.lineLength(d.line));
    let from = Math.max(0, lineText.indexOf('postmortem-'));
    for (const name of unknown) {
      const at = lineText.indexOf(name, from);
      const character = at === -1 ? from : at;
      if (at !== -1) from = at + name.length;
      const range = { start: { line: d.line, character }, end: { line: d.line, character: character + (at === -1 ? 0 : name.length) } };
      const suggestion = suggestRuleName(name, known);
      const finding = configProblem(t.unknownRule(name, suggestion), range, 'warning');
      if (suggestion && at !== -1) finding.fix = { title: (REPLACE[doc.lang] ?? REPLACE.en)(suggestion), edits: [{ range, newText: suggestion }] };
      out.push(finding);
    }
  }
  return out;
}
