// Actions correctives vagues (PM021) : vague seulement si TOUS les mots sont des verbes vagues ou du remplissage.
import type { ActionsLexicon } from '../types';

export const actions: ActionsLexicon = {
  vagueVerbs: [
    'enquêter', 'investiguer', 'analyser', 'examiner', 'corriger', 'résoudre', 'regarder', 'vérifier',
    'surveiller', 'améliorer', 'éviter', 'revoir', 'étudier', 'traiter', 'vigilant', 'vigilants', 'attention',
  ],
  fillers: [
    'le', 'la', 'les', 'l', 'un', 'une', 'ce', 'cet', 'cette', 'cela', 'ça', 'sur', 'de', 'du', 'des', 'd', 'en',
    'problème', 'problèmes', 'incident', 'bug', 'bogue', 'anomalie', 'erreur', 'erreurs', 'panne', 'davantage',
    'plus', 'mieux', 'nouveau', 'à', 'cause', 'causes', 'racine', 'situation', 'surveillance', 'monitoring',
    'processus', 'et', 'que', 'se', 'reproduise', 'ne', 'pas', 'afin', 'pour', 'qu', 'il', 'faire', 'être',
    'prudent', 'prudents', 'détail', 'près', 'façon', 'approfondie',
  ],
};
