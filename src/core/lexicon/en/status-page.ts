// English words of a hosted status page's history as a person copies it (Import Incident from Status Page).
import type { StatusPageLexicon } from '../types';

export const statusPage: StatusPageLexicon = {
  posted: ['posted', 'posted on', 'published'],
  otherLabels: ['update', 'postmortem', 'post-mortem', 'scheduled', 'in progress', 'verifying', 'completed'],
  months: [['jan'], ['feb'], ['mar'], ['apr'], ['may'], ['jun'], ['jul'], ['aug'], ['sep'], ['oct'], ['nov'], ['dec']],
  affected: ['this incident affected', 'affected components'],
  postmortemHeading: 'Postmortem',
  notesHeading: 'Notes',
};
