// One accessor for the language data the document model reads, so code never reaches into a language folder.
import type { Lang } from '../types';
import type { PhaseLexicon, SectionLexicon, StructureLexicon } from './types';
import { sections as sectionsEn } from './en/sections';
import { sections as sectionsFr } from './fr/sections';
import { sections as sectionsDe } from './de/sections';
import { sections as sectionsHans } from './zh-Hans/sections';
import { sections as sectionsHant } from './zh-Hant/sections';
import { phases as phasesEn } from './en/phases';
import { phases as phasesFr } from './fr/phases';
import { phases as phasesDe } from './de/phases';
import { phases as phasesHans } from './zh-Hans/phases';
import { phases as phasesHant } from './zh-Hant/phases';
import { structure as structureEn } from './en/structure';
import { structure as structureFr } from './fr/structure';
import { structure as structureDe } from './de/structure';
import { structure as structureHans, scriptOnly as simplifiedOnly } from './zh-Hans/structure';
import { structure as structureHant, scriptOnly as traditionalOnly } from './zh-Hant/structure';

export type { PhaseLexicon, SectionLexicon, StructureLexicon } from './types';

export interface Lexicon {
  sections: SectionLexicon;
  phases: PhaseLexicon;
  structure: StructureLexicon;
}

const TABLE: Record<Lang, Lexicon> = {
  en: { sections: sectionsEn, phases: phasesEn, structure: structureEn },
  fr: { sections: sectionsFr, phases: phasesFr, structure: structureFr },
  de: { sections: sectionsDe, phases: phasesDe, structure: structureDe },
  'zh-Hans': { sections: sectionsHans, phases: phasesHans, structure: structureHans },
  'zh-Hant': { sections: sectionsHant, phases: phasesHant, structure: structureHant },
};

/** The model's language data for `lang` (English for an unknown value). */
export function lexicon(lang: Lang): Lexicon {
  return TABLE[lang] ?? TABLE.en;
}

/** Characters that only one Chinese script uses, for telling zh-Hans from zh-Hant. */
export const hanScript = { simplifiedOnly, traditionalOnly };
