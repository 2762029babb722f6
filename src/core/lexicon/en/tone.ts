// English: jokes, cute and minimising words (PM008). Emoji and "!!" are found by the rule itself, in every language.
import type { ToneLexicon } from '../types';

export const tone: ToneLexicon = {
  cute: [
    'oops', 'oopsie', 'oopsies', 'whoops', 'whoopsie', 'uh oh', 'uh-oh', 'yikes',
    // diag-45: not a bare "hiccup" either ("apart from an odd hiccup in the network" is plain); only the ones that play it down.
    'just a blip', 'little hiccup', 'small hiccup', 'bit of a hiccup', 'just a hiccup', 'minor hiccup', 'tiny hiccup', 'slight hiccup', 'gremlin*', 'hamster*',
    // diag-124: not "fell over", the plain word for a crash ("MySQL fell over and didn't recover").
    // diag-116: nor a bare "snafu" ("the technical snafu was caused by …" names it); only the ones that play it down.
    'little snafu', 'minor snafu', 'small snafu', 'bit of a snafu', 'just a snafu', 'bumpy ride', 'teeny', 'tiny issue', 'tiny glitch', 'little glitch', 'minor blip',
    'no big deal', 'not a big deal', 'took a nap', 'taking a nap', 'having a bad day', 'having a moment',
    // diag-132: not "yay", which greets the recovery ("Looks like the wiki is back up, yay!") more often than it mocks.
    'went kaput', 'kaput', 'borked', 'fubar', 'woohoo', 'phew', 'whew', 'sorry not sorry',
    // Not "fun fact" (diag-49): it brings in background ("a fun fact: ours is one of the oldest forums"), not a joke about the outage.
    // a machine given moods (diag-6, tune10): "the server got very unhappy", "having a fit"
    'got very unhappy', 'got unhappy', 'very unhappy server', 'having a fit', 'threw a tantrum', 'throwing a tantrum',
    'fun cascade',
    // not a bare "blip": status pages write "a short blip in connectivity" and "a power blip" plainly (diag-16, -17)
    // minimising the impact: "only minimal impact on a few systems"
    'only minimal impact', 'only a minimal impact', 'merely minimal', 'just minimal impact', 'only negligible',
    // a shrug: the outage as a fact of life
    'these things happen', 'such things happen', 'stuff happens', 'shit happens', 'it is what it is', "it's what it is",
    "murphy's law", 'c\'est la vie',
    // diag-22: it happens to everyone, to every provider.
    // diag-122: not "what happens to everyone's accounts?", a question about the data.
    'it happens to everyone', 'this happens to everyone', 'that happens to everyone', 'happens to everyone.', 'happen to everyone', 'happens to the best', 'happen to the best', 'every provider has',
  ],
  laughter: ['lol', 'lmao', 'rofl', 'haha*', 'hehe*'],
};
