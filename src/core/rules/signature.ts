// PM009 signature: a customer-facing text is signed by a named person with a contact channel, not by a faceless team.
// The signature is the model's (last paragraph, else front matter `lead`/`author`); the last paragraph is also read
// here, because a sign-off like "— Building Office" looks like a name to the model but names nobody.
// Fix (only when front matter `lead`/`author` gives a name and a contact): a generic sign-off gets the lead's name and
// contact added in front of it (nothing the writer wrote is lost); a missing signature gets the lead's line appended.
import type { Lang, PostmortemDocument, Range, TextBlock, TextEdit } from '../types';
import { fold } from '../text';
import { escape } from '../text/compile';
import { contactOf, SIGN_OFF, withoutContacts } from '../model/contacts';
import { fitsSignature } from '../model/signature';
import { everyLanguage, ownBlocks } from './support/voice';
import { defineRule } from './define';
import { maskComments } from '../text/comments';

const MESSAGES: Record<Lang, { generic: string; noPerson: string; noContact: string; missing: string; fix: string }> = {
  en: {
    generic: 'A team signature hides the people behind the update. Sign with a named person and a way to reach them, e.g. "— Jane Doe, Incident Lead · jane.doe@example.com".',
    noPerson: 'The signature names no person: add the name of the person in charge, e.g. "— Jane Doe, Incident Lead · jane.doe@example.com".',
    noContact: 'The signature gives no way to reach its author: add an e-mail address, a URL or a phone number.',
    missing: 'No signature: end with a named person and a contact channel, e.g. "— Jane Doe, Incident Lead · jane.doe@example.com".',
    fix: 'Sign with the incident lead',
  },
  fr: {
    generic: 'Une signature d\'équipe cache les personnes derrière la mise à jour. Signez d\'un nom et d\'un moyen de contact, par exemple « — Jeanne Dupont, responsable de l\'incident · jeanne.dupont@example.com ».',
    noPerson: 'La signature ne nomme personne : ajoutez le nom de la personne responsable, par exemple « — Jeanne Dupont, responsable de l\'incident · jeanne.dupont@example.com ».',
    noContact: 'La signature ne donne aucun moyen de contact : ajoutez une adresse e-mail, une URL ou un numéro de téléphone.',
    missing: 'Aucune signature : terminez par le nom d\'une personne et un moyen de contact, par exemple « — Jeanne Dupont, responsable de l\'incident · jeanne.dupont@example.com ».',
    fix: 'Signer au nom du responsable de l\'incident',
  },
  de: {
    generic: 'Eine Team-Signatur versteckt die Menschen hinter der Aktualisierung. Unterschreiben Sie mit einem Namen und einem Kontaktweg, z. B. „— Erika Muster, Incident-Leitung · erika.muster@example.com“.',
    noPerson: 'Die Signatur nennt keine Person: Ergänzen Sie den Namen der verantwortlichen Person, z. B. „— Erika Muster, Incident-Leitung · erika.muster@example.com“.',
    noContact: 'Die Signatur nennt keinen Kontaktweg: Ergänzen Sie eine E-Mail-Adresse, eine URL oder eine Telefonnummer.',
    missing: 'Keine Signatur: Schließen Sie mit dem Namen einer Person und einem Kontaktweg, z. B. „— Erika Muster, Incident-Leitung · erika.muster@example.com“.',
    fix: 'Mit der Incident-Leitung unterschreiben',
  },
  'zh-Hans': {
    generic: '以团队名义落款会让客户找不到负责人。请署上负责人的姓名和联系方式，例如“——张伟，事件负责人 · zhang.wei@example.com”。',
    noPerson: '落款没有写明负责人：请加上负责人的姓名，例如“——张伟，事件负责人 · zhang.wei@example.com”。',
    noContact: '落款没有联系方式：请加上电子邮件地址、网址或电话号码。',
    missing: '没有落款：请在结尾写上负责人的姓名和联系方式，例如“——张伟，事件负责人 · zhang.wei@example.com”。',
    fix: '以事件负责人名义落款',
  },
  'zh-Hant': {
    generic: '以團隊名義署名會讓客戶找不到負責人。請署上負責人的姓名和聯絡方式，例如「——陳怡君，事件負責人 · chen.yijun@example.com」。',
    noPerson: '署名沒有寫明負責人：請加上負責人的姓名，例如「——陳怡君，事件負責人 · chen.yijun@example.com」。',
    noContact: '署名沒有聯絡方式：請加上電子郵件地址、網址或電話號碼。',
    missing: '沒有署名：請在結尾寫上負責人的姓名和聯絡方式，例如「——陳怡君，事件負責人 · chen.yijun@example.com」。',
    fix: '以事件負責人名義署名',
  },
};

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const MAX_WORDS = 8;

/** "Jane Doe <jane.doe@example.com>" → name and contact, when both are there. */
export function personOf(value: string | undefined): { name: string; contact: string } | undefined {
  if (!value) return undefined;
  const contact = contactOf(value);
  if (!contact) return undefined;
  const name = withoutContacts(value)
    .replace(/[<>()（）[\]·|,，]/g, ' ').replace(/\s+/g, ' ').trim();
  return name && /\p{L}/u.test(name) ? { name, contact } : undefined;
}

let hanRe: RegExp | undefined;
function hanGeneric(generic: string[]): RegExp {
  hanRe ??= new RegExp(generic.filter((g) => HAN.test(g)).sort((a, b) => b.length - a.length)
    .map((g) => escape(g)).join('|'), 'gu');
  return hanRe;
}

