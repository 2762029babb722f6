// The document's language: front matter `lang`, else detected from its prose, else the configured one, else en.
// Han text is zh-Hant when traditional-only characters outnumber simplified-only ones; Latin text is en, fr or de
// by stopword counts. Only a sample of the text is read, so detection costs the same for 10 KB and 1 MB.
import type { Lang, Section, TextBlock } from '../types';
import { hanScript, lexicon } from '../lexicon';

const SAMPLE_CHARS = 20_000;
const MIN_LATIN_WORDS = 8;

let tables: { simplified: Set<string>; traditional: Set<string>; stop: Map<string, Lang[]> } | undefined;

function load() {
  if (!tables) {
    const stop = new Map<string, Lang[]>();
    for (const lang of ['en', 'fr', 'de'] as const) {
      for (const w of lexicon(lang).structure.stopwords) {
        const list = stop.get(w) ?? [];
        list.push(lang);
        stop.set(w, list);
      }
    }
    tables = { simplified: new Set(hanScript.simplifiedOnly), traditional: new Set(hanScript.traditionalOnly), stop };
  }
  return tables;
}

export function detectFromText(sample: string): Lang | undefined {
  const { simplified, traditional, stop } = load();
  let han = 0, simp = 0, trad = 0;
  // Code units, not code points: the Han block is in the BMP and no half of a surrogate pair falls inside it.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      const ch = sample[i];
      if (simplified.has(ch)) simp++;
      else if (traditional.has(ch)) trad++;
    }
  }
  const counts: Record<'en' | 'fr' | 'de', number> = { en: 0, fr: 0, de: 0 };
  let words = 0;
  const re = /[a-zà-öø-ÿœß]+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sample))) {
    words++;
    const langs = stop.get(m[0].toLowerCase());
    if (langs) for (const l of langs) counts[l as 'en' | 'fr' | 'de']++;
  }
  if (han > 0 && han >= words) return trad > simp ? 'zh-Hant' : 'zh-Hans';
  if (words < MIN_LATIN_WORDS) return undefined;
  const best = (Object.keys(counts) as ('en' | 'fr' | 'de')[]).sort((a, b) => counts[b] - counts[a]);
  if (counts[best[0]] === 0) return undefined;
  return best[0];
}

export function detectLanguage(metaLang: Lang | undefined, blocks: TextBlock[], sections: Section[], configLang?: Lang): Lang {
  if (metaLang) return metaLang;
  let sample = '';
  for (const s of sections) {
    if (sample.length > SAMPLE_CHARS / 4) break;
    sample += s.heading.slice(0, 200) + '\n';
  }
  for (const b of blocks) {
    if (sample.length > SAMPLE_CHARS) break;
    if (!b.inQuote) sample += b.text.slice(0, SAMPLE_CHARS - sample.length) + '\n';
  }
  return detectFromText(sample) ?? configLang ?? 'en';
}
