// Deutsch: die Ursache einem Dritten zuschieben (PM007). Nötig sind ein Dritter UND ein Ursachenwort daneben: eine
// neutrale Erwähnung („wir hosten bei Hetzner“) löst nichts aus. `*anbieter*`, `*dienstleister*` treffen auch
// Komposita (Cloud-Anbieter, E-Mail-Dienstleister).
import type { VendorBlameLexicon } from '../types';

export const vendorBlame: VendorBlameLexicon = {
  parties: [
    'unser* dienstleister*', 'unser* *dienstleister*', 'unser* *anbieter*', 'unser* provider*', 'unser* hoster*', 'unser* hosting-partner*',
    'unser* partner*', 'unser* lieferant*', 'unser* zulieferer*', 'unser* rechenzentrumsbetreiber*',
    'unser* netzbetreiber*', 'unser* carrier*', 'unser* cdn', 'drittanbieter*', '*drittanbieter*', 'dritt-anbieter*',
    'externe* dienstleister*', 'externe* anbieter*', 'dem anbieter', 'des anbieters', 'der anbieter', 'beim anbieter',
    'dem dienstleister', 'des dienstleisters', 'beim dienstleister', 'dritter seite',
    // compounds after an article: „der E-Mail-Dienstleister“, „beim Zahlungsanbieter“
    'der *dienstleister', 'dem *dienstleister', 'des *dienstleisters', 'beim *dienstleister', 'der *anbieter',
    'dem *anbieter', 'des *anbieters', 'beim *anbieter',
  ],
  vendors: ['Hetzner', 'IONOS', 'Strato', 'Telekom', 'T-Systems', 'STACKIT', 'Open Telekom Cloud'],
  before: [
    'verursacht durch', 'verursacht von', 'ausgelöst durch', 'ausgelöst von', 'bedingt durch', 'aufgrund', 'auf grund',
    'wegen', 'zurückzuführen auf', 'ursache liegt bei', 'ursache war', 'ursache ist', 'ursache lag', 'grund ist', 'grund war', 'liegt bei',
    'lag bei', 'schuld', 'schuld bei', 'seitens', 'auf seiten', 'aufseiten', 'infolge',
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
  ],
  nearAfter: ['ausfall*', 'störung*', 'fehler', 'probleme', 'panne'],
  sides: ['fehler auf ihrer seite', 'fehler auf seiner seite', 'problem auf ihrer seite', 'problem auf seiner seite'],
  shifting: [
    'außerhalb unserer kontrolle', 'ausserhalb unserer kontrolle', 'nicht in unserer hand', 'nicht in unserer macht',
    'nicht unser verschulden', 'ohne unser verschulden', 'nicht unsere schuld', 'liegt nicht bei uns',
    'nicht von uns verursacht', 'nicht von uns zu vertreten', 'konnten wir nichts tun', 'nicht unsere verantwortung',
    'nicht in unserer verantwortung',
  ],
  owning: [
    'unsere verantwortung', 'in unserer verantwortung', 'verantwortung übernehmen', 'übernehmen die verantwortung',
    'übernehmen wir die verantwortung', 'wir sind verantwortlich', 'verantwortlich sind wir', 'wir haben uns entschieden',
    'wir haben entschieden', 'unsere entscheidung', 'wir sind abhängig', 'wir verlassen uns', 'wir haben uns verlassen',
    'unsere abhängigkeit', 'unsere architektur', 'unsere konfiguration', 'single point of failure', 'nicht wiederholt',
    'nicht wieder passiert', 'nicht erneut', 'redundan*', 'zweiten anbieter', 'weiteren anbieter', 'failover',
    'unser fehler', 'unser versäumnis',
  ],
};
