// German impact statements in prose: a service that does not work, or people who cannot do something.
import type { ImpactLexicon } from '../types';

export const impact: ImpactLexicon = {
  statements: [
    // diag-102: das Wasser abgestellt („Wasserausfall“, „Haushalte ohne Wasser“).
    'wasserausfall', 'ohne wasser', 'kein wasser', 'wasserversorgung … unterbrochen', 'wasserversorgung … ausgefallen',
    // diag-93: ein Abkochgebot sagt, was Leser mit dem Leitungswasser nicht tun können.
    'abkochgebot', 'abkochempfehlung', 'abkochaufforderung',
    // diag-94: Versionen, die schaden, wer sie installiert („die bösartigen Versionen“, „eine inkompatible Änderung“).
    'bösartige* version*', 'schadhafte* version*', 'kompromittierte* version*', 'kompromittierte* paket*', 'inkompatible* änderung*',
    // diag-98 (aus dem Englischen): „Version 0.0.71 enthielt Schadcode“.
    'schadcode', 'bösartige* code', 'infizierte* version*',
    // diag-108 (aus dem Englischen): „die infizierten Binärdateien wurden entfernt“, „die Prüfsumme stimmt nicht“.
    'kompromittierte* binär*', 'infizierte* binär*', 'prüfsumme stimmt nicht', 'prüfsummen stimmen nicht',
    // diag-100 (aus dem Englischen): „die heute veröffentlichten Versionen 2.6.2 und 2.6.3 sind kompromittiert“.
    'sind kompromittiert', 'wurden kompromittiert',
    // diag-87: was Leser ausgeliefert bekamen, ein abgelaufenes Zertifikat („die Relays lieferten das abgelaufene
    // Zertifikat aus“); ein als abgelaufen genanntes Zertifikat ist nur die Ursache.
    'lieferte* … abgelaufene* zertifikat*', 'ausgeliefert* … abgelaufene* zertifikat*',
    // diag-50: Menschen ohne Versorgung („einige Haushalte sind noch ohne Strom“).
    'ohne strom', 'ohne internet',
    // diag-26: ein Anteil derer, die wir versorgen („etwa 10 % unserer Kunden“), sagt, wer betroffen ist.
    '% unserer kunden', '% der kunden', '% unserer nutzer*', '% der nutzer*', '% unserer anschlüsse', '% der anschlüsse', 'prozent unserer kunden', 'prozent der kunden',
    // diag-23: ein Vorfall an einem unserer Systeme.
    'vorfall an einer unserer', 'vorfall an einem unserer', 'vorfall an unseren', 'vorfall bei unseren', 'vorfall betraf',
    // A service's state.
    // diag-43: Spiegel, die nicht mehr synchron sind, liefern veraltete Dateien.
    'nicht mehr synchron', 'nicht synchron',
    'nicht erreichbar', 'nicht mehr erreichbar', 'nicht zu erreichen', 'unerreichbar', 'nicht verfügbar',
    'nicht mehr verfügbar', 'nicht … zur verfügung', 'nicht nutzbar', 'nicht benutzbar', 'nicht möglich', 'nicht online',
    'funktioniert nicht', 'funktionieren nicht', 'funktionierte nicht', 'funktionierten nicht', 'funktioniert … nicht',
    'geht nicht', 'gehen nicht', 'ging nicht', 'gingen nicht', 'noch nicht wieder', 'nicht wieder da',
    // diag-107 (aus dem Englischen): was noch aus ist, ein deshalb geschlossener Ort, verlorene Daten.
    'noch nicht wiederhergestellt', 'bleibt geschlossen', 'bleiben geschlossen', 'heute geschlossen', 'haben wir … verloren',
    'wir haben … verloren',
    'ist down', 'war down', 'sind down', 'down', 'offline', 'ausgefallen', '*ausfall', '*ausfälle', 'ausfall*',
    '*unterbrechung*', 'unterbrochen', '*störung des', '*störung der', 'gestört', 'eingeschränkt*', '*einschränkung*',
    'beeinträchtig*', '*beeinträchtigung*', 'abgeschaltet', 'vom netz genommen',
    'wieder erreichbar sein', 'wieder online sein', 'wieder verfügbar sein',
    // What goes wrong for the reader.
    'fehlermeldung*', 'fehler beim', 'verzögerung*', 'verzögert*', 'langsam*', 'verbindungsabbrüche',
    'verbindungsprobleme', 'probleme beim', 'probleme mit', 'schlägt fehl', 'schlagen fehl', 'schlug fehl',
    'schlugen fehl', 'fehlgeschlagen*',
    // Who is affected.
    'bei manchen', 'bei einigen', 'für manche', 'für einige', 'manche nutzer', 'einige nutzer', 'einige kunden', 'andere nicht',
    'betroffen*', 'betrifft', 'betraf', 'betrafen',
    'können … nicht', 'konnten … nicht', 'kann … nicht', 'konnte … nicht', 'können … keine', 'konnten … keine',
    'nicht weiterverarbeitet', 'nicht verarbeitet', 'nicht zugestellt', 'nicht versendet', 'nicht ausgelöst', 'hängen … fest', 'bleiben … hängen',
    'keine verbindung', 'nicht abrufbar', 'nicht aufrufbar', 'nicht mehr möglich', 'kein zugriff', 'keinen zugriff', 'nicht zugreifen', 'nicht geladen', 'lädt nicht', 'laden nicht', 'störung bei', 'störung im',
    // Ein Teil, der abgestürzt ist, ein Ausfall mit seiner Reichweite, und wer über Nutzer und Kunden hinaus betroffen ist.
    'abgestürzt', 'stürzt … ab', 'stürzten … ab', 'streikt', 'streiken', 'lahmgelegt', 'liegt lahm', 'lagen lahm',
    'geht gar nichts', 'ging gar nichts', 'nichts geht', 'nichts ging', 'totalausfall', 'komplettausfall',
    'großflächig*', 'flächendeckend*',
    'spieler … nicht', 'studierende … nicht', 'mitglieder … nicht',
    // Diagnose-Sätze (Sitzung 4): Verneinung mit Einschub („werden derzeit nicht von anderen Servern … zugestellt“).
    'nicht … zugestellt', 'nicht … erreichbar', 'nicht … verfügbar', 'nicht … möglich', 'nicht … nutzbar',
    'nicht … abrufbar', 'nicht … aufrufbar', 'unterbunden', 'nicht störungsfrei', 'nicht … zugreifen',
    // diag-5/6: was mit dem Genannten geschah.
    '*verkehr blockiert', 'wurde deaktiviert', 'wurde gesperrt', 'wurde gelöscht', 'wurde zerstört', 'wurden gelöscht', 'lief voll', 'ist voll gelaufen', 'havarie', 'beschädigt*', 'keinen zugang', 'kein zugang', 'keinen zugriff auf', 'vom netz nehmen',
    // diag-8: die Reichweite, gesagt durch das, was weiter lief („die Notrufnummern blieben erreichbar“).
    'blieb* erreichbar', 'blieb* funktionsfähig', 'blieb* verfügbar', 'funktionierte* weiterhin', 'weiterhin funktionsfähig', 'weiterhin erreichbar',
    // diag-10: was wieder angeboten werden soll, wann die Systeme wieder am Netz sind, flektiert „nicht verfügbaren“,
    // Kunden, die einen Dienst „nicht nutzen können“.
    'wieder anbieten zu können', 'wann … wieder am netz', 'wann … wieder erreichbar', 'wann … wieder verfügbar',
    'nicht verfügbaren', 'nicht verfügbare', 'blockierungen', 'nicht … nutzen können',
  ],
  headingWords: ['auswirkung*', 'betroffen*', 'beeinträchtig*'],
  // Ein Störungswort mit dem, was es traf: „Serverausfall", „Störung bei der Anmeldung", „Ausfall des Mailservers".
  troubleWords: [
    // diag-63: Zeitüberschreitungen beim Anlegen von Konten.
    '*zeitüberschreitung', '*zeitüberschreitungen',
    '*störung', '*störungen', '*ausfall', '*ausfalls', '*ausfälle', '*probleme', '*problem', '*fehler', '*unterbrechung',
    '*unterbrechungen', 'beeinträchtigung', 'beeinträchtigungen', 'einschränkung', 'einschränkungen', 'schwierigkeiten',
    '*defekt', '*panne', '*pannen', '*absturz', '*abstürze', 'kernel-panic', 'panic',
    // diag-93: „Stillstand der Blockchain“.
    '*stillstand',
  ],
  troubleLinks: ['bei', 'beim', 'im', 'in', 'der', 'des', 'von', 'vom', 'an', 'mit', 'auf', 'für', 'zwischen'],
  emptyWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'unser', 'unsere',
    'unserer', 'unserem', 'unseren', 'unseres', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres', 'sein', 'seine',
    'seiner', 'seinem', 'seinen', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'einige', 'einigen', 'einiger',
    'mehrere', 'mehreren', 'alle', 'allen', 'aller', 'jede', 'jeder', 'jedem', 'keine', 'keiner', 'keinem', 'kein',
    'wir', 'sie', 'es', 'uns', 'ihnen', 'zeit', 'zeiten', 'nacht', 'morgen', 'morgens', 'abend', 'abends', 'mittag',
    'nachmittag', 'vormittag', 'tag', 'tage', 'tagen', 'stunde', 'stunden', 'minuten', 'woche', 'wochenende', 'folge',
    'ursache', 'ursachen', 'grund', 'zuge', 'rahmen', 'laufe', 'art', 'form', 'behebung', 'beseitigung', 'bearbeitung',
    'seite', 'ende', 'anfang', 'beginn', 'höhe', 'dauer', 'kürze', 'moment', 'augenblick', 'vergangenheit', 'zukunft',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute', 'gestern', 'und', 'oder',
    'aber', 'zu', 'zur', 'zum', 'total', 'komplett', 'teil', 'teilweise', 'kurz', 'kurze', 'kurzen', 'kurzer', 'kurzzeitig',
    'größer', 'größere', 'großen', 'längere', 'längeren', 'technisch', 'technische', 'technischen', 'erneut',
    'erneute', 'erneuten', 'massiv', 'massive', 'massiven', 'umfangreich', 'umfangreiche', 'umfangreichen',
  ],
  namesBefore: false,
  troubleAuxiliaries: [],
  troubleDenials: [],
  things: [
    'server', '*server', 'website', 'webseite', '*webseite', 'homepage', 'app', 'apps', 'anwendung', 'dienst', 'dienste',
    'plattform', '*plattform', 'netz', '*netz', 'netzwerk', 'system', 'systeme', '*system', 'anmeldung', 'login',
    'portal', '*portal', 'internet', 'telefon', '*telefonie', 'datenbank', 'mail', 'e-mail', 'verbindung',
    'onlinebanking', 'online-banking',
  ],
  ownVoice: [
    'wir', 'uns', 'ich', 'unser team',
    // Unsere Leute bei der Arbeit sind auch wir („die Techniker sind weiterhin vor Ort“).
    'techniker*', 'monteur*', 'mitarbeiter*', 'einsatzkräfte',
    // Arbeit an der Sache ist auch unser Handeln („Server neu gestartet", „Migration der Datenbank").
    'neu gestartet', 'neustart', 'migration', 'migriert', '*wartung*', 'update', 'upgrade', 'umzug',
    // Wo wir informieren, ist keine Störung der genannten Sache („auf der Webseite finden Sie Informationen“).
    'informationen', 'infos', 'näheres',
  ],
};
