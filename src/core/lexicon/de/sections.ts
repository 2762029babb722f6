// German section headings (lower case). Matched exactly, or as the start of a longer heading.
import type { SectionLexicon } from '../types';

export const sections: SectionLexicon = {
  summary: ['zusammenfassung', 'überblick', 'übersicht', 'kurzfassung', 'was ist passiert'],
  impact: ['auswirkungen', 'auswirkung', 'auswirkungen auf kunden', 'kundenauswirkungen', 'betroffene dienste', 'umfang'],
  updates: ['aktualisierungen', 'updates', 'statusmeldungen', 'status-updates', 'statusupdates', 'verlauf der meldungen'],
  timeline: ['zeitleiste', 'zeitlicher ablauf', 'chronologie', 'ablauf', 'zeitverlauf'],
  rootCause: ['ursache', 'ursachen', 'grundursache', 'hauptursache', 'ursachenanalyse', 'fehlerursache'],
  resolution: ['lösung', 'behebung', 'wiederherstellung', 'störungsbehebung', 'entstörung'],
  correctiveActions: ['korrekturmaßnahmen', 'korrekturmassnahmen', 'maßnahmen', 'massnahmen', 'abhilfemaßnahmen', 'gegenmaßnahmen', 'vorbeugende maßnahmen', 'nächste schritte',
    'was wir geändert haben', 'was wir behoben haben', 'was wir ändern', 'was sich ändert', 'ergriffene maßnahmen', 'getroffene maßnahmen'],
  contact: ['kontakt', 'ansprechpartner', 'fragen'],
  workaround: ['workaround', 'umgehungslösung', 'umgehung', 'übergangslösung', 'zwischenlösung'],
  // diag-161: a report's Authors section ("## Author(s)", "- Jane Doe <jane@example.com>") signs it.
  authors: ['autor', 'autoren', 'autorin'],
};
