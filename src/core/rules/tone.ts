// PM008 tone: jokes, cute or minimising words, laughter, emoji, smileys and repeated exclamation marks in customer
// text. Quoted text (block quotes, inline quotations) is somebody else's voice and is skipped.
// Fixes: an emoji or smiley is removed; "!!" becomes "." ("。" in Chinese). Words need rewording, so they get no fix.
import type { Lang, PostmortemDocument, TextEdit } from '../types';
import { phrases, prepare, type PhraseSet } from '../text';
import { advance, everyLanguage, flaggedIn, ownBlocks, perLanguage, rangeIn, voiceText } from './support/voice';
import { defineRule } from './define';

const MESSAGES: Record<Lang, { words: string; emoji: string; bang: string; fixEmoji: string; fixBang: string }> = {
  en: {
    words: '"{word}" makes light of an outage that costs your customers: say plainly what is broken, for whom, and what you are doing, e.g. "Card payments are failing for some customers in the EU."',
    emoji: 'Remove the emoji: an outage is not a light moment for the people it hits. Keep the update plain and factual.',
    bang: 'Use a full stop instead of repeated exclamation marks: stay calm and factual.',
    fixEmoji: 'Remove the emoji', fixBang: 'Replace with a full stop',
  },
  fr: {
    words: '« {word} » minimise une panne qui coûte à vos clients : dites simplement ce qui ne fonctionne pas, pour qui, et ce que vous faites, par exemple « Les paiements par carte échouent pour une partie de nos clients en Europe. »',
    emoji: 'Retirez l\'émoji : une panne n\'a rien de léger pour ceux qui la subissent. Restez sobre et factuel.',
    bang: 'Mettez un point au lieu de points d\'exclamation répétés : restez calme et factuel.',
    fixEmoji: 'Retirer l\'émoji', fixBang: 'Remplacer par un point',
  },
  de: {
    words: '„{word}“ verharmlost einen Ausfall, der Ihre Kunden etwas kostet: Sagen Sie sachlich, was nicht funktioniert, für wen, und was Sie tun, z. B. „Kartenzahlungen schlagen für einen Teil unserer Kunden in der EU fehl.“',
    emoji: 'Entfernen Sie das Emoji: Für Betroffene ist ein Ausfall nicht lustig. Bleiben Sie sachlich.',
    bang: 'Setzen Sie einen Punkt statt mehrerer Ausrufezeichen: Bleiben Sie ruhig und sachlich.',
    fixEmoji: 'Emoji entfernen', fixBang: 'Durch einen Punkt ersetzen',
  },
  'zh-Hans': {
    words: '“{word}”淡化了给客户造成损失的故障：请直接说明什么功能不可用、影响了谁、您正在做什么，例如“欧盟地区部分客户的银行卡支付失败。”',
    emoji: '请删除表情符号：故障对受影响的客户来说并不轻松。请保持平实、客观。',
    bang: '请用句号代替连续的感叹号：保持冷静、客观。',
    fixEmoji: '删除表情符号', fixBang: '替换为句号',
  },
  'zh-Hant': {
    words: '「{word}」淡化了給客戶造成損失的故障：請直接說明什麼功能無法使用、影響了誰、您正在做什麼，例如「歐盟地區部分客戶的信用卡付款失敗。」',
    emoji: '請刪除表情符號：故障對受影響的客戶來說並不輕鬆。請保持平實、客觀。',
    bang: '請用句號代替連續的驚嘆號：保持冷靜、客觀。',
    fixEmoji: '刪除表情符號', fixBang: '替換為句號',
  },
};

const EMOJI_ONE = String.raw`(?:[\u{1F1E6}-\u{1F1FF}]{2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\u{1F3FB}-\u{1F3FF}\uFE0F]*(?:\u200D\p{Extended_Pictographic}\uFE0F?[\u{1F3FB}-\u{1F3FF}]?)*)`;
/** A run of emoji (with spaces between them) is one finding. */
const EMOJI = new RegExp(`${EMOJI_ONE}(?:[ \\t]*${EMOJI_ONE})*`, 'gu');
const BANGS = /[!！]{2,}/g;
/**
 * An emoji written as a shortcode, as GitHub, Slack and chat tools render them (":muscle:", ":tada:", ":+1:"): letters
 * first, never after a word character, a colon or a slash (so "Status:ok:" or "https://a:b:" are not one), never a
 * time ("12:30:").
 */
const SHORTCODE = /(?<![\p{L}\p{N}_:/.])(?::[a-z][a-z0-9_+-]*[a-z0-9]:|:\+1:|:-1:)(?![\p{L}\p{N}_:/])/gu;
/**
 * One scan of a block finds every smiley and whether an emoji may start: an emoji run starts with an astral
 * character, a BMP Emoji_Presentation character (all lie in U+231A–U+2B55, inside the symbol blocks U+2300–U+2BFF) or
 * a pictograph followed by U+FE0F (one-unit matches). Smileys are matched in the folded text (":D" reads ":d"): ":)",
 * ":-(", ";)", ":D", ":P", "=)", "xD", "^^", "^_^", never inside a word, a time ("12:30"), a URL ("http://") or an
 * aside ("(see note:)"). Blocks with no emoji start skip the costly Unicode regex.
 */
