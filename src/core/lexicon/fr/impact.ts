// French impact statements in prose: a service that does not work, or people who cannot do something.
import type { ImpactLexicon } from '../types';

export const impact: ImpactLexicon = {
  statements: [
    // diag-102 : l'eau coupée (« coupure d'eau », « foyers privés d'eau »).
    "coupure d'eau", "coupures d'eau", "privés d'eau", "privées d'eau", 'sans eau', "distribution d'eau … interrompue",
    // diag-93 : un avis d'ébullition dit ce que les lecteurs ne peuvent pas faire de l'eau du robinet.
    "avis d'ébullition", 'avis de faire bouillir', "avis préventif d'ébullition",
    // diag-94 : des versions qui nuisent à qui les installe (« les versions malveillantes », « un changement cassant »).
    'version* malveillante*', 'paquet* malveillant*', 'version* compromise*', 'paquet* compromis', 'changement cassant', 'changement incompatible',
    // diag-98 (de l'anglais) : « la version 0.0.71 contenait du code malveillant ».
    'code malveillant', 'version* infectée*',
    // diag-108 (de l'anglais) : « les binaires infectés ont été retirés », « la somme de contrôle ne correspond pas ».
    'binaire* compromis', 'binaire* infecté*', 'somme de contrôle ne correspond pas', 'sommes de contrôle ne correspondent pas',
    // diag-100 (de l'anglais) : « les versions 2.6.2 et 2.6.3 publiées aujourd'hui sont compromises ».
    'sont compromises', 'ont été compromises', 'sont compromis',
    // diag-87 : ce qu'on a servi aux lecteurs, un certificat expiré (« les relais servaient le certificat expiré ») ;
    // un certificat dit expiré n'est que la cause.
    'servai* … certificat* expiré*', 'servi* … certificat* expiré*',
    // diag-26 : une part de ceux qu'on sert (« environ 10 % de nos clients ») dit qui est touché.
    '% de nos clients', '% des clients', '% de nos utilisateurs', '% des utilisateurs', '% de nos abonnés', '% des abonnés',
    // diag-23 : un incident survenu sur un de nos équipements, des données qu'on n'a pas pu récupérer.
    // diag-24 : « j'ai cassé mon serveur ».
    'cassé', 'est cassé*', 'ai cassé', 'a cassé',
    // diag-43 : des miroirs désynchronisés servent des fichiers périmés.
    'désynchronisé*',
    'survenu sur une de nos', 'survenu sur un de nos', 'survenu sur nos', 'survenue sur nos', 'incident sur une de nos',
    'incident sur un de nos', 'incident sur nos', 'incident affectant', 'pas pu récupérer', "n'avons pu récupérer",
    "n'ont pu récupérer", 'perte de données', 'données perdues',
    // A service's state.
    'indisponible*', 'inaccessible*', 'injoignable*', 'inutilisable*', 'hors service', 'hors ligne', 'en panne',
    'panne de', 'panne du', 'panne des', 'panne sur', 'panne affectant', 'est down', 'était down', 'sont down', 'down',
    'downtime', 'interruption*', 'interrompu*', 'coupure*', 'perturbation*', 'perturbé*', 'dégradé*', 'dégradation*',
    'ralenti*', 'lenteur*', 'dysfonctionnement*',
    'ne fonctionne pas', 'ne fonctionnent pas', 'ne fonctionne plus', 'ne fonctionnent plus', 'ne fonctionnait pas',
    'ne fonctionnaient pas', 'ne fonctionnait plus', 'ne répond pas', 'ne répondent pas', 'ne répond plus',
    "n'est pas accessible", "n'est plus accessible", "n'est pas disponible", "n'est plus disponible",
    "n'était pas accessible", "n'était pas disponible", "n'étaient pas accessibles", "n'étaient pas disponibles",
    'pas encore rétabli*', 'toujours indisponible*',
    // diag-107 (de l'anglais) : un lieu fermé faute de courant, des données perdues.
    'toujours pas rétabli*', 'sera fermé*', 'restera fermé*', 'resteront fermé*', 'nous avons perdu', 'on a perdu',
    'sera de nouveau disponible', 'sera à nouveau disponible', 'seront de nouveau disponibles',
    'sera de nouveau accessible', 'sera à nouveau accessible', 'seront de nouveau accessibles',
    // What goes wrong for the reader.
    'erreur*', 'échec*', 'échou*', 'retard*', 'délais', 'perte de connexion', 'perte de connectivité',
    'difficultés sur', "difficultés d'accès", 'difficultés pour', 'difficultés à', 'problème* de connexion',
    "problème* d'accès", 'impossible de', 'impossibilité de',
    // diag-14 : « les difficultés que vous avez rencontrées en essayant de vous connecter ».
    'en essayant de vous connecter', 'en essayant de se connecter', 'difficultés … rencontrées',
    // Who is affected.
    'pour certains utilisateurs', 'pour certains clients', 'chez certains', "d'autres non", "d'autres pas",
    'touché*', 'impacte*', 'impacté*', 'impactant', 'affecte*', 'affecté*', 'affectant', 'concerné*',
    // diag-47 : une panne qui empêche quelque chose (« un bug empêchant l'inscription »).
    'empêchant', 'empêche', 'empêchait', 'empêchaient',
    // diag-44 : la négation soutenue sans « pas » (« l'émission ne peut être diffusée »).
    'ne peut être', 'ne peuvent être', 'ne pouvait être', 'ne pouvaient être', 'ne pourra être', 'ne pourront être',
    'ne peuvent pas', 'ne peut pas', 'ne pouvaient pas', 'ne pouvait pas', 'ne pourront pas', 'ne pouvez pas',
    // diag-63 : la négation après le verbe (« certains comptes pouvaient ne pas être mis à jour »).
    'pouvaient ne pas', 'pouvait ne pas', 'peuvent ne pas', 'peut ne pas', 'pourraient ne pas',
    'ne peuvent plus', 'ne peut plus', 'ne pouvaient plus', "n'arrivent pas à", "n'arrive pas à", "n'arrivaient pas à",
    'reste* bloqué*', 'non traité*', 'pas été traité*', 'pas été envoyé*',
    // Une pièce qui a planté, une panne avec sa portée, et qui est touché au-delà des utilisateurs et clients.
    'planté', 'a planté', 'ont planté', 'crashé', 'tombé en panne', 'tombée en panne', 'tombés en panne', 'tombées en panne',
    // Spent sets: « HS » (hors service) as people write it, a server that crashes or will not start again.
    'est HS', 'sont HS', 'était HS', 'étaient HS', 'crasher', 'crashe', 'crashent', 'ne redémarre pas', 'ne redémarre plus', 'ne démarre plus',
    'est tombé', 'est tombée', 'sont tombés', 'ne marche pas', 'ne marche plus', 'ne marchent pas', 'ne marchent plus',
    'panne généralisée', 'panne générale', 'panne globale', 'panne totale', 'panne complète', 'panne majeure',
    'panne massive', 'panne … des', 'panne … du', 'panne … de la',
    'certains joueurs', 'certains étudiants', 'certains membres',
    'les joueurs … ne', 'les étudiants … ne', 'pour personne',
    // Ensembles de diagnostic (session 4) : l'état au pluriel ou après une négation plus longue, une panne située.
    'pas accessible*', 'plus accessible*', 'pas disponible*', 'plus disponible*', 'pas joignable*',
    'panne en', 'panne dans', 'panne au', 'panne aux', 'certaines personnes', 'certains usagers',
    'conséquences pour', 'privé* de', "privé* d'", 'sans accès', "pas d'accès", 'plus accès', 'ne parvien* pas', 'ne parvien* plus', 'ne parvenai* pas', 'ne parvenai* plus',
    "n'arriv* plus à", 'non affecté*', 'pas affecté*', 'pas touché*',
    // tune9 : une pièce abîmée ou coupée, « ne sont pas en mesure de ».
    'abîmé*', 'endommagé*', 'sectionné*', 'pas en mesure', 'plus en mesure',
    // diag-5/6 : « notre base de données a été volatilisée ».
    'a subi des', 'ont subi des', 'été volatilisé*', 'été détruit*', 'été supprimé*', 'été désactivé*', 'été suspendu*', 'été bloqué*',
    // diag-8 : la portée dite par ce qui a continué de marcher (« les numéros d'urgence sont restés fonctionnels »).
    'resté* fonctionnel*', 'resté* opérationnel*', 'resté* disponible*', 'resté* accessible*', 'continué de fonctionner', 'continué à fonctionner',
    // diag-9 : ce qui redeviendra opérationnel (« dès que la banque en ligne et l'application seront de nouveau
    // pleinement opérationnelles »), ce qui est en maintenance, et la portée par ce qui marche (« les autres activités
    // … fonctionnent normalement »).
    'sera de nouveau … opérationnel*', 'seront de nouveau … opérationnel*', 'sera à nouveau … opérationnel*', 'seront à nouveau … opérationnel*',
    'est en maintenance', 'sont en maintenance', 'actuellement en maintenance', 'avant leur remise en ligne', 'avant sa remise en ligne',
    'autres … fonctionnent normalement', 'autres … fonctionne normalement', 'les autres activités', 'les autres services',
  ],
  headingWords: ['impact', 'impacts', 'impacté*', 'concerné*', 'touché*', 'conséquence*'],
  // Un mot de panne avec ce qu'il a touché nommé à côté : « panne de ses services », « difficultés avec nos services ».
  troubleWords: [
    'panne', 'pannes', 'probleme', 'problemes', 'difficulte', 'difficultes', 'dysfonctionnement', 'dysfonctionnements',
    'perturbation', 'perturbations', 'interruption', 'interruptions', 'coupure', 'coupures', 'defaillance',
    'defaillances', 'indisponibilite', 'ralentissement', 'ralentissements', 'erreur', 'erreurs', 'souci', 'soucis',
    'bug', 'bugs', 'plantage', 'plantages', 'crash', 'crashs', 'panic', 'arret', 'arrets', 'accident', 'fermeture', 'incident technique', 'anomalie', 'anomalies', 'instabilite', 'instabilites',
    // diag-93 : « le blocage de la chaîne ».
    'blocage', 'blocages',
  ],
  troubleLinks: ['de', 'du', 'des', 'd', 'sur', 'avec', 'touchant', 'affectant', 'chez', 'dans', 'au', 'aux', 'pour'],
  emptyWords: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'ce', 'cet', 'cette', 'ces', 'notre', 'nos', 'votre',
    'vos', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'certains', 'certaines', 'plusieurs', 'quelques',
    'tous', 'toutes', 'tout', 'toute', 'aucun', 'aucune', 'autre', 'autres', 'meme', 'memes', 'tel', 'telle', 'nous',
    'vous', 'il', 'elle', 'ils', 'elles', 'on', 'importante', 'important', 'importantes', 'importants', 'majeure',
    'majeur', 'majeures', 'grave', 'graves', 'generale', 'general', 'generalisee', 'globale', 'global', 'totale', 'total',
    'complete', 'massive', 'partielle', 'partiel', 'temporaire', 'ponctuelle', 'ponctuel', 'breve', 'courte', 'longue',
    'soudaine', 'inattendue', 'imprevue', 'technique', 'techniques', 'informatique', 'informatiques', 'eventuelle',
    'eventuel', 'possible', 'connue', 'connu', 'nouvelle', 'nouveau', 'nouveaux', 'nouvelles', 'premiere', 'premier',
    'derniere', 'dernier', 'recente', 'recent', 'actuelle', 'actuel', 'grosse', 'gros', 'grande', 'grand', 'petite',
    'petit', 'legere', 'leger', 'serieuse', 'serieux', 'importance', 'cours', 'matin', 'soir', 'soiree', 'nuit',
    'journee', 'jour', 'jours', 'heure', 'heures', 'minutes', 'semaine', 'week', 'fin', 'debut', 'temps', 'moment',
    'part', 'cote', 'origine', 'nature', 'ordre', 'cause', 'source', 'sorte', 'type', 'ailleurs', 'lors',
    'suite', 'raison', 'niveau', 'mesure', 'attente', 'fait', 'quoi', 'cela', 'ceci', 'ca', 'lundi', 'mardi', 'mercredi',
    'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd', 'maintenant', 'et', 'ou', 'mais', 'qui', 'que',
  ],
  namesBefore: false,
  troubleAuxiliaries: [],
  troubleDenials: [],
  things: [
    'serveur', 'serveurs', 'site', 'sites', 'site web', 'site internet', 'application', 'applications', 'appli', 'api',
    'service', 'services', 'plateforme', 'plateformes', 'réseau', 'réseaux', 'système', 'systèmes', 'messagerie',
    'internet', 'téléphone', 'téléphonie', 'connexion', 'connexions', 'base de données', 'portail', 'banque en ligne',
  ],
  ownVoice: [
    'nous', 'on', 'je', "j'ai", 'notre équipe', 'nos équipes',
    // Nos gens au travail, c'est nous aussi (« les techniciens sont toujours sur place »).
    'technicien*', 'équipes techniques', 'ingénieur*',
    // Un travail sur la chose est aussi notre action (« base de données redémarrée », « migration du serveur »).
    'redémarr*', 'migr*', 'mise à jour', 'mise a jour', 'maintenance', 'renouvel*',
    // Où nous informons n'est pas une panne de la chose nommée (« le site web contient de l'information »).
    'information', 'informations', 'plus de détails',
  ],
};
