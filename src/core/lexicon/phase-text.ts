// Phase words in an update's text, for headings that hold only a date or time ("2024-09-07", "Update", "EDIT").
// One file per language (lexicon/<lang>/phase-text.ts); phrase syntax: see ./match.ts. What each family means:
// - `ongoing`: the service is still impaired now, or recovery is still to come ("is still down", "should be back in
//   an hour", "noch nicht wieder", "预计明天恢复"). It outweighs every recovery phrase of the same update.
// - `impaired`: what does not work, without saying when ("is down", "无法访问"). Chinese has no tense, and an
//   after-the-fact notice says what did not work: a recovery phrase of the same update outweighs these.
// - `recovered`: recovery told as done ("has been resolved", "es läuft wieder", "已恢复").
// - `afterTheFact`: an outage told in the past, as one tells it after recovery ("there was an outage",
//   "nous avons eu deux interruptions", "中断营运33分钟").
// - `investigating` / `identified` / `monitoring`: the in-progress phase the text names ("we are looking into",
//   "we are working on a fix", "we are monitoring").
import type { Lang, Phase } from '../types';
import { phaseText as en } from './en/phase-text';
import { phaseText as fr } from './fr/phase-text';
import { phaseText as de } from './de/phase-text';
import { phaseText as hans } from './zh-Hans/phase-text';
import { phaseText as hant } from './zh-Hant/phase-text';

export interface PhaseTextLexicon {
  ongoing: readonly string[];
  impaired: readonly string[];
  recovered: readonly string[];
  afterTheFact: readonly string[];
  investigating: readonly string[];
  identified: readonly string[];
  monitoring: readonly string[];
}

export type PhaseTextFamily = keyof PhaseTextLexicon;

const TABLE: Record<Lang, PhaseTextLexicon> = { en, fr, de, 'zh-Hans': hans, 'zh-Hant': hant };

/** A family's phrases over every language: an update's words count whatever the document's language. */
export function phaseTextPhrases(family: PhaseTextFamily): string[] {
  return Object.values(TABLE).flatMap((l) => l[family]);
}

/** The in-progress phases an update's text can name, most specific last (a later one wins a tie). */
export const IN_PROGRESS_PHASES: readonly Exclude<Phase, 'resolved'>[] = ['investigating', 'identified', 'monitoring'];
