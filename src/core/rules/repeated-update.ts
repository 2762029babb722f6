// PM025 repeated-update (information): an update whose text is the same as the one right before it tells readers
// nothing new. Compared after folding case and accents, collapsing whitespace and punctuation, and blanking every
// number (timestamps and next-update times change from one copy to the next). Quoted text is left out. All audiences.
import type { Lang, Rule } from '../types';
import { prepare } from '../lexicon/match';
import { pick, plainText, updateBlocks } from './support/voice';

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

const rule: Rule = {
  id: 'PM025',
  name: 'repeated-update',
  description: 'An update says something new: not the previous update posted again.',
  tags: ['communication', 'structure'],
  defaultSeverity: 'information',
  appliesTo: ['incident'],
  customerOnly: false,
  check(ctx) {
    const { doc } = ctx;
    let previous: string | undefined;
    const sig = doc.signature?.source === 'paragraph' ? doc.signature.range.start.line : -1;
    for (const [i, update] of doc.updates.entries()) {
      // The update's prose (a code block or the closing signature under the last update is not part of its text).
      const blocks = updateBlocks(doc, i).filter((b) => b.range.start.line !== sig);
      // Blocks are prepared once per document; a comment may span blocks, so then the joined text is prepared whole.
      const key = blocks.some((b) => b.text.includes('<!--'))
        ? updateKey(blocks.map((b) => b.text).join('\n\n'))
        : keyOf(blocks.map(plainText).join('\n\n'));
      if (key && key.replace(/#/g, '').trim() && key === previous) {
        ctx.report({ message: pick(MESSAGES, doc), range: update.headingRange });
      }
      previous = key;
    }
  },
};

export default rule;
