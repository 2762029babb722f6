// What a section or a language holds, as the rules that write or judge text need to know it.
import type { Lang, Section } from '../../types';

/** True when a section body holds no content a reader would see (blank, HTML comments only). */
export function isEmptyBody(section: Section): boolean {
  return section.bodyText.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}

/** Language of text to write into a document: CJK sentences join without a space. */
export function isCjk(lang: Lang): boolean {
  return lang === 'zh-Hans' || lang === 'zh-Hant';
}