const SMILEY_OR_EMOJI_START = /[\u2300-\u2bff\ud800-\udfff\ufe0f]|(?<![\w:;=/^])(?:[:;=]'?-?[()dp]|xd|\^[_ ]?\^)(?![\w()^])/g;

/** Every match of a global regex, by exec on the shared regex (matchAll clones it, a new RegExp, on each call). */
function execAll(re: RegExp, t: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    if (m[0].length === 0) re.lastIndex = advance(t, re.lastIndex);
    out.push(m);
  }
  return out;
}

// The words of each document language, compiled once (the list key was rebuilt on every lint).
const wordsOf = perLanguage((lang): PhraseSet =>
  phrases([...flaggedIn(lang, 'tone').flatMap((l) => l.cute), ...everyLanguage('tone').flatMap((l) => l.laughter)]));

/** The emoji runs, smileys and shortcodes of a folded text. */
function emojiRuns(t: string): RegExpExecArray[] {
  let mayEmoji = false;
  const runs: RegExpExecArray[] = [];
  for (const e of execAll(SMILEY_OR_EMOJI_START, t)) {
    if (e[0].length === 1) mayEmoji = true; // smileys are two characters or more
    else runs.push(e);
  }
  if (mayEmoji) runs.push(...execAll(EMOJI, t));
  if (t.includes(':')) runs.push(...execAll(SHORTCODE, t));
  return runs;
}

/**
 * Removes an emoji run of `text` (which starts at document offset `base`) and one space next to it, so no double
 * space or leading space is left.
 */
function removeEmoji(doc: PostmortemDocument, text: string, base: number, index: number, length: number): TextEdit {
  let start = index;
  let end = index + length;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (before === ' ' && (after === '' || /[\s.,;:!?。！？，]/.test(after))) start--;
  else if ((start === 0 || before === '\n') && after === ' ') end++;
  else if (before === ' ' && after === ' ') end++;
  return { range: { start: doc.positionAt(base + start), end: doc.positionAt(base + end) }, newText: '' };
}

const rule = defineRule({
  id: 'PM008',
  name: 'tone',
  description: 'Customer text stays plain: no jokes, cute or minimising words, laughter, emoji or "!!".',
  tags: ['communication', 'language', 'prose'],
  defaultSeverity: 'warning',
  appliesTo: ['incident', 'rcca'],
  customerOnly: true,
  fixable: true,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const m = ctx.messages;
    const words = wordsOf(doc.lang);
    const cjk = doc.lang === 'zh-Hans' || doc.lang === 'zh-Hant';
    for (const block of ownBlocks(doc)) {
      const t = voiceText(doc, block);
      for (const h of words.all(t)) {
        const word = block.text.slice(h.index, h.index + h.length);
        ctx.report({ message: m.words.replace('{word}', word), range: rangeIn(doc, block, h.index, h.length) });
      }
      for (const e of emojiRuns(t)) {
        const edit = removeEmoji(doc, block.text, doc.offsetAt(block.range.start), e.index, e[0].length);
        ctx.report({ message: m.emoji, range: rangeIn(doc, block, e.index, e[0].length), fix: { title: m.fixEmoji, edits: [edit] } });
      }
      for (const b of t.includes('!') || t.includes('！') ? execAll(BANGS, t) : []) {
        const full = cjk || b[0].includes('！');
        const range = rangeIn(doc, block, b.index, b[0].length);
        // French puts a space before "!": "l'ordre !!" becomes "l'ordre.", not "l'ordre .".
        const space = /[ \u00a0\u202f]/.test(block.text.charAt(b.index - 1)) ? 1 : 0;
        const edit = { range: rangeIn(doc, block, b.index - space, b[0].length + space), newText: full ? '。' : '.' };
        ctx.report({ message: m.bang, range, fix: { title: m.fixBang, edits: [edit] } });
      }
    }
    // Headings are customer text too: the title and the update headings ("# 🛑 Server down").
    for (const s of doc.sections) {
      const base = doc.offsetAt(s.headingRange.start);
      const text = doc.text.slice(base, doc.offsetAt(s.headingRange.end));
      for (const e of emojiRuns(prepare(text, { code: true }))) {
        const range = { start: doc.positionAt(base + e.index), end: doc.positionAt(base + e.index + e[0].length) };
        ctx.report({ message: m.emoji, range, fix: { title: m.fixEmoji, edits: [removeEmoji(doc, text, base, e.index, e[0].length)] } });
      }
    }
  },
});

export default rule;
