// Impact and cause told in a document's prose instead of under our headings (PM002 impact, PM020 root-cause): real
// incident communications seldom use our section names. Phrase lists: lexicon/<lang>/{impact,cause}.ts. A phrase of
// any language counts for any document: these phrases clear a rule, and writers mix languages.
import type { PostmortemDocument, Section, SectionKind, TextBlock } from '../../types';
import { everyLanguage } from '../../lexicon';
import { clauses, fold, phrases, sentences, type Hit, type PhraseSet } from '../../text';
import { normalizeHeading, PhraseTable, sectionKindOf } from '../../model/text';
import { scratch } from '../../model/per-document-cache';
import { isEmptyBody, openingEnd } from './doc';
import { plainText } from './voice';
import { documentTitle } from '../../model/document-title';
import { namesThingNotOurAction, namesTroubledThing } from './named-trouble';
import { phaseFromText } from '../../model/update-phase';

let impactSet: PhraseSet | undefined;
let causeSet: PhraseSet | undefined;
let unknownSet: PhraseSet | undefined;
let causeHeadingTable: PhraseTable<true> | undefined;
let headingWordSet: PhraseSet | undefined;

function impactPhrases(): PhraseSet {
  impactSet ??= phrases(everyLanguage('impact').flatMap((l) => l.statements));
  return impactSet;
}

function causePhrases(): { statements: PhraseSet; unknown: PhraseSet } {
  causeSet ??= phrases(everyLanguage('cause').flatMap((l) => l.statements));
  unknownSet ??= phrases(everyLanguage('cause').flatMap((l) => l.unknown));
  return { statements: causeSet, unknown: unknownSet };
}

/**
 * A heading other than Root cause under which reports tell why: one of the story headings ("What happened", "Was ist
 * passiert", "事件經過"), or any heading with a cause word in it ("What caused the outage?", "Warum fiel der Dienst
 * aus?", "为什么会发生故障").
 */
export function isCauseHeading(heading: string): boolean {
  if (!causeHeadingTable) {
    const table = new PhraseTable<true>();
    for (const l of everyLanguage('cause')) for (const h of l.headings) table.add(normalizeHeading(h), true);
    causeHeadingTable = table;
  }
  const n = normalizeHeading(heading);
  if (n === '') return false;
  if (causeHeadingTable.lookup(n, true) === true) return true;
  headingWordSet ??= phrases(everyLanguage('cause').flatMap((l) => l.headingWords));
  return headingWordSet.test(fold(heading));
}

/** Sections where an incident says what its readers lost (not its timeline, cause or actions). */
const IMPACT_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['summary', 'impact', 'updates']);

/**
 * The blocks where an impact statement counts: for an incident, its updates, summary and opening; for a report, any
 * block. Real reports tell who lost what in their opening, their timeline ("部分服务器开始受到影响") or their
 * narrative of the handling, and readers judged it stated wherever it stood; a report that says it nowhere is the
 * one to report. Never the title: "Website down" names the incident, it does not report on it.
 * Quoted blocks count: a quoted notice that says what does not work still tells the reader.
 */
function impactBlocks(doc: PostmortemDocument): readonly TextBlock[] {
  if (doc.kind !== 'incident') return doc.blocks;
  const end = openingEnd(doc);
  // A notice under headings of its own ("Current status", "API services unaffected") tells its impact there too.
  return doc.blocks.filter((b) =>
    b.range.start.line < end
    || b.sectionKind === undefined
    || IMPACT_SECTIONS.has(b.sectionKind)
    || b.updateIndex !== undefined);
}

const IMPACT_BLOCK = Symbol('impactInProse');
let impactHeadingSet: PhraseSet | undefined;

/**
 * A section with content under a heading that speaks of the impact in other words than the Impact section's aliases
 * ("Summary of impact", "Betroffene Systeme", "服务受影响情况").
 */
function impactHeadingSection(doc: PostmortemDocument): Section | undefined {
  impactHeadingSet ??= phrases(everyLanguage('impact').flatMap((l) => l.headingWords));
  const set = impactHeadingSet;
  return doc.sections.find((s) => s.level >= 2 && !isEmptyBody(s) && set.test(fold(s.heading)));
}

/**
 * Where a document says who is affected or what does not work, outside an Impact section: the first block that does
 * with an impact phrase, a section under a heading that speaks of the impact ("Summary of impact"), or the first block
 * that names a thing with its trouble ("the website outage", 交易異常: ./named-trouble.ts); undefined: none.
 */
export function impactInProse(doc: PostmortemDocument): TextBlock | Section | undefined {
  return scratch(doc, IMPACT_BLOCK, () => {
    const set = impactPhrases();
    const blocks = impactBlocks(doc);
    return blocks.find((b) => set.test(plainText(doc, b)))
      ?? impactHeadingSection(doc)
      ?? blocks.find((b) => namesTroubledThing(plainText(doc, b), doc.lang))
      ?? (doc.kind === 'incident' ? blocks.find((b) => tellsWhatBefellAThing(plainText(doc, b), doc.lang)) : undefined);
  });
}

/**
 * A notice's sentence that names something readers use, in a clause that tells neither its recovery, nor a cause,
 * nor what we did: it says what happened to it, in whatever words ("l'application a été temporairement désactivée",
 * „lange Wartezeiten auf der Lernplattform", 伺服器受到破壞). Readers of real notices count these as the impact
 * (docs/real-documents/README.md, "Labelling notes": impact); no list of trouble words holds them all, and four
 * hidden sets in a row showed it. Incidents only: a report names its systems everywhere (its cause, its timeline), so
 * naming one says nothing there.
 */
