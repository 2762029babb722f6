// Deutsch: Witze, niedliche oder verharmlosende Wörter (PM008). „Ups“ fehlt absichtlich (UPS, Backups).
import type { ToneLexicon } from '../types';

export const tone: ToneLexicon = {
  cute: [
    'hoppla', 'huch', 'uups', 'upsi', 'upsala', 'schluckauf', 'kleiner schluckauf', 'kleine panne', 'kleines problemchen',
    'problemchen', 'wehwehchen', 'halb so wild', 'nicht so wild', 'kein grund zur panik', 'keine panik',
    'schönheitsfehler', 'kleiner aussetzer', 'nickerchen', 'ein nickerchen', 'mittagsschlaf', 'zicken', 'zickt',
    'hat gezickt', 'bockt', 'gebockt', 'hurra', 'juhu', 'yay', 'puh', 'dumm gelaufen', 'shit happens', 'mist',
    // minimising the impact: "only minimal impact on a few systems"
    'lediglich zu minimalen', 'lediglich minimale', 'nur minimale auswirkungen', 'nur minimalen auswirkungen', 'lediglich geringfügig*', 'nur geringfügige auswirkungen',
    // ein Achselzucken: der Ausfall als Lauf der Welt
    'wie so oft im leben', 'so ist das leben', 'so spielt das leben', 'kann schon mal passieren', 'kann ja mal passieren',
    'kann schon mal vorkommen', 'passiert halt', 'murphys gesetz', "murphy's law", 'selten, aber es passiert',
    'das ist selten, aber',
    // diag-22: Probleme habe eben jeder Anbieter einmal – das passiert jedem.
    'passiert jedem', 'kämpft jeder', 'jeder anbieter hat',
  ],
  laughter: ['lol', 'haha*', 'hihi*', 'hehe*'],
};
