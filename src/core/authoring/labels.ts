// Words the scaffolding commands write into a document: update phase headings and section headings, per language.
// They match the model's lexicon (design §2) so what we insert is recognised by the parser and the rules.
import type { Lang, Phase } from '../types';

export const PHASES: readonly Phase[] = ['investigating', 'identified', 'monitoring', 'resolved'];

export const PHASE_LABELS: Record<Lang, Record<Phase, string>> = {
  en: { investigating: 'Investigating', identified: 'Identified', monitoring: 'Monitoring', resolved: 'Resolved' },
  fr: { investigating: 'Enquête en cours', identified: 'Identifié', monitoring: 'Surveillance', resolved: 'Résolu' },
  de: { investigating: 'Untersuchung', identified: 'Identifiziert', monitoring: 'Überwachung', resolved: 'Behoben' },
  'zh-Hans': { investigating: '调查中', identified: '已确认', monitoring: '监控中', resolved: '已解决' },
  'zh-Hant': { investigating: '調查中', identified: '已確認', monitoring: '監控中', resolved: '已解決' },
};

export type InsertedSection = 'updates' | 'timeline';

export const SECTION_HEADINGS: Record<Lang, Record<InsertedSection, string>> = {
  en: { updates: 'Updates', timeline: 'Timeline' },
  fr: { updates: 'Mises à jour', timeline: 'Chronologie' },
  de: { updates: 'Aktualisierungen', timeline: 'Zeitleiste' },
  'zh-Hans': { updates: '更新', timeline: '时间线' },
  'zh-Hant': { updates: '更新', timeline: '時間軸' },
};

export function phaseLabel(lang: Lang, phase: Phase): string {
  return (PHASE_LABELS[lang] ?? PHASE_LABELS.en)[phase];
}

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'fr' || v === 'de' || v === 'zh-Hans' || v === 'zh-Hant';
}

/** The phase a new update most likely has: the one after the last update's (never past monitoring; resolving is its own command). */
export function suggestedPhase(last: Phase | undefined): Phase {
  if (last === undefined) return 'investigating';
  if (last === 'investigating') return 'identified';
  return 'monitoring';
}
