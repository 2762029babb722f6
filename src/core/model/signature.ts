// The signature: the last paragraph of the document when it signs the text (a person and a contact channel, or a
// sign-off such as "— The Ops Team"), else the front matter `lead` / `author`.
import type { DocumentMeta, FrontMatter, Lang, Signature, TextBlock } from '../types';
import { LANGS } from '../types';
import { lexicon } from '../lexicon';
import type { LineIndex } from './lines';
import { contactOf, hasContact, isContactLabel, SIGN_OFF, withoutContacts } from './contacts';
import { MARKDOWN_LINK } from '../text';
import { alternation, escape } from '../text/compile';

/**
 * Separators between name, role and contact in a signature line; a sentence's end too ("Posted by Jane Doe. Write to
 * me at …"), but not an initial's dot ("Jane Q. Public").
 */
const PARTS = /\s*(?:\n|,|，|、|·|\||｜|—|–|\s-\s|<|>|\(|\)|（|）|:|：|。|(?<=\p{Ll}{2})\.\s)\s*/u;
const MAX_SIGNATURE = 200;
const MAX_FOOTER_LINES = 6;
const MAX_FOOTER_LINE = 100;

/**
 * Whether a closing paragraph is short enough to be a sign-off: one line or a few (200 characters), or a mail footer
 * of a few short lines (name and degree, role, department, institution, phone), which runs longer. Long paragraphs
 * are prose, and the contact regexes would crawl on them.
 */
export function fitsSignature(text: string): boolean {
  if (text.length <= MAX_SIGNATURE) return true;
  if (text.length > MAX_FOOTER_LINES * (MAX_FOOTER_LINE + 1)) return false;
  const lines = text.trim().split('\n');
  return lines.length <= MAX_FOOTER_LINES && lines.every((l) => l.length <= MAX_FOOTER_LINE);
}

let teamWords: RegExp | undefined;
function teamRe(): RegExp {
  if (!teamWords) {
    const words = new Set<string>();
    for (const l of LANGS) lexicon(l).structure.teamWords.forEach((w) => words.add(w.toLowerCase()));
    const alt = [...words].sort((a, b) => b.length - a.length).map((w) => escape(w)).join('|');
    teamWords = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt})(?:$|[^\p{L}])|团队|團隊|小组|小組`, 'iu');
  }
  return teamWords;
}

let bylineRe: RegExp | undefined;
/** A byline's opening words ("Posted by", « Publié par », „Verfasst von", 作者), longest first, at a part's start. */
function bylineOpening(): RegExp {
  if (!bylineRe) {
    bylineRe = new RegExp(String.raw`^(?:${alternation(LANGS.flatMap((l) => lexicon(l).signature.bylines))})(?:\s+|$)`, 'iu');
  }
  return bylineRe;
}

/** The person's name in a signature: the first part that is neither a contact nor a team (a byline's words off). */
export function nameOf(s: string): string | undefined {
  // A Markdown link keeps its text: "[Jane Doe](https://…)" names Jane Doe.
  const body = s.replace(SIGN_OFF, '').replace(MARKDOWN_LINK, '$1').replace(/[*_`]/g, '');
  const parts = body.split(PARTS).map((part) => part.trim().replace(bylineOpening(), '').replace(/[.;!]+$/u, '')).filter(Boolean);
  for (const p of parts) {
    if (hasContact(p) || isContactLabel(p)) continue;
    if (teamRe().test(p)) return undefined;
    if (looksLikeName(p)) return p;
    break;
  }
  return personToReach(parts);
}

let reachRe: RegExp | undefined;
/** A part that ends on the person to reach: "If you have questions, contact Carol Doe at" → "Carol Doe". */
function reachOutRe(): RegExp {
  if (!reachRe) {
    const verbs = alternation(LANGS.flatMap((l) => lexicon(l).signature.reachOut));
    const via = alternation(LANGS.flatMap((l) => lexicon(l).signature.reachVia));
    reachRe = new RegExp(String.raw`(?<![\p{Script=Latin}])(?:${verbs})\s*(.+?)(?:\s+(?:${via}))?$`, 'iu');
  }
  return reachRe;
}

/**
 * The person a closing sentence tells readers to reach, with the channel in the same sentence ("If you have any
 * questions, contact Carol Doe at (518) 555-0100", « contactez Jeanne Dupont au 01 23 45 67 89 », „wenden Sie sich an
 * Anna Schmidt unter …", "如有疑问请联系张伟，电话：…").
 */
