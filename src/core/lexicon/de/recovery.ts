// Abschlussmeldung (PM012): Wiederherstellung bestätigt, Datenverlust angesprochen, Bericht angekündigt.
// Deutsche Komposita: "*verlust*" trifft Datenverlust, "*bericht*" trifft Abschlussbericht.
import type { RecoveryLexicon } from '../types';

export const recovery: RecoveryLexicon = {
  recovered: [
    'behoben', 'wiederhergestellt', 'funktioniert wieder', 'funktionieren wieder', 'läuft wieder', 'laufen wieder',
    'wieder normal', 'wieder verfügbar', 'wieder erreichbar', 'gelöst', 'normalbetrieb', 'normal betrieb*',
  ],
  dataLoss: [
    'verloren', '*verlust*', 'keine daten', 'intakt', 'beschädigt', 'doppelt', 'dupliziert',
  ],
  reportPromise: [
    '*bericht*', 'post-mortem', 'postmortem', 'ursachenanalyse', '*maßnahmen', 'nachbetrachtung',
  ],
};
