// What still works, in whatever words: a clause with a word of persistence ("still", « toujours », „weiterhin“, 仍)
// that names no trouble (nor our work on it: `stillNot`), denies nothing, states no phase and is not about our own
// work — "page views are still being recorded", „Besuche werden weiterhin erfasst“, 访问数据依然照常记录. Readers of
// real notices count it as a way around (the workaround rule's page); each hidden set told it with verbs no list had.
// The document's language's words (and the other Chinese script's): "noch" is German, "encore" French.
import type { Lang } from '../../types';
import { phrases, someClause, type PhraseSet } from '../../text';
import { phaseFromText } from '../../model/update-phase';
import { flaggedIn, negations, perLanguage } from './voice';

interface StillSets { still: PhraseSet; trouble: PhraseSet; ownVoice: PhraseSet; toolNames: PhraseSet }
const setsOf = perLanguage((lang): StillSets => {
  const impact = flaggedIn(lang, 'impact');
  const workaround = flaggedIn(lang, 'workaround');
  return {
    still: phrases(workaround.flatMap((l) => l.stillWords)),
    trouble: phrases([...impact.flatMap((l) => [...l.troubleWords, ...l.statements]), ...workaround.flatMap((l) => l.stillNot)]),
    ownVoice: phrases(impact.flatMap((l) => l.ownVoice)),
    toolNames: phrases(workaround.flatMap((l) => l.toolNames)),
  };
});

/** Whether a folded text has a clause that tells something still working (see the file comment). */
export function tellsWhatStillWorks(folded: string, lang: Lang): boolean {
  const { still, trouble, ownVoice, toolNames } = setsOf(lang);
  if (!still.mayOccur(folded)) return false;
  // Tools' names blanked where they hold a trouble word ("the issue tracker is still up").
  const readable = toolNames.blankedIn(folded);
  return someClause(readable, (c) => {
    if (!still.test(readable, c.start, c.end)) return false;
    if (negations().test(readable, c.start, c.end) || trouble.test(readable, c.start, c.end)) return false;
    if (ownVoice.test(readable, c.start, c.end)) return false;
    return phaseFromText(readable.slice(c.start, c.end)) === undefined;
  });
}

