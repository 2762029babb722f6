// Deutsch: eine vermutete Ursache während der Untersuchung, ein versprochener Zeitpunkt der Behebung (PM010).
// Die regulären Ausdrücke lesen gefalteten Text (klein, ohne Umlautpunkte: ü → u, ß bleibt).
import type { SpeculationLexicon } from '../types';

const FIXED = String.raw`(?:behoben|gelost|wiederhergestellt|repariert|beseitigt|wieder verfugbar|wieder erreichbar|wieder online|wieder funktionsfahig|wieder normal|abgeschlossen|(?:alle\s+)?(?:versendet|zugestellt|verarbeitet)\s+sein)`;
const WHEN = String.raw`(?:(?:bis|gegen|um|innerhalb|in|vor|spatestens)\s+(?:\d|heute|morgen|mittag|ende|einer stunde|der nachsten|den nachsten|etwa \d|ca\. \d|spatestens \d)|im laufe (?:des|der) (?:tages|abends|vormittags|nachmittags|nacht|woche))`;

export const speculation: SpeculationLexicon = {
  hedges: [
    'vermutlich', 'wahrscheinlich', 'möglicherweise', 'vielleicht', 'offenbar', 'anscheinend', 'scheint', 'scheinen',
    'scheinbar', 'wir vermuten', 'wir glauben', 'wir denken', 'wir nehmen an', 'dürfte', 'dürften', 'mutmaßlich',
    'vermutet', 'vermutete', 'vermuteter', 'voraussichtlich', 'eventuell', 'wohl',
    // unpersönliche Vermutungen: „die Ursache wird im DNS vermutet“, „ich denke“, „es sieht so aus“
    'wird … vermutet', 'werden … vermutet', 'ich vermute', 'ich denke', 'ich glaube', 'es sieht so aus', 'sieht danach aus',
    'nach ersten erkenntnissen', 'nach erster einschätzung', 'erste analysen deuten',
    'womöglich', 'nach derzeitigem kenntnisstand', 'nach aktuellem kenntnisstand', 'nach jetzigem kenntnisstand', 'nach bisherigen erkenntnissen', 'nach aktuellem stand', 'nach jetzigem stand',
  ],
  causes: [
    'ursache*', '*ursache', 'verursacht', 'zurückzuführen', 'liegt … an', 'lag … an', 'liegt an', 'lag an', 'aufgrund',
    'wegen', 'ausgelöst', 'hängt … zusammen', 'zusammenhängen', 'zusammenhängt', 'grund', 'steckt … hinter',
    'steckt dahinter', 'verantwortlich', 'herrührt', 'rührt … her',
    'ein defekter', 'ein defektes', 'eine defekte', 'ein fehlerhafter', 'ein fehlerhaftes', 'eine fehlerhafte',
  ],
  hedgedCauses: [
    'vermutete ursache', 'mögliche ursache', 'wahrscheinliche ursache', 'vermutlich durch', 'wahrscheinlich durch',
    'vermutlich wegen', 'wahrscheinlich wegen', 'vermutlich aufgrund', 'wahrscheinlich aufgrund',
  ],
  promises: [
    new RegExp(String.raw`\b(?:wird|werden|sollte|sollten|durfte|durften|voraussichtlich)\b[^.!?\n]{0,40}?\b${WHEN}[^.!?\n]{0,40}?\b${FIXED}\b`, 'u'),
    new RegExp(String.raw`\b(?:rechnen mit|erwarten|planen)\s+(?:einer?\s+|die\s+|der\s+)?(?:losung|behebung|wiederherstellung|fehlerbehebung)\b[^.!?\n]{0,20}?\b${WHEN}`, 'u'),
    /\b(?:behebung|losung|wiederherstellung)\s+(?:ist\s+|wird\s+)?(?:bis|gegen|um|innerhalb)\s+\d[^.!?\n]{0,20}?\b(?:geplant|erwartet|zugesagt|vorgesehen)\b/u,
    // „werden voraussichtlich bis Ende der Woche dafür brauchen“: how long the repair takes, said as a date
    /\b(?:wird|werden|durfte|durften|voraussichtlich)\b[^.!?\n]{0,40}?\bbis\s+(?:ende|\d|morgen|heute|mittag|spatestens|zum)[^.!?\n]{0,40}?\b(?:brauchen|benotigen|dauern|andauern|in anspruch nehmen)\b/u,
  ],
  suspects: [
    // was eine Vermutung ohne Ursachenwort beschuldigt: „vermutlich ist die Festplatte voll“, „wohl ein Switch“
    'festplatte*', 'platte', 'ssd', 'raid', 'speichersystem*', 'netzwerkkarte', 'netzwerkschnittstelle', 'hardware*',
    'switch', 'router', 'firewall', 'dns', 'datenbank*', 'zertifikat', 'netzteil', 'stromausfall', 'stromversorgung',
    'kabel', 'glasfaser', 'rechenzentrum', 'hoster', 'provider', 'dienstleister', 'bug', 'fehlkonfiguration',
    'ddos', 'angriff', 'voll', 'defekt*', 'kaputt', 'beschädigt*', 'überlast*',
  ],
  expectations: [
    'wird', 'werden', 'sollte', 'sollten', 'dürfte', 'dürften', 'voraussichtlich', 'vermutlich', 'hoff*', 'erwart*',
    'rechne*', 'geplant', 'zuversichtlich',
  ],
  recoveries: [
    'behoben', 'wiederhergestellt', 'wieder erreichbar', 'wieder online', 'wieder verfügbar', 'wieder da', 'repariert',
    'gelöst', 'läuft wieder', 'laufen wieder', 'funktioniert wieder', 'funktionieren wieder', 'normalbetrieb',
    'beseitigt', 'beheben', 'wiederherstellen',
  ],
  times: [
    'morgen', 'übermorgen', 'heute abend', 'heute nacht', 'im laufe', 'bis', 'anfang der', 'ende der',
    'nächste woche', 'nächsten woche', 'kommende woche', 'kommenden woche', 'wochenende', 'montag', 'dienstag',
    'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'innerhalb', 'in den nächsten', 'in wenigen',
    'in einer stunde',
    // „wird bald wieder erreichbar sein“, „in Kürze behoben“
    // not „so bald wie möglich“, which promises no time
    'bald wieder', 'bald behoben', 'bald repariert', 'bald gelöst', 'bald zu beheben', 'in kürze', 'demnächst',
  ],
  // diag-26: „die Reparatur wird heute Nacht fortgesetzt“ nennt die Zeit der Arbeit, nicht der Behebung.
  workGoesOn: ['fortgesetzt', 'fortsetz*', 'beginn*', 'begonnen', 'starte*', 'gestartet', 'aufgenommen', 'weitergehen', 'geht … weiter', 'gehen … weiter'],
  scope: ['nur nutzer', 'nur kunden', 'nur benutzer', 'nur teilnehmer', 'nutzer von', 'kunden von', 'kunden mit', 'sind betroffen', 'betrifft nur', 'betroffen sind nur'],
  // diag-81: was wir bis zu einer Zeit wissen werden, keine Behebung („bis zum frühen Nachmittag wissen wir mehr“).
  checks: ['wissen wir mehr', 'mehr wissen', 'mehr informationen', 'näheres', 'um sicherzustellen', 'um zu prüfen', 'prüfen, ob', 'sicherstellen, dass', 'nachsehen, ob', 'nachschauen, ob'],
  pastSpanStarts: ['seit', 'gestern und'],
  // diag-135 (aus dem Englischen): „scheint wie ein Witz nach dem, was dem OVH-Rechenzentrum passiert ist“.
  figures: ['scheint wie ein witz', 'scheint wie ein schlechter witz', 'scheint ein witz zu sein', 'scheint ein schlechter witz zu sein'],
};
