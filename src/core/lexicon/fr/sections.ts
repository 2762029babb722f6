// French section headings (lower case). Matched exactly, or as the start of a longer heading.
import type { SectionLexicon } from '../types';

export const sections: SectionLexicon = {
  summary: ['résumé', 'synthèse', 'en bref', 'aperçu', 'ce qui s\'est passé'],
  impact: ['impact', 'impact client', 'impact pour les clients', 'conséquences', 'périmètre', 'services concernés'],
  updates: ['mises à jour', 'mise à jour', 'points de situation', 'historique des mises à jour'],
  timeline: ['chronologie', 'déroulé', 'déroulement', 'calendrier des événements', 'fil des événements'],
  rootCause: ['cause', 'causes', 'cause racine', 'cause première', 'cause profonde', 'causes profondes', 'analyse des causes', 'origine'],
  resolution: ['résolution', 'rétablissement', 'remédiation', 'retour à la normale'],
  correctiveActions: ['actions correctives', 'mesures correctives', 'actions correctives et préventives', 'plan d\'action', 'actions de suivi', 'prochaines étapes', 'mesures préventives',
    'ce que nous avons changé', 'ce que nous avons corrigé', 'ce que nous changeons', 'les changements apportés', 'actions menées', 'mesures prises'],
  contact: ['contact', 'contacts', 'nous contacter', 'questions'],
  workaround: ['solution de contournement', 'solutions de contournement', 'contournement', 'palliatif', 'solution temporaire'],
  // diag-161: a report's Authors section ("## Author(s)", "- Jane Doe <jane@example.com>") signs it.
  authors: ['auteur', 'auteurs'],
};