function tellsWhatBefellAThing(folded: string, lang: PostmortemDocument['lang']): boolean {
  return sentences(folded).some((s) => {
    // Our action anywhere in the sentence speaks for all its clauses ("we restarted the server, which …").
    if (!namesThingNotOurAction(folded.slice(s.start, s.end), lang)) return false;
    return clauses(folded, s.start, s.end).some((c) => {
      const clause = folded.slice(c.start, c.end);
      if (!namesThingNotOurAction(clause, lang) || statesCauseIn(folded, c.start, c.end)) return false;
      const phase = phaseFromText(clause);
      return phase !== 'resolved' && phase !== 'monitoring';
    });
  });
}

/** A label that opens a block ("Cause:", "**Root cause**", "原因和经过：") and names the cause, with text after it. */
const LABEL = /^\s*(?:[*_]{1,2})?\s*([^\n*_:：]{1,40}?)\s*(?:[*_]{1,2})?\s*[:：]\s*([\s\S]*)$/u;
const BOLD = /(?:\*\*|__)([^*_\n]{1,40}?)(?:\*\*|__)\s*[:：]?\s*(\S)/gu;
/**
 * A label without a colon at a line's start, as a table or definition list reads once flattened: "Root cause(s) The
 * compilation failed…". Only the section aliases and cause headings themselves, followed by a capital that starts
 * the explanation.
 */
const BARE_LABEL = /^\s*([\p{L}][\p{L} ]{1,30}?)(?:\(s\))?[ \t]+(?=\p{Lu})/gmu;

function isCauseLabel(label: string): boolean {
  return sectionKindOf(label, 2) === 'rootCause' || isCauseHeading(label);
}

/** A cause label with content: after it in the block, or in the block that follows (a label on its own line). */
function labelledCause(block: TextBlock, next: TextBlock | undefined): boolean {
  const m = LABEL.exec(block.text);
  if (m && isCauseLabel(m[1])) {
    if (m[2].trim() !== '') return true;
    if (next && next.text.trim() !== '') return true;
  }
  BOLD.lastIndex = 0;
  for (let b = BOLD.exec(block.text); b; b = BOLD.exec(block.text)) if (isCauseLabel(b[1])) return true;
  BARE_LABEL.lastIndex = 0;
  for (let b = BARE_LABEL.exec(block.text); b; b = BARE_LABEL.exec(block.text)) {
    if (sectionKindOf(b[1], 2) === 'rootCause') return true;
  }
  // A line that is nothing but a cause label or a story question ("**What caused it?**", "What happened?"), with
  // the answer on the next lines or in the next block: a heading written as a paragraph or a list item.
  // It must read as a label: bold, or ending with a question mark or a colon (not a sentence about the cause).
  const [first, ...rest] = block.text.trim().split('\n');
  if (!/^(?:\*\*|__).*(?:\*\*|__)$|[?？:：](?:\*\*|__)?$/u.test(first.trim())) return false;
  const label = first.trim().replace(/^(?:[*_]{1,2})?\s*|\s*(?:[*_]{1,2})?$/gu, '').replace(/[?？:：]\s*$/u, '');
  if (label === '' || label.length > 40 || !isCauseLabel(label)) return false;
  return rest.join('\n').trim() !== '' || (next !== undefined && next.text.trim() !== '');
}

/**
 * Whether a folded text has a sentence that states a cause and does not say the cause is unknown ("for unknown
 * reasons", "原因不明"). Also read by PM010: once an update states the cause, later ones may name it freely.
 */
export function statesCause(folded: string): boolean {
  if (!causePhrases().statements.mayOccur(folded)) return false;
  return sentences(folded).some((s) => statesCauseIn(folded, s.start, s.end));
}

/** Where the sentence `start`…`end` of a folded text states a cause: the cause words' hits, in order. */
export function causeWordsIn(folded: string, start: number, end: number): Hit[] {
  return causePhrases().statements.all(folded, start, end);
}

/** Whether the sentence `start`…`end` of a folded text states a cause (and does not say it is unknown). */
export function statesCauseIn(folded: string, start: number, end: number): boolean {
  const { statements, unknown } = causePhrases();
  return statements.test(folded, start, end) && !unknown.test(folded, start, end);
}

const CAUSE_FOUND = Symbol('causeInProse');

/**
 * Whether a report says why outside its Root cause section: under another heading that tells the story ("What
 * happened", "Origine de l'incident", "事件經過") or asks why ("What caused the outage?"), after a cause label
 * ("Cause:"), or in a sentence that states a cause ("The outage was caused by …", "Grund dafür war …", "原因是 …"),
 * quoted or not, or in its title. Corrective actions do not count.
 */
export function causeInProse(doc: PostmortemDocument): boolean {
  return scratch(doc, CAUSE_FOUND, () => {
    if (doc.sections.some((s: Section) => s.level >= 2 && isCauseHeading(s.heading) && !isEmptyBody(s))) return true;
    // A title that says what caused the outage ("Upgrading ingress-nginx caused a brief outage") tells why too.
    const title = documentTitle(doc);
    if (title && statesCause(fold(title))) return true;
    // Quoted blocks count: a report that quotes its supplier's explanation still tells its readers why.
    const blocks = doc.blocks.filter((b) => b.sectionKind !== 'correctiveActions');
    return blocks.some((b, i) => labelledCause(b, blocks[i + 1]) || statesCause(plainText(doc, b)));
  });
}
