// Shapes of the language rules' data (lexicon/<lang>/{vendor-blame,tone,signature,speculation,workaround,blame}.ts)
// and one accessor per family. Phrase syntax: see ./match.ts. Regexes run on folded text (lower case, no accents).
import type { Lang } from '../types';
import { vendorBlame as vbEn } from './en/vendor-blame';
import { vendorBlame as vbFr } from './fr/vendor-blame';
import { vendorBlame as vbDe } from './de/vendor-blame';
import { vendorBlame as vbHans } from './zh-Hans/vendor-blame';
import { vendorBlame as vbHant } from './zh-Hant/vendor-blame';
import { tone as toneEn } from './en/tone';
import { tone as toneFr } from './fr/tone';
import { tone as toneDe } from './de/tone';
import { tone as toneHans } from './zh-Hans/tone';
import { tone as toneHant } from './zh-Hant/tone';
import { signature as sigEn } from './en/signature';
import { signature as sigFr } from './fr/signature';
import { signature as sigDe } from './de/signature';
import { signature as sigHans } from './zh-Hans/signature';
import { signature as sigHant } from './zh-Hant/signature';
import { speculation as specEn } from './en/speculation';
import { speculation as specFr } from './fr/speculation';
import { speculation as specDe } from './de/speculation';
import { speculation as specHans } from './zh-Hans/speculation';
import { speculation as specHant } from './zh-Hant/speculation';
import { workaround as waEn } from './en/workaround';
import { workaround as waFr } from './fr/workaround';
import { workaround as waDe } from './de/workaround';
import { workaround as waHans } from './zh-Hans/workaround';
import { workaround as waHant } from './zh-Hant/workaround';
import { blame as blEn } from './en/blame';
import { blame as blFr } from './fr/blame';
import { blame as blDe } from './de/blame';
import { blame as blHans } from './zh-Hans/blame';
import { blame as blHant } from './zh-Hant/blame';

export interface VendorBlameLexicon {
  /** Ways of naming a third party ("our provider", "Drittanbieter", "第三方"). */
  parties: readonly string[];
  /** Well-known vendor names (merged over every language, plus the `vendors` option). */
  vendors: readonly string[];
  /** Cause words that come before the party, at most 4 words away in the same clause ("caused by", "due to"). */
  before: readonly string[];
  /** Problem nouns right before the party, at most 1 word away ("outage at", "Ausfall bei", "问题出在"). */
  nearBefore: readonly string[];
  /** Cause verbs after the party, at most 2 words away ("caused", "went down", "ist ausgefallen"). */
  after: readonly string[];
  /** Problem nouns right after the party, nothing but "'s" or a hyphen between ("AWS outage", "AWS-Ausfall"). */
  nearAfter: readonly string[];
  /** "On their side": blame when a party is named anywhere in the same sentence. */
  sides: readonly string[];
  /** Blame-shifting on its own, no party needed ("beyond our control"). */
  shifting: readonly string[];
  /** Owning it: in the same paragraph, a vendor cause is fine ("our responsibility", "we chose"). */
  owning: readonly string[];
}

export interface ToneLexicon {
  /** Jokes, cute and minimising words ("oopsie", "little hiccup", "petit pépin"). */
  cute: readonly string[];
  /** Laughter ("lol", "haha", "哈哈"). */
  laughter: readonly string[];
}

export interface SignatureLexicon {
  /** Words of a sign-off that name no person: teams, departments, roles, articles ("the", "ops", "team"). */
  generic: readonly string[];
  /** Head words of a team's name: an unknown word right next to one is a team's name ("the Shop Team", "Acme Support"). */
  heads: readonly string[];
}

export interface SpeculationLexicon {
  /** Hedges ("probably", "we think", "vermutlich", "可能是"). */
  hedges: readonly string[];
  /** Words that state a cause ("caused by", "due to", "Ursache", "原因"). */
  causes: readonly string[];
  /** A guessed cause on its own ("likely due to", "serait dû à", "疑似"). */
  hedgedCauses: readonly string[];
  /** A promised time of resolution (on folded text). */
  promises: readonly RegExp[];
}

export interface WorkaroundLexicon {
  /** An offered workaround, or saying there is none. */
  phrases: readonly string[];
}

export interface BlameLexicon {
  /** Blameful words ("human error", "should have", "forgot to"). */
  phrases: readonly string[];
  /** A person named as the cause (on folded text). */
  person: readonly RegExp[];
}

export interface VoiceLexicon {
  vendorBlame: VendorBlameLexicon;
  tone: ToneLexicon;
  signature: SignatureLexicon;
  speculation: SpeculationLexicon;
  workaround: WorkaroundLexicon;
  blame: BlameLexicon;
}

export const VOICE: Record<Lang, VoiceLexicon> = {
  en: { vendorBlame: vbEn, tone: toneEn, signature: sigEn, speculation: specEn, workaround: waEn, blame: blEn },
  fr: { vendorBlame: vbFr, tone: toneFr, signature: sigFr, speculation: specFr, workaround: waFr, blame: blFr },
  de: { vendorBlame: vbDe, tone: toneDe, signature: sigDe, speculation: specDe, workaround: waDe, blame: blDe },
  'zh-Hans': { vendorBlame: vbHans, tone: toneHans, signature: sigHans, speculation: specHans, workaround: waHans, blame: blHans },
  'zh-Hant': { vendorBlame: vbHant, tone: toneHant, signature: sigHant, speculation: specHant, workaround: waHant, blame: blHant },
};

/**
 * The languages whose flagging lists apply to a document: its own, plus the other Chinese script (zh-Hans and
 * zh-Hant are told apart by a few characters only, and writers mix them).
 */
export function flagLangs(lang: Lang): Lang[] {
  if (lang === 'zh-Hans') return ['zh-Hans', 'zh-Hant'];
  if (lang === 'zh-Hant') return ['zh-Hant', 'zh-Hans'];
  return [lang];
}

/** One family's lists of the given languages, concatenated. */
export function gather<K extends keyof VoiceLexicon, F extends keyof VoiceLexicon[K]>(
  langs: readonly Lang[], family: K, field: F,
): VoiceLexicon[K][F][] {
  return langs.map((l) => VOICE[l][family][field]);
}
