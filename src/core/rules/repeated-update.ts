// PM025 repeated-update (information): an update whose text is the same as the one right before it tells readers
// nothing new. Compared after folding case and accents, collapsing whitespace and punctuation, and blanking every
// number (timestamps and next-update times change from one copy to the next). Quoted text is left out. All audiences.
import type { Lang } from '../types';
import { prepare } from '../text';
import { plainText, updateBlocks } from './support/voice';
import { defineRule } from './define';

const MESSAGES: Record<Lang, string> = {
  en: 'This update repeats the previous one word for word. Say what changed since then — what you found, tried or ruled out — or, if nothing has, say so and what you are doing next.',
  fr: 'Cette mise à jour répète mot pour mot la précédente. Dites ce qui a changé depuis — ce que vous avez trouvé, essayé ou écarté — ou, si rien n\'a changé, dites-le et ce que vous faites ensuite.',
  de: 'Diese Aktualisierung wiederholt die vorige wörtlich. Sagen Sie, was sich seitdem geändert hat – was Sie gefunden, versucht oder ausgeschlossen haben – oder, falls nichts, sagen Sie das und was Sie als Nächstes tun.',
  'zh-Hans': '这条更新与上一条完全相同。请说明此后有什么变化（发现了什么、尝试了什么、排除了什么）；如果没有变化，也请如实说明并告知下一步措施。',
  'zh-Hant': '這則更新與上一則完全相同。請說明此後有什麼變化（發現了什麼、嘗試了什麼、排除了什麼）；如果沒有變化，也請如實說明並告知下一步措施。',
};

/** The text of an update with everything that changes between two copies of it taken out. */
export function updateKey(body: string): string {
  return keyOf(prepare(body));
}

/** `updateKey` of an already prepared text. */
function keyOf(prepared: string): string {
  const s = prepared.replace(/\d+/g, '#').replace(/\b(?:utc|gmt|cet|cest|z)\b/g, ' ');
  // ASCII text: letters and digits are [A-Za-z0-9], and the plain regex is much faster than the Unicode one.
  return (/[^\x00-\x7f]/.test(s) ? s.replace(/[^\p{L}\p{N}#]+/gu, ' ') : s.replace(/[^A-Za-z0-9#]+/g, ' ')).trim();
}

/** Length of the key heads compared before whole keys are computed. */
const HEAD = 24;

const ZONES = new Set(['utc', 'gmt', 'cet', 'cest', 'z']);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// Per BMP unit (surrogates aside): 1 when it is a letter or number, 2 when not, 0 not known yet.
const letterOrNumber = new Uint8Array(0x10000);

function isLetterOrNumber(cp: number): boolean {
  if (cp > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
  let k = letterOrNumber[cp];
  if (k === 0) {
    k = LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 1 : 2;
    letterOrNumber[cp] = k;
  }
  return k === 1;
}

/**
 * `keyOf(prepared).slice(0, max)`, scanned by hand over the first few dozen characters: two keys differ when their
 * heads do, and this costs far less than keyOf's four regex passes (most updates differ from the previous one in
 * their first words). Mirrors keyOf step by step: a run of ASCII digits is one '#'; a run of ASCII word characters
 * ([A-Za-z_], digits being '#' by then) that is a zone name is a break; a break between words is one space, none at
 * either end.
 */
export function keyHead(prepared: string, max: number): string {
  const out: number[] = [];
  let gap = false; // a break since the last character put out
  const put = (c: number) => {
    if (gap && out.length > 0) out.push(0x20);
    gap = false;
    out.push(c);
  };
  let i = 0;
  while (i < prepared.length && out.length < max) {
    const c = prepared.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f) {
      let j = i + 1;
      for (; j < prepared.length; j++) {
        const d = prepared.charCodeAt(j);
        if (!((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a) || d === 0x5f)) break;
      }
      if (j - i <= 4 && ZONES.has(prepared.slice(i, j))) gap = true;
      else {
        // '_' is a word character for the zone check but not a letter: it breaks words.
        for (let k = i; k < j; k++) {
          const d = prepared.charCodeAt(k);
          if (d === 0x5f) gap = true;
          else put(d);
        }
      }
      i = j;
    } else if (c >= 0x30 && c <= 0x39) {
      i++;
      while (i < prepared.length && prepared.charCodeAt(i) >= 0x30 && prepared.charCodeAt(i) <= 0x39) i++;
      put(0x23);
    } else if (c === 0x23) {
      put(0x23);
      i++;
    } else if (c < 0x80) {
      gap = true;
      i++;
    } else {
      const cp = prepared.codePointAt(i)!;
      // A lone surrogate is no letter, as for the Unicode regex.
      if ((c & 0xf800) !== 0xd800 || cp > 0xffff) {
        if (isLetterOrNumber(cp)) {
          put(c);
          if (cp > 0xffff) out.push(prepared.charCodeAt(i + 1));
        } else gap = true;
      } else gap = true;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  if (out.length > max) out.length = max;
  return String.fromCharCode.apply(null, out);
}

const rule = defineRule({
  id: 'PM025',
  name: 'repeated-update',
  description: 'An update says something new: not the previous update posted again.',
  tags: ['communication', 'structure', 'prose'],
  defaultSeverity: 'information',
  appliesTo: ['incident'],
  customerOnly: false,
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const sig = doc.signature?.source === 'paragraph' ? doc.signature.range.start.line : -1;
    // Each key is only compared with the previous update's: the whole keys (four regex passes each) are only
    // computed when their heads agree.
    let prevText: string | undefined;
    let prevHead: string | undefined;
    let prevKey: string | undefined;
    for (const [i, update] of doc.updates.entries()) {
      // The update's prose (a code block or the closing signature under the last update is not part of its text).
      const blocks = updateBlocks(doc, i).filter((b) => b.range.start.line !== sig);
      // Blocks are prepared once per document; a comment may span blocks, so then the joined text is prepared whole.
      const text = blocks.some((b) => b.text.includes('<!--'))
        ? prepare(blocks.map((b) => b.text).join('\n\n'))
        : blocks.map((b) => plainText(doc, b)).join('\n\n');
      const head = keyHead(text, HEAD);
      let key: string | undefined;
      if (prevText !== undefined && head === prevHead) {
        prevKey ??= keyOf(prevText);
        // The same text posted again (the usual repeat) has the same key: computed once for the whole run of copies.
        key = text === prevText ? prevKey : keyOf(text);
        if (key && key.replace(/#/g, '').trim() && key === prevKey) {
          ctx.report({ message: ctx.messages, range: update.headingRange });
        }
      }
      prevText = text;
      prevHead = head;
      prevKey = key;
    }
  },
});

export default rule;