function personToReach(parts: readonly string[]): string | undefined {
  for (const p of parts) {
    // The channel often shares the part ("contactez Jeanne Dupont au +33 1 23 45 67 89"): read the words without it.
    const name = reachOutRe().exec(withoutContacts(p).trim().replace(/[.;!:：]+$/u, ''))?.[1]?.trim();
    if (name && !teamRe().test(name) && looksLikeName(name)) return name;
  }
  return undefined;
}

let surnames: ReadonlySet<string> | undefined;

/** A Han-script name starts with a common family name, of one character or two ("欧阳", "司徒"). */
function startsWithSurname(han: string): boolean {
  surnames ??= new Set(LANGS.flatMap((l) => lexicon(l).signature.surnames ?? []));
  return surnames.has(han.slice(0, 1)) || (han.length > 2 && surnames.has(han.slice(0, 2)));
}

const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'zu', 'y', 'bin', 'al']);

/**
 * A person's name: 2..5 capitalised words (name particles allowed), or 2..4 Han characters starting with a common
 * family name — blanks between them allowed, as a two-character name is spaced out to line up with longer ones
 * ("郑   强", "王　伟").
 */
function looksLikeName(p: string): boolean {
  if (/^[\u4e00-\u9fff\u3400-\u4dbf](?:[ \u3000]*[\u4e00-\u9fff\u3400-\u4dbf]){1,3}$/u.test(p)) return startsWithSurname(p.replace(/[ \u3000]+/g, ''));
  if (p.length < 2 || p.length > 60) return false;
  const words = p.split(/\s+/);
  if (words.length > 5) return false;
  let capitals = 0;
  for (const w of words) {
    if (PARTICLES.has(w)) continue;
    if (!/^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w)) return false;
    capitals++;
  }
  return capitals >= 1;
}

export interface SignatureInput {
  blocks: TextBlock[];
  lastIsParagraph: boolean;
  frontMatter: FrontMatter;
  meta: DocumentMeta;
  lang: Lang;
  text: string;
  lines: LineIndex;
}

/**
 * A person with a contact on a line of the report's Authors section ("## Author(s)" then "- Jane Doe
 * <jane.doe@example.com>"): a postmortem template's way of signing, at the top rather than the end.
 */
function authorListed(blocks: readonly TextBlock[]): Signature | undefined {
  for (const block of blocks) {
    if (block.sectionKind !== 'authors' || block.inQuote || !fitsSignature(block.text)) continue;
    for (const line of block.text.split('\n')) {
      const name = nameOf(line);
      const contact = name ? contactOf(line) : undefined;
      if (name && contact) return { text: line.trim(), range: block.range, name, contact, source: 'authors' };
    }
  }
  return undefined;
}

export function findSignature(inp: SignatureInput): Signature | undefined {
  const { blocks, meta, frontMatter } = inp;
  const last = inp.lastIsParagraph ? blocks[blocks.length - 1] : undefined;
  let partial: Signature | undefined;
  if (last && !last.inQuote && fitsSignature(last.text)) {
    const text = last.text.trim();
    const contact = contactOf(text);
    const signOff = SIGN_OFF.test(text) && !/^\s*-\s*\[/.test(text);
    const team = teamRe().test(withoutContacts(text));
    const name = nameOf(text);
    const sig: Signature = { text, range: last.range, source: 'paragraph' };
    if (name) sig.name = name;
    if (contact) sig.contact = contact;
    if (name && contact) return sig;
    // A team sign-off is kept so the signature rule can ask for a person.
    if (team && (signOff || contact) && !name) return sig;
    if (signOff || contact) partial = sig;
  }
  const listed = authorListed(blocks);
  if (listed) return listed;
  for (const key of ['lead', 'author'] as const) {
    const value = meta[key];
    if (!value) continue;
    const range = frontMatter.valueRange(key) ?? frontMatter.keyRange(key) ?? frontMatter.range;
    if (!range) continue;
    const sig: Signature = { text: value, range, source: 'front-matter' };
    const name = nameOf(value);
    const contact = contactOf(value);
    if (name) sig.name = name;
    if (contact) sig.contact = contact;
    if (partial && !(name && contact)) return partial;
    return sig;
  }
  return partial;
}
