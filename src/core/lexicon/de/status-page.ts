// German words of a hosted status page's history as a person copies it (Import Incident from Status Page).
import type { StatusPageLexicon } from '../types';

export const statusPage: StatusPageLexicon = {
  posted: ['veröffentlicht', 'veröffentlicht am', 'gepostet', 'gepostet am'],
  otherLabels: ['aktualisierung', 'update', 'postmortem', 'post-mortem', 'geplant', 'in bearbeitung', 'wird geprüft', 'abgeschlossen'],
  months: [['jan'], ['feb'], ['mär', 'mrz', 'maer'], ['apr'], ['mai'], ['jun'], ['jul'], ['aug'], ['sep'], ['okt'], ['nov'], ['dez']],
  affected: ['dieser vorfall betraf', 'betroffene komponenten'],
  postmortemHeading: 'Postmortem',
  notesHeading: 'Anmerkungen',
};
