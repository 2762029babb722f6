// Deutsch: die Ursache einem Dritten zuschieben (PM007). Nötig sind ein Dritter UND ein Ursachenwort daneben: eine
// neutrale Erwähnung („wir hosten bei Hetzner“) löst nichts aus. `*anbieter*`, `*dienstleister*` treffen auch
// Komposita (Cloud-Anbieter, E-Mail-Dienstleister).
import type { VendorBlameLexicon } from '../types';

export const vendorBlame: VendorBlameLexicon = {
  parties: [
    'upstream', 'vorgelagert* anbieter*', 'vorgelagert* provider*', 'unser* dienstleister*', 'unser* *dienstleister*', 'unser* *anbieter*', 'unser* provider*', 'unser* hoster*', 'unser* hosting-partner*',
    'unser* partner*', 'unser* lieferant*', 'unser* zulieferer*', 'unser* rechenzentrumsbetreiber*',
    'unser* netzbetreiber*', 'unser* carrier*', 'unser* cdn', 'drittanbieter*', '*drittanbieter*', 'dritt-anbieter*',
    'externe* dienstleister*', 'externe* anbieter*', 'dem anbieter', 'des anbieters', 'der anbieter', 'beim anbieter',
    'dem dienstleister', 'des dienstleisters', 'beim dienstleister', 'dritter seite',
    // compounds after an article: „der E-Mail-Dienstleister“, „beim Zahlungsanbieter“
    'der *dienstleister', 'dem *dienstleister', 'des *dienstleisters', 'beim *dienstleister', 'der *anbieter',
    'dem *anbieter', 'des *anbieters', 'beim *anbieter',
    // providers named without a possessive: „bei verschiedenen Providern“, „bei unserem IPv4-Netz-Dienstleister“
    '*provider*', '*hoster*', '*dienstleister*', 'rechenzentrumsbetreiber*', 'netzbetreiber*', 'der hoster', 'beim hoster',
    // partners and suppliers named by their trade: „eines Netzpartners“, „unseres Energieversorgers“, „mein Hoster“
    'netzpartner*', '*infrastrukturpartner*', 'kooperationspartner*', 'technologiepartner*', 'hostingpartner*',
    // tune8: „ein von einer Fremdfirma verursachter Kurzschluss“
    'fremdfirma', 'einer fremdfirma', 'externe* firma',
    '*versorger*', 'stadtwerke*', 'mein* hoster*', 'mein* provider*', 'mein* *anbieter*', 'mein* *dienstleister*',
  ],
  vendors: [
    'Hetzner', 'IONOS', 'Strato', 'Telekom', 'T-Systems', 'STACKIT', 'Open Telekom Cloud',
    // the big names of the German market: hosting, DNS, telecom, e-mail, payment
    'Deutsche Telekom', '1&1', 'United Internet', 'netcup', 'All-Inkl', 'Host Europe', 'Mittwald', 'DomainFactory', 'manitu',
    'Plusserver', 'noris network', 'DE-CIX', 'DENIC', 'Vodafone', 'O2', 'Telefónica', 'Versatel', 'GMX', 'WEB.DE', 'Posteo',
    'Klarna', 'Unzer', 'Concardis', 'Nexi',
  ],
  before: [
    'verursacht durch', 'verursacht von', 'ausgelöst durch', 'ausgelöst von', 'bedingt durch', 'aufgrund', 'auf grund',
    'wegen', 'zurückzuführen auf', 'ursache liegt bei', 'ursache war', 'ursache ist', 'ursache lag', 'grund ist', 'grund war', 'liegt bei',
    'lag bei', 'schuld', 'schuld bei', 'auf seiten', 'aufseiten', 'infolge',
    // diag-99: „seitens“ allein nennt oft nur, wer arbeitet („seitens der Stadtwerke wird mit Hochdruck an der Beseitigung
    // gearbeitet“); erst mit dem Fehler davor legt es die Ursache dorthin („ein Fehler seitens des Providers“).
    'fehler seitens', 'störung seitens', 'problem* seitens', 'ausfall seitens', 'versäumnis* seitens',
    'traten bei', 'trat bei', 'tritt bei', 'treten bei', 'entstand bei', 'entstanden bei', 'lagen bei', 'lag beim',
    'liegt beim', 'ursache lag beim', 'ursache liegt beim',
    'gab', 'gab es', 'beschädigt*',
    // the fault named first, the party last: „Schuld an dem Ausfall war ein defekter Knotenpunkt eines Netzpartners“
    'schuld … war', 'schuld … ist', 'ursache … war', 'ursache … ist', 'defekt* … eines', 'defekt* … des', 'ausfall … eines',
    'ausfall … des', 'ausfall bei unserem', 'serverausfall bei', 'grund war … von', 'störung … von',
    // der Dienst von der Störung des Anbieters getroffen: „betroffen durch einen Ausfall bei …“
    'betroffen durch', 'beeinträchtigt durch', 'getroffen durch',
  ],
  nearBefore: [
    'fehler bei', 'fehler des', 'fehler eines', 'fehler', 'störung bei', 'störung des', 'störung eines', 'störung',
    'ausfall bei', 'ausfall des', 'ausfall eines', 'ausfall', 'problem bei', 'probleme bei', 'problemen bei',
    'panne bei', 'defekt bei',
  ],
  after: [
    'verursacht', 'hat verursacht', 'ist verantwortlich', 'war verantwortlich', 'ist ausgefallen', 'war ausgefallen',
    'fiel aus', 'hatte einen ausfall', 'hat einen ausfall', 'hatte eine störung', 'hat eine störung', 'hatte probleme',
    'hat probleme', 'hatte einen fehler', 'hat einen fehler', 'ist gestört', 'war gestört', 'ist schuld', 'hat versagt',
    // „hat bestätigt(,) dass es eine Störung gab“: the comma is often left out
    'hat bestätigt, dass … störung', 'hat bestätigt, dass … ausfall', 'hat bestätigt, dass … fehler', 'bestätigte, dass … störung',
    'bestätigte, dass … ausfall',
    'hat bestätigt … störung', 'hat bestätigt … ausfall', 'hat bestätigt … fehler', 'bestätigte … störung', 'bestätigte … ausfall',
    'bestätigte … fehler', 'hat … störung bestätigt', 'hat … ausfall bestätigt', 'hat … fehler bestätigt', 'hat … vom netz genommen',
    'hatte eine panne', 'hat eine panne', 'ist down', 'war down', 'hat schwierigkeiten', 'hatte schwierigkeiten',
  ],
  nearAfter: ['ausfall*', 'störung*', 'fehler', 'probleme', 'panne'],
  sides: ['fehler auf ihrer seite', 'fehler auf seiner seite', 'problem auf ihrer seite', 'problem auf seiner seite'],
  shifting: [
    // tune7: Schadensersatz vom Betreiber oder Provider verlangen legt ihm die Schuld auf
    'schadensersatz* gegen', 'schadenersatz* gegen', 'schadensersatzforderung gegen', 'schadenersatzforderung gegen',
    // tune10: „weil wir ihn nicht zu vertreten haben“ — the fault disowned.
    'nicht zu vertreten',
    // diag-8: „die aber nicht die Telekom zu verantworten habe“ — the fault disowned by the speaker's own name.
    'nicht … zu verantworten',
    // in der ersten Person Singular, wie ein einzelner Betreiber schreibt (diag-23)
    'außerhalb meiner kontrolle', 'ausserhalb meiner kontrolle', 'nicht in meiner hand', 'nicht meine schuld',
    'außerhalb unserer kontrolle', 'ausserhalb unserer kontrolle', 'nicht in unserer hand', 'nicht in unserer macht',
    'nicht unser verschulden', 'ohne unser verschulden', 'nicht unsere schuld', 'liegt nicht bei uns',
    'nicht von uns verursacht', 'nicht von uns zu vertreten', 'nicht unsere verantwortung', 'trifft uns keine schuld',
    'verantwortung … liegt nicht bei uns',
    'nicht in unserer verantwortung',
    'außerhalb unseres einflussbereich*', 'ausserhalb unseres einflussbereich*', 'außerhalb unseres einflusses',
    'nicht in unserem einflussbereich', 'nicht auf unserer seite', 'nicht bei uns',
    'außerhalb des einflussbereich*', 'ausserhalb des einflussbereich*', 'außerhalb … einflussbereich*',
  ],
  helpless: [
    'konnten wir nichts tun', 'können wir nichts tun', 'können wir leider nichts', 'kann ich nichts tun', 'konnte ich nichts tun',
    'ich kann nichts tun', 'wir können nichts tun', 'wir können nur abwarten', 'können wir nur abwarten', 'kann ich nur abwarten',
    'bleibt uns nur abzuwarten', 'bleibt nur abzuwarten',
  ],
  general: ['in seltenen fällen', 'in seltenen situationen'],
  notParties: ['github-issue', 'github issue', 'gitlab-issue', 'github-ticket', 'statusseite'],
  ours: ['unser*', 'mein*'],
  determiners: ['unser*', 'mein*', 'der', 'die', 'das', 'dem', 'den', 'des', 'ein*'],
  owning: [
    // diag-113 (aus dem Englischen): unsere Abwehr stärken („unsere Abwehr gegen künftige Angriffe stärken“).
    'unsere abwehr', 'unseren schutz … verbessern',
    // diag-80: ein Einzelner, der es übernimmt („es ist meine Verantwortung“).
    'meine verantwortung', 'ich bin verantwortlich', 'ich übernehme die verantwortung',
    // diag-79: eine eigene Einstellung als falsch benannt („unsere Fehlkonfiguration der Liste“).
    'unsere fehlkonfiguration', 'von uns falsch konfiguriert', 'wir haben … falsch konfiguriert', 'falsch eingestellt',
    'unsere verantwortung', 'in unserer verantwortung', 'verantwortung übernehmen', 'übernehmen die verantwortung',
    'übernehmen wir die verantwortung', 'wir sind verantwortlich', 'verantwortlich sind wir', 'wir haben uns entschieden',
    'wir haben entschieden', 'unsere entscheidung', 'wir sind abhängig', 'wir verlassen uns', 'wir haben uns verlassen',
    'unsere abhängigkeit', 'unsere architektur', 'unsere konfiguration', 'single point of failure', 'nicht wiederholt',
    'nicht wieder passiert', 'nicht erneut', 'redundan*', 'zweiten anbieter', 'weiteren anbieter', 'failover',
    'unser fehler', 'unser versäumnis',
    // diag-134 (aus dem Englischen): unsere Seite erfüllte die neue Regel des Anbieters nicht („unsere Synchronisierung
    // enthielt diesen Header nicht“).
    'enthielt … nicht', 'enthielten … nicht', 'nicht konform',
  ],
};
