// Every phrase list of every language names each phrase once: a phrase listed twice (or in a list and again in the
// list spread into it) is a second copy to keep in step, and a sign that someone did not look before adding.
import assert from 'node:assert/strict';
import { lexicon } from '../../src/core/lexicon';
import { LANGS } from '../../src/core/types';

describe('lexicon lists', () => {
  it('name each phrase once per list, in every language', () => {
    const twice: string[] = [];
    for (const lang of LANGS) {
      for (const [family, lists] of Object.entries(lexicon(lang))) {
        if (!lists || typeof lists !== 'object') continue;
        for (const [name, list] of Object.entries(lists as Record<string, unknown>)) {
          if (!Array.isArray(list)) continue;
          const seen = new Set<string>();
          for (const phrase of list) {
            if (typeof phrase !== 'string') continue;
            if (seen.has(phrase)) twice.push(`${lang} ${family}.${name}: ${phrase}`);
            seen.add(phrase);
          }
        }
      }
    }
    assert.deepEqual(twice, []);
  });
});