interface Words { generic: string[]; exact: Set<string>; suffixes: string[]; heads: Set<string> }
let wordLists: Words | undefined;
/** The lexicon's generic and head words of every language, folded once (static data; was rebuilt on every lint). */
function signatureWords(): Words {
  if (!wordLists) {
    const generic = everyLanguage('signature').flatMap((l) => l.generic);
    wordLists = {
      generic,
      exact: new Set(generic.filter((g) => !g.startsWith('*')).map((g) => fold(g))),
      suffixes: generic.filter((g) => g.startsWith('*')).map((g) => fold(g.slice(1))),
      heads: new Set(everyLanguage('signature').flatMap((l) => l.heads).map((h) => fold(h))),
    };
  }
  return wordLists;
}

/** True when a short sign-off names only teams, departments or roles ("— The Ops Team", "运维团队"). */
export function isGenericSignature(text: string): boolean {
  // A sign-off is a short line; long paragraphs are never one (and the contact regexes would crawl on them).
  if (!fitsSignature(text)) return false;
  const { generic, exact, suffixes, heads } = signatureWords();
  let s = withoutContacts(fold(maskComments(text)).replace(SIGN_OFF, '')).replace(/[*_`]/g, ' ');
  if (HAN.test(s)) {
    // No spaces in Chinese: strip every generic term (longest first) and see whether anything is left.
    // A Chinese team term stands in as "team", so "Acme 运维团队" reads like "Acme team".
    s = s.replace(hanGeneric(generic), ' team ');
    if (HAN.test(s)) return false;
  }
  const words = s.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return words.length === 0 && HAN.test(fold(text));
  const known = (w: string) => exact.has(w) || w.split('-').every((p) => exact.has(p)) || suffixes.some((x) => w.endsWith(x));
  const head = (w: string | undefined) => w !== undefined && (heads.has(w) || w.split('-').some((p) => heads.has(p)));
  // An unknown word is a team's own name only right next to a head word ("the Shop Team", "L'équipe Acme");
  // "Jane from Support" keeps its person.
  const unknown = words.map((w, i) => (known(w) ? -1 : i)).filter((i) => i >= 0);
  if (unknown.length > 2) return false;
  return unknown.every((i) => head(words[i + 1]) || head(words[i - 1]));
}

function lastOwnBlock(doc: PostmortemDocument): TextBlock | undefined {
  const own = ownBlocks(doc);
  return own[own.length - 1];
}

function endOfDocument(doc: PostmortemDocument): Range {
  const lines = doc.text.split('\n');
  let last = lines.length - 1;
  while (last > 0 && lines[last].trim() === '') last--;
  const len = lines[last].replace(/\r$/, '').length;
  return { start: { line: last, character: 0 }, end: { line: last, character: len } };
}

function appendSignature(doc: PostmortemDocument, lead: { name: string; contact: string }): TextEdit {
  const end = endOfDocument(doc).end;
  const nl = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: end, end }, newText: `${nl}${nl}— ${lead.name} · ${lead.contact}` };
}

/** Puts the lead's name in front of a generic sign-off and adds the lead's contact when it is not there yet. */
function signGeneric(block: TextBlock, lead: { name: string; contact: string }): TextEdit {
  const text = block.text;
  const dash = SIGN_OFF.exec(text)?.[0] ?? '— ';
  const rest = text.slice(SIGN_OFF.exec(text)?.[0].length ?? 0).trimEnd();
  const contact = text.includes(lead.contact) ? '' : ` · ${lead.contact}`;
  return { range: block.range, newText: `${dash}${lead.name}, ${rest}${contact}` };
}

const rule = defineRule({
  id: 'PM009',
  name: 'signature',
  description: 'Customer text is signed by a named person with a contact channel, not by a generic team.',
  tags: ['communication', 'language', 'prose'],
  defaultSeverity: 'warning',
  appliesTo: ['incident', 'rcca'],
  customerOnly: true,
  fixable: true,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const m = ctx.messages;
    const lead = personOf(doc.meta.lead) ?? personOf(doc.meta.author);
    const last = lastOwnBlock(doc);
    // Only the closing line can be a comment-free sign-off: mask the expect marks and directives first.
    const lastText = last ? maskComments(last.text).trim() : '';
    if (last && lastText && isGenericSignature(lastText)) {
      const fixable = lead && last.text.trimStart().startsWith(lastText);
      const fix = fixable ? { title: m.fix, edits: [signGeneric({ ...last, text: lastText, range: trimmedRange(doc, last, lastText) }, lead!)] } : undefined;
      ctx.report({ message: m.generic, range: last.range, fix });
      return;
    }
    const sig = doc.signature;
    if (sig?.source === 'paragraph') {
      if (!sig.name) ctx.report({ message: m.noPerson, range: sig.range });
      else if (!sig.contact) ctx.report({ message: m.noContact, range: sig.range });
      return;
    }
    if (sig?.name && sig.contact) return;
    const range = last?.range ?? endOfDocument(doc);
    const fix = lead ? { title: m.fix, edits: [appendSignature(doc, lead)] } : undefined;
    ctx.report({ message: m.missing, range, fix });
  },
});

/** The range of `trimmed` (the block text without comments) inside the block: it starts where the block starts. */
function trimmedRange(doc: PostmortemDocument, block: TextBlock, trimmed: string): Range {
  const base = doc.offsetAt(block.range.start) + block.text.indexOf(trimmed.slice(0, Math.min(8, trimmed.length)));
  return { start: doc.positionAt(base), end: doc.positionAt(base + trimmed.length) };
}

export default rule;
