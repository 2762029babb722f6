// The one registry of language data: each language folder exports one typed `Lexicon`, and code reads it through
// `lexicon(lang)` (never from a language folder). Adding a language: its folder, its line in LEXICONS.
import { LANGS, type Lang } from '../types';
import type { Lexicon } from './types';
import { lexicon as en } from './en';
import { lexicon as fr } from './fr';
import { lexicon as de } from './de';
import { lexicon as zhHans } from './zh-Hans';
import { lexicon as zhHant } from './zh-Hant';

export type * from './types';

const LEXICONS: Record<Lang, Lexicon> = { en, fr, de, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/** The language data for `lang` (English for an unknown value). */
export function lexicon(lang: Lang): Lexicon {
  return LEXICONS[lang] ?? LEXICONS.en;
}

/** One family of every language, in LANGS order: for phrases that count whatever language a text is written in. */
export function everyLanguage<K extends keyof Lexicon>(family: K): Lexicon[K][] {
  return LANGS.map((l) => LEXICONS[l][family]);
}

/**
 * The languages whose flagging lists apply to a document: its own, plus the other Chinese script (zh-Hans and
 * zh-Hant are told apart by a few characters only, and writers mix them).
 */
export function flagLangs(lang: Lang): Lang[] {
  if (lang === 'zh-Hans') return ['zh-Hans', 'zh-Hant'];
  if (lang === 'zh-Hant') return ['zh-Hant', 'zh-Hans'];
  return [lang];
}

/** Characters that only one Chinese script uses, for telling zh-Hans from zh-Hant. */
export const hanScript = { simplifiedOnly: zhHans.scriptOnly, traditionalOnly: zhHant.scriptOnly };
