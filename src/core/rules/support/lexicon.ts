// The phrase data of the structure rules, per language (lexicon/<lang>/{apology,recovery,actions}.ts).
import type { Lang } from '../../types';
import { apology as apologyEn } from '../../lexicon/en/apology';
import { apology as apologyFr } from '../../lexicon/fr/apology';
import { apology as apologyDe } from '../../lexicon/de/apology';
import { apology as apologyHans } from '../../lexicon/zh-Hans/apology';
import { apology as apologyHant } from '../../lexicon/zh-Hant/apology';
import { recovery as recoveryEn } from '../../lexicon/en/recovery';
import { recovery as recoveryFr } from '../../lexicon/fr/recovery';
import { recovery as recoveryDe } from '../../lexicon/de/recovery';
import { recovery as recoveryHans } from '../../lexicon/zh-Hans/recovery';
import { recovery as recoveryHant } from '../../lexicon/zh-Hant/recovery';
import { actions as actionsEn } from '../../lexicon/en/actions';
import { actions as actionsFr } from '../../lexicon/fr/actions';
import { actions as actionsDe } from '../../lexicon/de/actions';
import { actions as actionsHans } from '../../lexicon/zh-Hans/actions';
import { actions as actionsHant } from '../../lexicon/zh-Hant/actions';

export interface ApologyLexicon { phrases: string[]; sentence: string }
export interface RecoveryLexicon { recovered: string[]; dataLoss: string[]; reportPromise: string[] }
export interface ActionsLexicon { vagueVerbs: string[]; fillers: string[] }

export const APOLOGY: Record<Lang, ApologyLexicon> = {
  en: apologyEn, fr: apologyFr, de: apologyDe, 'zh-Hans': apologyHans, 'zh-Hant': apologyHant,
};
export const RECOVERY: Record<Lang, RecoveryLexicon> = {
  en: recoveryEn, fr: recoveryFr, de: recoveryDe, 'zh-Hans': recoveryHans, 'zh-Hant': recoveryHant,
};
export const ACTIONS: Record<Lang, ActionsLexicon> = {
  en: actionsEn, fr: actionsFr, de: actionsDe, 'zh-Hans': actionsHans, 'zh-Hant': actionsHant,
};

/** Every language's phrases of one family merged: a text counts whatever language it is written in. */
export function allLanguages<T>(table: Record<Lang, T>, pick: (entry: T) => string[]): string[] {
  return Object.values(table).flatMap(pick);
}
