// French words of a hosted status page's history as a person copies it (Import Incident from Status Page).
import type { StatusPageLexicon } from '../types';

export const statusPage: StatusPageLexicon = {
  posted: ['publié', 'publié le', 'posté', 'posté le'],
  otherLabels: ['mise à jour', 'post-mortem', 'postmortem', 'planifié', 'en cours', 'vérification', 'terminé'],
  months: [['janv'], ['févr', 'fevr'], ['mars'], ['avr'], ['mai'], ['juin'], ['juil'], ['août', 'aout'], ['sept'], ['oct'], ['nov'], ['déc', 'dec']],
  affected: ['cet incident a affecté', 'composants concernés', 'composants affectés'],
  postmortemHeading: 'Post-mortem',
  notesHeading: 'Notes',
};
