// Deutsch: eine Aktualisierung nennt eine Umgehung oder sagt, dass es keine gibt (PM013).
import type { WorkaroundLexicon } from '../types';

export const workaround: WorkaroundLexicon = {
  phrases: [
    // diag-105: eine einfache Anweisung, die über den Fehler hinweghilft („drücken Sie einfach (B), um die Prüfung zu überspringen“).
    'drücken sie einfach', 'klicken sie einfach', 'einfach … drücken', 'bitte aktualisieren sie',
    // diag-110 (aus dem Englischen): die Schritte, um ohne das Ausgefallene auszukommen („führen Sie folgenden Befehl aus“).
    'führen sie folgenden befehl aus', 'führen sie den folgenden befehl aus', 'folgenden befehl ausführen',
    // diag-104: ein geltendes Abkochgebot ist ein bleibender Rat („für die betroffenen Häuser gilt ein Abkochgebot“).
    'gilt … abkochgebot', 'abkochgebot … gilt', 'abkochgebot … in kraft', 'abkochempfehlung',
    // diag-102: was weiterläuft, schlicht gesagt („die Mensa gibt das Abendessen wie geplant aus, sie hat Strom“).
    'wie geplant', 'haben weiterhin strom', 'hat weiterhin strom', 'haben noch strom', 'hat noch strom',
    // diag-98 (aus dem Englischen): was die Störung verschont („eingehende Anrufe scheint das nicht zu betreffen“).
    'betrifft nicht', 'betrifft … nicht', 'scheint … nicht zu betreffen',
    // diag-97 (aus dem Englischen): der Dienst läuft auf dem, was bleibt („wird nur noch von einem Server bereitgestellt“).
    'nur noch von einem', 'nur noch über einen', 'von den verbleibenden',
    // diag-93: Wasser vor dem Trinken abkochen („bitte kochen Sie das Wasser ab“), eine anderswo gespeicherte Kopie
    // der Seite („der Google-Cache hilft weiter“).
    'abkochen', 'kochen sie … ab', 'abgekocht*', 'google-cache', 'cache von google', 'zwischengespeicherte version',
    // Ein Rat an die Leser, was sie bis dahin tun können („Sie müssen die Leitungen spülen", „bitte prüfen Sie",
    // „die Anwohner werden gebeten, Wasser zu sparen").
    // diag-87: ein Teil läuft, während ein anderer ausgefallen ist („die Website ist online, aber die Datenbank antwortet nicht“).
    'ist online, aber', 'sind online, aber', 'ist erreichbar, aber', 'sind erreichbar, aber',
    'sie müssen', 'müssen sie', 'sie sollten', 'sollten sie', 'wir bitten sie', 'bitten wir sie', 'werden gebeten',
    'wird gebeten', 'bitte prüfen', 'bitte überprüfen', 'bitte leeren', 'bitte starten sie', 'bitte vermeiden',
    'wasser sparen',
    'wir empfehlen', 'empfehlen wir', 'wir raten', 'raten wir', 'ist funktionsfähig', 'sind funktionsfähig',
    'können sie', 'sie weiterhin', 'sie … weiterhin unter', 'weiterhin nutzen', 'weiterhin verwenden', 'weiterhin erreichbar', 'weiterhin funktionsfähig', 'weiterhin nutzbar', 'können … weiterhin', 'nicht betroffen', 'unbeeinträchtigt', 'erneut versuchen', 'erneut* versuch*', 'versuchen sie es erneut', 'funktioniert normal', 'funktionieren normal',
    // diag-53: der andere Weg, den Nutzer nehmen müssen („die meisten Nutzer müssen vorerst die Einzelstationen nutzen“).
    'müssen … nutzen', 'müssen … verwenden',
    // diag-51: wer noch versorgt ist („alle Kunden außer denen im genannten Gebiet haben Wasser“).
    'alle kunden außer', 'alle nutzer außer', 'alle außer',
    // diag-45: während der Rest noch fehlt, geht das Wichtigste schon wieder („Spielen sollte wieder normal funktionieren“).
    'sollte wieder normal funktionieren', 'sollte wieder normal laufen',
    // Ein Rat, der oft hilft: das Gerät neu starten (Sitzung 5).
    'neu gestartet werden', 'neu starten', 'neustart des routers', 'weiterhin uneingeschränkt', 'weiterhin … nutzbar', 'wieder vorbei', 'später erneut', 'später noch einmal',
    'workaround', 'workarounds', 'umgehung*', '*umgehung', 'umgehen', 'übergangslösung', 'ausweichlösung', 'notlösung', 'ausweich*', '*ausweichmöglichkeit*',
    'alternative', 'alternativen', 'alternativ', 'in der zwischenzeit können sie', 'zwischenzeitlich können sie',
    'bis dahin', 'können sie weiterhin', 'sie können', 'kannst du', 'du kannst', 'könnt ihr', 'ihr könnt', 'andere* adresse*', 'können sie stattdessen', 'können sie … nutzen', 'können sie … verwenden',
    'bitte nutzen sie', 'bitte verwenden sie', 'bitte weichen sie', 'nutzen sie', 'verwenden sie', 'weichen sie', 'weiterhin verfügbar', 'weiterhin möglich',
    'funktioniert weiterhin', 'funktionieren weiterhin', 'kein workaround', 'keine umgehung*', 'keine alternative',
    'vorerst keine lösung', 'derzeit keine lösung', 'aktuell keine lösung',
    'keine aktion erforderlich', 'keine maßnahmen erforderlich', 'müssen sie nichts tun', 'nichts unternehmen',
    // diag-16 bis diag-20: eine andere Adresse, die geht, eine Einstellung von Hand, ein direkter Draht, ein eigener Rat.
    'neue* adresse', 'temporäre adresse', 'vorübergehende adresse', 'ist erreichbar unter', 'bitte … manuell',
    'wenden sie sich direkt', 'kontaktieren sie uns direkt', 'kontaktieren sie uns umgehend', 'ich empfehle', 'ich rate', 'laufen normal', 'läuft normal',
    // diag-22: andere Instanzen, die laufen, und was noch funktioniert.
    'andere … verfügbar', 'andere … erreichbar', 'noch funktionsfähig', 'weiterhin in betrieb',
    // diag-24: die Filiale oder der Schalter als anderer Weg.
    'in den filialen', 'in den … filialen', 'in der filiale', 'in unseren filialen', 'am schalter',
    'übergangsweise', 'vorübergehende maßnahme*', 'als übergangsmaßnahme', 'übergangsmaßnahme*',
  ],
  names: ['workaround*', 'umgehung*', '*umgehung', 'umgehen', 'übergangslösung*', 'ausweich*', 'notlösung*', 'alternative*', 'alternativ'],
  stillWords: ['weiterhin', 'noch', 'nach wie vor', 'immer noch', 'bleibt', 'bleiben', 'wie gewohnt', 'wie üblich',
    // diag-134 (aus dem Englischen): „die Ablehnungsquote bei Formularen liegt im normalen Bereich“.
    'im normalen bereich', 'im üblichen rahmen', 'im rahmen der erwartungen'],
  stillNot: ['rücknahme', 'rollback', 'reparatur*', 'fehler*', 'behebung', 'korrektur', 'analyse', 'untersuchung', 'wiederherstellung', 'migration', 'update', 'hoch', 'erhöht', 'langsam*', 'verzöger*', 'in arbeit', 'andauer*', 'betroffen', 'beeinträchtigt', 'gestört', 'problem*', '*störung*'],
  // diag-77: „der Issue-Tracker bleibt erreichbar“.
  toolNames: ['issue-tracker', 'issue tracker', 'fehlerverfolgung', 'fehlerdatenbank', 'fehlerprotokoll*', 'bugtracker'],
};
