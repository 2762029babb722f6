// Vage Korrekturmaßnahmen (PM021): vage nur, wenn JEDES Wort ein vages Verb oder Füllwort ist ("Problem untersuchen").
import type { ActionsLexicon } from '../types';

export const actions: ActionsLexicon = {
  vagueVerbs: [
    'untersuchen', 'prüfen', 'überprüfen', 'beheben', 'analysieren', 'verbessern', 'beobachten', 'nachschauen',
    'ansehen', 'anschauen', 'angehen', 'vermeiden', 'klären', 'lösen', 'korrigieren', 'sorgfältiger', 'vorsichtiger',
  ],
  fillers: [
    'das', 'die', 'der', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'es', 'problem', 'probleme', 'fehler', 'vorfall',
    'störung', 'ausfall', 'bug', 'weiter', 'weitere', 'genauer', 'näher', 'mehr', 'besser', 'sich', 'ursache',
    'ursachen', 'situation', 'lage', 'überwachung', 'monitoring', 'prozess', 'prozesse', 'und', 'zu', 'wieder',
    'erneut', 'nicht', 'dass', 'damit', 'sein', 'achten', 'auf', 'künftig', 'zukünftig', 'genau', 'gründlich',
  ],
};
