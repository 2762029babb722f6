// Abschlussmeldung (PM012): Wiederherstellung bestätigt, Datenverlust angesprochen, Bericht angekündigt.
// Deutsche Komposita: "*verlust*" trifft Datenverlust, "*bericht*" trifft Abschlussbericht.
import type { RecoveryLexicon } from '../types';

export const recovery: RecoveryLexicon = {
  recovered: [
    // diag-104: „ab sofort ist alles wieder da“, „seit heute steht der Server wieder bereit“.
    'alles wieder da', 'wieder bereit',
    // diag-103: „die Arbeitsbereiche funktionierten ordnungsgemäß“ bestätigt die Wiederherstellung.
    'funktionier* … ordnungsgemäß', 'läuft … ordnungsgemäß', 'laufen … ordnungsgemäß',
    'behoben', 'wiederhergestellt', 'funktioniert wieder', 'funktionieren wieder', 'läuft wieder', 'laufen wieder',
    'wieder normal', 'wieder verfügbar', 'wieder erreichbar', 'gelöst', 'normalbetrieb', 'normal betrieb*',
    // diag-8: „nach Behebung des Problems … ausgeliefert“
    'nach behebung', 'nach der behebung',
    // diag-63: „Nachrichten werden nun wieder erfolgreich zugestellt“.
    'wieder erfolgreich', 'wieder zugestellt',
    // diag-107: der Strom wieder da („hatten alle unsere Kunden wieder Strom“, „das gesamte Netz wieder bedient“).
    'wieder strom', 'wieder mit strom', 'wieder bedient',
  ],
  // diag-98 (aus dem Englischen): eine angekündigte Entschädigung („Sie erhalten eine Entschädigung für die Zeit ohne Gas“).
  // diag-98: was den Kunden gehört, ist geblieben („Noten und Prüfungsergebnisse sind weitestgehend erhalten geblieben“).
  dataLoss: ['erhalten geblieben', 'blieben erhalten', 'bleiben erhalten', 'erhalten … entschädigung', 'entschädigung … gezahlt', 'entschädigung … ausgezahlt', 'werden entschädigt', 
    // diag-94: wie Kunden Schäden geltend machen („Netzkunden haben einen Haftungsanspruch … Ansprüche werden geprüft“).
    'haftungsanspruch*', 'schadensersatz*', 'ansprüche … geprüft', 'ansprüche … geltend',
    // diag-107: keine Schäden bei den Kunden („Relevante Schäden seien keine gemeldet worden“).
    'schäden … keine', 'keine … schäden', 'keine schäden',
    // diag-110: das Geld der Kunden zurück („für die weitergelaufene Miete bekommen die Kunden ihr Geld zurück“).
    'geld zurück',
    // diag-78: „die Erstattungen wurden veranlasst“.
    'erstattung* … veranlasst', 'erstattung* … ausgezahlt', 'erstattung* … überwiesen',
    // diag-77: keine Rechnung für die ausgefallene Leistung („die Ausfalltage werden nicht berechnet“).
    'nicht berechnet', 'nicht in rechnung gestellt', 'nicht bezahlen', 'nicht zahlen',
    // diag-22: ob Daten abgeflossen sind, beantwortet die Frage nach den Daten ebenso.
    'datenabfluss', 'daten … abgeflossen', 'datenleck*', 'daten … kompromittiert', 'unbefugte* zugriff*', 'unberechtigte* zugriff*',
    'verloren', '*verlust*', 'keine daten', 'intakt', 'doppelt', 'dupliziert',
    // Damaged data, not a damaged cable („der Bagger hat die Stromzufuhr beschädigt“).
    'daten … beschädigt', 'nicht beschädigt', 'daten … gefährdet', 'zu keiner zeit gefährdet', 'daten … sicher', 'unbeschädigt', 'beschädigte daten', 'beschädigten daten',
    // diag-7: Integrität gewahrt, ein Rückstau abgearbeitet (zugestellte Mails).
    'integrität', 'datenintegrität', 'rückstau … abgearbeitet', 'werden … zugestellt', 'wurden … zugestellt',
    // diag-33: eine Warteschlange abgearbeitet wie ein Rückstau („die Warteschlange ist abgearbeitet“).
    'warteschlange* … abgearbeitet', 'warteschlange* … verarbeitet', 'wartende* … verarbeitet',
    // diag-8: delayed mail delivered, undeliverable mail returned („verspätet … ausgeliefert“, „als unzustellbar … zurück“).
    'ausgeliefert', 'unzustellbar', 'kommen … noch an', 'werden … noch ankommen', 'werden … empfangen',
    // diag-14: „Die Systeme haben jederzeit die Transaktionen sicher verarbeitet“.
    'sicher verarbeitet', 'transaktionen … sicher',
    // diag-36, diag-37: Daten zurückgespielt oder auf Stand gebracht („die Daten wurden wiederhergestellt“, „die
    // Synchronisation ist abgeschlossen“).
    'daten … wiederhergestellt', 'daten … zurückgespielt', 'synchronisation … abgeschlossen',
    // diag-38: doppelte Abbuchungen zurückgebucht („Alle Buchungen wurden … zurückgebucht“).
    'zurückgebucht', 'rückgebucht',
    // diag-42: „Geld und Daten unserer Kunden waren zu jeder Zeit sicher“.
    'zu jeder zeit sicher', 'jederzeit sicher',
    // diag-43: Spiegel wieder auf Stand („die übrigen Spiegel waren aktuell“).
    'waren aktuell', 'wieder aktuell', 'auf dem aktuellen stand',
    // diag-15: Zahlungen und Geld der Kunden („Transaktionen … am selben Tag ausgeführt“, „wird erstattet“).
    'transaktionen … ausgeführt', 'zahlungen … ausgeführt', 'zahlungen … verarbeitet', 'erstattet',
    // diag-44: das Geld der Kunden sicher („Ihr Guthaben ist sicher“).
    'geld … sicher', 'gelder … sicher', 'guthaben … sicher',
    // diag-46: wegen der Störung verhängte Ordnungsgelder zurückgenommen.
    'ordnungsgelder … zurückgenommen', 'gebühren … zurückgenommen', 'strafgebühren … zurückgenommen', 'werden … erlassen',
  ],
  reportPromise: [
    '*bericht*', 'post-mortem', 'postmortem', 'ursachenanalyse', '*maßnahmen', 'nachbetrachtung',
  ],
  // What customers keep with us, and what became of it: both in one clause make a data statement (PM012).
  // diag-99 (aus dem Englischen): bei uns vereinbarte Termine („die Termine werden neu vergeben“).
  // diag-116 (aus dem Chinesischen): „Ihr Abonnement ist nicht abgelaufen“.
  dataThings: ['termine', 'abonnement*', 'abo', 'abos', 'arzttermin*', 'behandlungstermin*', 
    'daten', '*daten', 'nachricht*', 'mail*', 'e-mail*', '*mail', '*mails', 'bestellung*', 'zahlung*', '*zahlung*',
    'überweisung*', 'lastschrift*', 'transaktion*', 'buchung*', 'geld', 'gelder', '*geld', '*gelder', 'guthaben',
    'kontostand*', 'datei*', 'dokument*', 'reservierung*', 'benachrichtigung*', 'sicherung*', 'backup*', 'inhalt*', 'gebühr*',
    '*gebühr*', 'rechnung*', 'paket*', 'sendung*', 'lohn', 'löhne', 'gehalt', 'gehälter', 'passwort*', 'kennwort*',
    // diag-96 (aus dem Englischen): „Informationen unserer Nutzer wurden nicht kompromittiert“.
    'informationen',
  ],
  // diag-99 (aus dem Englischen): Termine verlegt, nicht verloren; Sicherungen wieder pünktlich.
  // diag-102: was aus einer Zahlung wurde, schlicht gesagt („einige Kartenzahlungen wurden abgelehnt“, „die Transaktionen
  // wurden angenommen“).
  // diag-103: was aus zurückgehaltenen Benachrichtigungen wurde („alle Benachrichtigungen wurden korrekt versendet“).
  dataFates: ['abgelaufen', 'gekündigt', 'wurden versendet', 'wurden verschickt', 'wurden gesendet', 'wurde versendet', 'wurde verschickt', 'nicht versendet', 'abgelehnt', 'zurückgewiesen', 'angenommen', 'akzeptiert', 'neu vergeben', 'verschoben', 'pünktlich', 
    'verloren', 'sicher', 'gesichert', 'intakt', 'unversehrt', 'unberührt', 'nicht betroffen',
    'unbeeinträchtigt', 'zugestellt', 'ausgeliefert', 'verarbeitet', 'nachgeholt', 'nachverarbeitet',
    'erneut gesendet', 'erneut versendet', 'erstattet', 'rückerstattet', 'gutgeschrieben', 'storniert',
    'zurückgebucht', 'zurückgenommen', 'erlassen', 'synchronisiert', 'kompromittiert', 'abgeflossen',
    'gelöscht', 'fehlen', 'fehlt', 'fehlende*', 'doppelt', 'beschädigt', 'ausgeführt', 'angekommen', 'ankommen',
    'gebucht', 'zurückgezahlt', 'ausgeglichen', 'erneut versuchen', 'erneut einreichen',
    // diag-77: aufgehalten, nicht verloren („E-Mails kamen bis zu zwei Stunden verzögert an“).
    'verzögert*', 'verspätet*', 'verzögerung*',
    // diag-97: „derzeit sind alle Mails bearbeitet“ (abgearbeitet wie verarbeitet).
    'bearbeitet', 'abgearbeitet'
  ],
  dataCaughtUp: [
    'zugestellt', 'ausgeliefert', 'verarbeitet', 'nachgeholt', 'nachverarbeitet', 'gutgeschrieben', 'ausgeführt',
    'angekommen', 'gebucht', 'synchronisiert', 'aktualisiert', 'verfügbar', 'bearbeitet', 'abgearbeitet',
  ],
};
