// Phasenwörter im Text einer Aktualisierung (Familien: siehe ../phase-text.ts).
import type { PhaseTextLexicon } from '../types';
import { recoveryState } from './recovery-state';

export const phaseText: PhaseTextLexicon = {
  ongoing: [
    // diag-103: die Reparatur läuft weiter, das Wasser bleibt abgestellt („das Wasser bleibt abgestellt, noch einige Stunden“).
    'arbeitet weiter an … reparatur', 'arbeiten weiter an … reparatur', 'bleibt abgestellt', 'bleiben abgestellt', 'bleibt abgeschaltet', 'bleiben abgeschaltet',
    // diag-102: die Wiederherstellung für einige noch verzögert („Verzögerungen bei der Wiederherstellung dieser 9 Pakete“).
    'verzögerungen bei der wiederherstellung', 'verzögerung bei der wiederherstellung', 'wiederherstellung verzögert sich',
    // diag-101: der Dienst noch als instabil beschrieben („der Server kann zeitweise instabil sein").
    'kann … instabil sein', 'könnte … instabil sein', 'kann es zu instabilitäten kommen',
    // diag-101: die in Kürze versprochene Abhilfe („eine korrigierte Version sollte in Kürze bereitstehen“) steht noch aus.
    'korrigierte version … in kürze', 'in kürze … korrigierte version', 'sollte in kürze … verfügbar', 'wird in kürze … verfügbar',
    'sollte in kürze … online', 'wird in kürze … online', 'in kürze … bereitstehen',
    // Eine Warnung, die erst später aufgehoben wird, gilt noch („wird aufgehoben, sobald …“).
    'wird aufgehoben', 'werden aufgehoben', 'aufgehoben werden',
    // diag-88: die Störung nach einer Korrektur zurück („wir haben wieder dasselbe Problem“).
    'wieder dasselbe problem', 'wieder das gleiche problem', 'erneut dasselbe problem', 'das problem ist wieder da', 'problem ist erneut aufgetreten',
    // diag-94: fast alles wieder da ist nur teilweise („fast alle E-Mails wurden wiederhergestellt“).
    'fast alle … wiederhergestellt', 'fast alle … wieder da', 'nahezu alle … wiederhergestellt',
    // Sechzehnte Sitzung: die Störung als andauernd erzählt („weiterhin ohne Strom“, „sind gerade dabei“).
    'weiterhin ohne', 'noch immer ohne', 'immer noch ohne', 'gerade dabei', 'noch immer nicht', 'immer noch nicht', 'wieder nicht',
    // diag-86: Probleme, die noch eine Weile bleiben („die Verzögerungen werden voraussichtlich anhalten, bis …“).
    'werden … anhalten', 'wird … anhalten', 'weiter anhalten', 'noch anhalten',
    // diag-74: eine Korrektur, die sich erst noch verbreiten muss („es kann einige Stunden dauern, bis alle Server sie übernehmen“).
    'dauern, bis', 'dauert, bis',
    // diag-72: eine erst begonnene Erholung („die Dienste beginnen sich zu erholen“).
    'beginnen sich zu erholen', 'beginnt sich zu erholen', 'laufen langsam wieder an', 'läuft langsam wieder an',
    ...recoveryState.pending,
    'hoffen … wieder', 'hoffen … erledigt', 'hoffen … in ordnung',
    // diag-46: „wir tun alles, um …“: die Arbeit geht weiter.
    'wir tun alles', 'tun wir alles', 'setzen alles daran',
    'noch nicht wieder', 'noch nicht erreichbar', 'noch nicht behoben',
    'weiterhin nicht', 'weiterhin gestört', 'derzeit nicht', 'werden derzeit', 'wird derzeit', 'momentan nicht',
    'aktuell nicht', 'wieder erreichbar sein', 'wieder online sein', 'wieder verfügbar sein', 'bald wieder laufen', 'wird … wieder laufen',
    'werden … wieder laufen', 'soll … wieder laufen', 'sollte in',
    'soll es in', 'im laufe des', 'wird überprüft', 'werden überprüft', 'wird untersucht', 'wir prüfen',
    'wir arbeiten', 'es wird dran gearbeitet', 'ich bin dran', 'arbeiten an der', 'arbeiten an einer', 'arbeiten am', 'schafft man das heute nicht',
    'leider noch nicht', 'bis auf weiteres', 'kommt es zu', 'kann es zu',
    'nach wie vor', '*reststörung*', 'weitgehend', 'teilweise wiederhergestellt', 'weiterhin … gearbeitet', 'wieder laufen wird', 'sollte in … wieder laufen', 'sollte bald wieder laufen', 'sollte gleich wieder laufen', 'bis … wieder laufen',
    'noch nicht beheben', 'nicht beheben', 'ist dabei', 'sind dabei', 'besteht weiterhin', 'bestehen weiterhin', 'besteht noch', 'bestehen noch',
    // diag-173 (aus dem Englischen): wieder da, aber langsamer als sonst.
    'langsamer als üblich', 'langsamer als gewohnt', 'langsamer als sonst',
  ],
  impaired: [
    'ist nicht erreichbar', 'sind nicht erreichbar', 'scheint … nicht erreichbar', 'ist down', 'ist momentan down', 'ist ausgefallen', 'sind ausgefallen', 'funktioniert nicht', 'funktionieren nicht',
  ],
  recovered: [
    // diag-81: das Ende einer Warnung („Abkochgebot aufgehoben“).
    'wurde aufgehoben', 'wurden aufgehoben', 'ist aufgehoben',
    // diag-93: „das Abkochgebot ist nun aufgehoben“.
    'ist nun aufgehoben', 'ist jetzt aufgehoben', 'wurde nun aufgehoben', 'wurde jetzt aufgehoben', 'ist ab sofort aufgehoben',
    // diag-94: „die Haushalte konnten zügig wieder versorgt werden“.
    'wieder versorgt',
    // diag-77: schon wieder oben vorgefunden („oh, es lief schon wieder!“).
    'lief schon wieder', 'lief bereits wieder', 'lief … schon wieder', 'lief … bereits wieder', 'war schon wieder online', 'war bereits wieder online', 'war schon wieder erreichbar',
    ...recoveryState.recovered,
    // diag-75: Wiederherstellung mit Vorbehalt in der Gegenwart („scheint behoben“, „sollte jetzt wieder funktionieren“).
    // diag-89: die Störung von selbst verschwunden („das Problem hat sich von selbst erledigt“).
    'hat sich von selbst erledigt', 'hat sich von selbst gelöst', 'von selbst behoben', 'scheint sich erledigt zu haben',
    'scheint behoben', 'scheint wieder zu laufen', 'scheint wieder zu funktionieren', 'sollte nun wieder', 'müsste jetzt wieder', 'müsste nun wieder',
    'ist behoben', 'wurde behoben', 'wurden behoben', 'sind behoben', 'ist … behoben', 'sind … behoben', 'wurde … behoben',
    // diag-65: „ist wieder unter der alten Adresse erreichbar“.
    'ist wieder … erreichbar', 'sind wieder … erreichbar', 'ist wieder … verfügbar', 'sind wieder … verfügbar',
    // diag-9: „Geht nun wieder!“ (not „geht wieder los“)
    'geht nun wieder', 'geht jetzt wieder', 'geht alles wieder', 'läuft alles wieder', 'funktioniert alles wieder', 'funktioniert nun wieder', 'funktioniert jetzt wieder', 'läuft nun wieder', 'läuft jetzt wieder',
    'wieder am netz', 'wieder möglich', 'störung ist behoben', 'ist wieder erreichbar', 'ist wieder da', 'sind wieder da',
    'sind wieder erreichbar', 'läuft wieder', 'laufen wieder', 'funktioniert wieder',
    'funktionieren wieder', 'wieder verfügbar', 'wieder online', 'wiederhergestellt', 'wieder normal',
    'uneingeschränkt genutzt', 'uneingeschränkt nutzbar', 'alles wieder gehen', 'geht wieder', 'gehen wieder',
    'gelöst', 'ist erledigt',
    'sollten wieder laufen', 'sollte wieder funktionieren', 'konnten … beheben', 'konnte … beheben', 'konnten … behoben werden', 'konnte … behoben werden',
    'konnten die störung', 'konnte die störung', 'konnten den fehler', 'konnte den fehler',
  ],
  afterTheFact: ['entschädigung', 'gutschrift', 'kompensation', 'ausfall war', 'störung war', 'ausfall hatte', 'störung hatte', 
    // diag-174 (aus dem Englischen): der Ausfall in der Vergangenheit erzählt („die Seite war nicht erreichbar“).
    'war ausgefallen', 'waren ausgefallen',
    ...recoveryState.afterTheFact,
    'es kam zu', 'kam es zu', 'ist es … zu', 'war … nicht erreichbar', 'waren … nicht erreichbar', 'hatten wir',
    'gab es', 'dauerte', 'von … bis … uhr',
    'beeinträchtigte', 'beeinträchtigten', 'war … gestört', 'waren … gestört',
    // Eine Korrektur als erledigt berichtet, ohne dass noch etwas gestört ist: nach der Wiederherstellung geschrieben.
    'fix wurde … eingespielt', 'patch wurde … eingespielt', 'korrektur wurde … eingespielt', 'wurde … zurückgerollt',
    'wurden … zurückgerollt',
  ],
  investigating: [
    'wird überprüft', 'werden überprüft', 'wird untersucht', 'wir untersuchen', 'wir prüfen', 'unbekannten gründen',
    'unklar', 'wir analysieren',
    'in kontakt mit', 'stehen mit … in kontakt', 'versuchen … zu erreichen',
  ],
  identified: [
    // diag-72: eine versuchte Reparatur („wir versuchen, den Dienst wiederherzustellen“).
    'versuchen … wiederherzustellen', 'versuchen … zu reparieren', 'versuchen … zu beheben',
    'wir arbeiten', 'es wird dran gearbeitet', 'ich bin dran', 'arbeiten an der', 'arbeiten an einer', 'arbeiten am', 'werden derzeit', 'neu gestartet',
    'wird behoben', 'behebung läuft',
  ],
  monitoring: [
    ...recoveryState.monitoring,
    'wird beobachtet', 'beobachten', 'wird überwacht', 'überwachen die lage', 'monitoring wird', 'monitoring läuft',
    // diag-109 (aus dem Englischen): der Faden bleibt zur Beobachtung offen („ich lasse das Issue noch eine Weile offen, um sicherzugehen“).
    'offen … um sicherzugehen', 'noch eine weile offen',
    // diag-173 (aus dem Englischen): die Lösung weiter beobachtet („wir werden das im Auge behalten“).
    'im auge behalten', 'im blick behalten',
  ],
  followUp: ['lehren aus', 'daraus lernen', 'damit sich … nicht', 'nicht wiederholt', 'zu verhindern', 'zu vermeiden', 'künftig', 'zukünftig', 'in zukunft', 'redundanter', 'redundant auszulegen', 'vorzubeugen', 'bericht zu', 'bericht über', 'abschlussbericht', 'veröffentlichen wir'],
  // Unmittelbar vor einer Wiederherstellungsphrase: Verneinung oder Arbeit, die noch darauf hinführt.
  notYet: [
    // diag-22: a purpose, not a fact (« pour s'assurer que … »).
    'sicherzustellen', 'sicherstellen', 'wird', 'werden', 'soll', 'sollen', 'nach und nach', 'schrittweise', 'allmählich', 'teilweise', 'weitgehend', 'größtenteils', 'fast', 'beinahe', 'nicht', 'noch nicht', 'kein', 'keine', 'nie', 'arbeiten an der', 'arbeiten an', 'arbeiten daran', 'bis zur', 'bis', 'sobald', 'wenn', 'hoffen auf', 'um … zu'],
  // Versprechen, dass weitere Informationen kommen, mit oder ohne Uhrzeit (PM004).
  // diag-115 (aus dem Englischen): ein Zustand, der die Störung überdauert, meldet keine Wiederherstellung („die Kliniken bleiben voll funktionsfähig“).
  persisting: ['bleibt', 'bleiben', 'blieb', 'blieben', 'weiterhin', 'nach wie vor'],
  asked: ['prüfen, ob', 'prüfen ob', 'prüfen wir, ob', 'nachsehen, ob', 'schauen, ob', 'fragen, ob', 'wissen, ob', 'ich dachte', 'wir dachten', 'dachte ich', 'dachten wir'],
  awaited: ['bis', 'sobald', 'bevor', 'wenn', 'falls'],
  // A question asking the reader to check the fix (diag-141, -146, -156, -162, -163).
  readers: ['sie', 'ihr', 'du'],
  checks: ['versuch', 'prüf', 'test', 'bestätig', 'schau', 'aktualisier', 'neu lad', 'neu start'],
  furtherUpdates: [
    'auf dem laufenden', 'melden uns', 'melden wir uns', 'melde mich', 'informieren … sobald', 'informieren … wenn', 'informieren … erneut',
    'werden … informieren', 'werden … unterrichten', 'erneut informieren', 'wieder informieren', 'wir informieren euch', 'wir informieren sie', 'wir informieren dich',
    'weitere informationen folgen', 'weitere infos folgen', 'weitere updates folgen', 'weitere meldungen folgen', 'update folgt',
    'updates folgen', 'informationen folgen', 'infos folgen', 'geben … bescheid', 'nächste aktualisierung', 'nächstes update',
    'nächste meldung', 'nächste information', 'halten … informiert',
  ],
};
