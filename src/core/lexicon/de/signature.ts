// Deutsch: Wörter einer Grußzeile, die keine Person nennen (PM009): „Ihr Support-Team“, „Das Betriebsteam“.
import type { SignatureLexicon } from '../types';

export const signature: SignatureLexicon = {
  generic: [
    'ihr', 'ihre', 'euer', 'eure', 'das', 'die', 'der', 'dein', 'unser', 'team', 'teams', '*team', 'support', 'betrieb',
    'technik', 'kundenservice', 'kundendienst', 'kundensupport', 'service', 'abteilung', 'it', 'it-abteilung', 'leitstelle',
    'rechenzentrum', 'infrastruktur', 'plattform', 'sre', 'ops', 'devops', 'betriebsführung', 'störungsmanagement',
    'kommunikation', 'büro', 'verwaltung', 'mannschaft', 'alle', 'von', 'und', 'mit', 'freundlichen', 'grüßen',
    'freundliche', 'grüße', 'viele', 'beste', 'danke', 'vielen', 'dank',
  ],
  heads: ['team', 'support', 'betrieb', 'abteilung', 'kundenservice', 'kundendienst', 'technik', 'service'],
  bylines: ['verfasst von', 'geschrieben von', 'veröffentlicht von', 'von'],
  reachOut: ['wenden sie sich an', 'kontaktieren sie', 'erreichen sie', 'rufen sie', 'schreiben sie an', 'ansprechpartner ist', 'ansprechpartnerin ist'],
  reachVia: ['unter', 'per', 'über', 'via', 'an'],
};
