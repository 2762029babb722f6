// Shapes of the language data the document model reads (one file per language and family).
import type { Phase, SectionKind } from '../types';

/** Heading texts per section kind, lower case; a heading matches exactly or starts with one followed by a word break. */
export type SectionLexicon = Record<SectionKind, readonly string[]>;
/** Phase words per phase, lower case. */
export type PhaseLexicon = Record<Phase, readonly string[]>;

export interface StructureLexicon {
  /** Cheap test run first: prose that does not match cannot hold a next-update phrase of this language. */
  nextUpdateHint: RegExp;
  /** "Next update by 14:30": each regex must end right before the promised time (a timestamp is read there). */
  nextUpdateAt: readonly RegExp[];
  /** "Next update in 30 minutes": named groups `n` (a number) and `unit` (a word of `minuteUnits`/`hourUnits`). */
  nextUpdateIn: readonly RegExp[];
  minuteUnits: readonly string[];
  hourUnits: readonly string[];
  /** Frequent short words, to tell en, fr and de apart. */
  stopwords: readonly string[];
  /** Labels before a corrective action's owner and due date ("owner:", "due:"). */
  ownerLabels: readonly string[];
  dueLabels: readonly string[];
  /** Words that make a signature a team's rather than a person's ("team", "équipe"). */
  teamWords: readonly string[];
}
