// German words that settle whether an update's text tells of recovery (merged into ./phase-text.ts): recovery
// denied, conditional or partial (pending), short recovery lines, and after-the-fact wording.
import type { RecoveryStateLexicon } from '../types';

export const recoveryState: RecoveryStateLexicon = {
  pending: [
    // diag-34: alle bis auf einen wieder da, der Großteil repariert, die Arbeiten gehen die Nacht durch: noch nicht vorbei.
    'alle bis auf einen', 'alle bis auf eine', 'großteil der schäden', 'arbeiten dauern noch an', 'noch einige stunden dauern', 'noch ein paar stunden dauern', 'arbeiten laufen noch', 'kann die ganze nacht', 'wird die ganze nacht',
    'nicht behoben werden', 'nicht … behoben werden', 'nicht behoben', 'noch nicht vollständig', 'noch nicht alle',
    'nach und nach wieder', 'schrittweise wieder', 'teilweise wieder', 'werden … wieder zur verfügung gestellt',
    'im moment … nicht', 'erst morgen', 'bis morgen', 'sobald … wieder', 'abgebaut werden', 'wird abgebaut',
    'werden abgearbeitet', 'wird abgearbeitet',
    // diag-24: in Stufen wieder hochgefahren, und es kann noch zu Problemen kommen.
    'stufenweise', 'noch zu problemen kommen', 'noch zu störungen kommen',
    // diag-45: „Weite Teile der Spielwelt laufen wieder“: nur ein Teil ist zurück.
    'weite teile … wieder', 'große teile … wieder', 'großteil … wieder',
  ],
  recovered: [
    'komplett behoben', 'vollständig behoben', 'mittlerweile … behoben', 'inzwischen … behoben', 'sei … behoben', 'seien … behoben',
    // diag-33: „die Leistung ist derzeit stabil“ in einer Abschlussmeldung.
    'ist derzeit stabil', 'sind derzeit stabil', 'läuft derzeit stabil', 'laufen derzeit stabil',
    'störungsende', 'störung beendet', 'störung ist beendet', 'wartung beendet', 'wartung abgeschlossen', 'arbeiten abgeschlossen', 'upgrade … abgeschlossen', 'aktualisierung … abgeschlossen', 'migration … abgeschlossen', 'wieder wie gewohnt nutzbar', 'wieder wie gewohnt genutzt',
    // diag-46: „sei das System … wieder reibungslos gelaufen“.
    'wieder reibungslos',
    'arbeiten sind abgeschlossen', 'entstört', 'sollte wieder laufen', 'sollte jetzt wieder', 'problem gelöst', 'wieder erreichbar',
  ],
  afterTheFact: ['beeinträchtigte … bis', 'war … bis … uhr', 'waren … bis … uhr', 'haben möglicherweise', 'konnte es zu',
    // diag-3: in reported speech and the past („sei … eingeschränkt gewesen“, „waren gestört“, „zu keiner Zeit gefährdet“)
    'sei … gewesen', 'seien … gewesen', 'war gestört', 'waren gestört', 'zu keiner zeit gefährdet', 'nicht mehr aufrufbar war'],
  monitoring: [
    'stabilisiert sich', 'stabilisieren sich',
    // diag-10: „scheint die Störung behoben; definitive Entwarnung erst nach einem weiteren Systemcheck“
    'definitive entwarnung', 'entwarnung … erst', 'scheint … behoben',
  ],
};
