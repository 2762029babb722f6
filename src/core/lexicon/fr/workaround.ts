// Français : une mise à jour propose un contournement ou dit qu'il n'y en a pas (PM013).
import type { WorkaroundLexicon } from '../types';

export const workaround: WorkaroundLexicon = {
  phrases: [
    // diag-105 : une consigne simple qui fait passer l'obstacle (« il suffit d'appuyer sur (B) pour passer la vérification »).
    "il suffit d'appuyer", 'appuyez simplement', 'cliquez simplement', 'veuillez mettre à jour',
    // diag-110 (de l'anglais) : les étapes pour se passer de ce qui est en panne (« lancez la commande suivante »).
    'lancez la commande', 'exécutez la commande', 'lancez ceci', 'exécutez ceci',
    // diag-104 : un avis d'ébullition dit en vigueur ou en cours est un conseil permanent (« un avis d'ébullition est présentement en cours »).
    "avis d'ébullition … en vigueur", "avis d'ébullition … en cours", "avis d'ébullition préventif … en vigueur",
    // diag-102 : ce qui fonctionne encore, dit simplement (« le restaurant servira le dîner comme prévu, il a du courant »).
    'comme prévu', "comme d'habitude", 'ont encore du courant', 'a encore du courant', 'ont du courant', 'a du courant',
    // diag-98 (de l'anglais) : ce que la panne épargne (« cela ne semble pas affecter les appels entrants »).
    "n'affecte pas", "ne semble pas affecter", "n'affecte … pas",
    // diag-97 (de l'anglais) : le service maintenu sur ce qui reste (« le service est assuré par un seul serveur »).
    'assuré par un seul', 'assurée par un seul', 'assuré uniquement par', 'assurée uniquement par', 'assuré par les serveurs restants',
    // diag-93 : faire bouillir l'eau avant de la boire (« faites-la bouillir deux minutes »), une copie du site gardée
    // ailleurs (« le cache de Google peut aider »).
    'faire bouillir', 'faites bouillir', 'faites-la bouillir', 'cache de google', 'version en cache', 'copie en cache',
    // Un conseil aux lecteurs sur quoi faire en attendant (« vous devrez purger vos canalisations », « merci de
    // vérifier », « les usagers sont invités à économiser l'eau »).
    // diag-87 : une partie en ligne pendant qu'une autre est en panne (« le site est en ligne, mais la base ne répond pas »).
    'est en ligne, mais', 'sont en ligne, mais', 'est en ligne mais', 'sont en ligne mais',
    'vous devrez', 'il vous faudra', 'vous devriez', 'nous vous demandons de', 'sont invités à', 'est invité à',
    'sont priés de', 'est prié de', 'merci de vérifier', 'veuillez vérifier', 'veuillez vider', 'veuillez redémarrer',
    'veuillez rafraîchir', 'veuillez éviter', "économiser l'eau",
    // diag-53 : l'autre chemin que les utilisateurs doivent prendre (« la plupart des utilisateurs devront utiliser les stations seules »).
    'devront utiliser', 'doivent utiliser', 'devront passer par', 'doivent passer par',
    // diag-51 : qui est encore servi (« tous les clients sauf ceux du secteur ont de l'eau »).
    'tous les clients sauf', 'tous les utilisateurs sauf', 'tous sauf',
    'réitér*', 'renouvel* … appel*', 'est fonctionnel*', 'sont fonctionnel*', 'reste fonctionnel*', 'restent fonctionnel*', 'en attendant', 'privilégiez', 'nous recommandons', 'nous conseillons', 'vous invitons à',
    'vous pouvez', 'tu peux', 'tu pourras', 'fonctionnent toujours', 'fonctionne encore', 'toujours fonctionnel*', 'pas affecté*', 'pas concerné*', 'non affecté*', 'non concerné*', 'réessay*', 'continue* de fonctionner', 'reste* accessible*', 'aucun contournement',
    // Ce qui se fait encore, au passif (« vos demandes peuvent être réalisées sur place ») (session 5).
    'peuvent être réalisé*', 'peut être réalisé*', 'peuvent être effectué*', 'peut être effectué*', 'peuvent être fait*',
    'contournement', 'contourner', 'solution de contournement', 'solution temporaire', 'solution de repli', 'palliatif',
    'en attendant vous pouvez', 'en attendant, vous pouvez', 'vous pouvez toujours', 'vous pouvez encore',
    'vous pouvez utiliser', 'vous pouvez passer', 'vous pouvez réessayer', 'merci d\'utiliser', 'veuillez utiliser',
    'alternative', 'alternatives', 'à la place', 'aucune solution de contournement',
    'pas de solution de contournement',
    "pas de solution pour l'instant", 'pas de solution pour le moment', "aucune solution pour l'instant",
    'aucune solution pour le moment', 'aucune action', "n'avez rien à faire", 'rien à faire de votre côté',
    'fonctionne toujours', 'reste disponible', 'restent disponibles', 'toujours disponible',
    // diag-62 : ce qui tourne encore (« le service continue de tourner, la liste reste consultable sans souci »).
    'continue* de tourner', 'accessible* sans souci*',
    // diag-16 à diag-20 : une autre adresse qui marche, un réglage à faire soi-même, un contact direct, un conseil.
    'nouvelle adresse', 'adresse temporaire', 'adresse provisoire', 'adresse de secours', 'veuillez … manuellement',
    'merci de … manuellement', 'contactez-moi directement', 'contactez-nous directement', 'contactez-nous immédiatement', 'je recommande',
    'je conseille', 'je vous conseille', 'fonctionne bien', 'fonctionnent bien',
    // diag-22 : d'autres instances qui marchent, ce qui reste fonctionnel.
    "d'autres … disponibles", "d'autres … fonctionnent", 'toujours opérationnel*',
    // diag-24 : l'agence ou le guichet comme autre voie.
    'en agence', 'dans nos agences', 'au guichet',
    'mesure* provisoire*', 'à titre provisoire', 'mesure* temporaire*', 'fonctionnent normalement', 'fonctionne normalement', 'refonctionne normalement',
  ],
  names: ['contournement', 'contourner', 'solution* de contournement', 'solution* temporaire*', 'solution* de repli', 'palliatif*', 'alternative*'],
  stillWords: ['toujours', 'encore', 'continue* de', 'continue* à', 'reste', 'restent', 'demeure*', 'normalement', "comme d'habitude",
    // diag-134 (de l'anglais) : « le taux de refus des formulaires reste dans la normale ».
    'dans la normale', 'dans les normes', 'conforme aux attentes'],
  stillNot: ['retour arrière', 'réparation*', 'correctif*', 'correction', 'enquête', 'analyse', 'rétablissement', 'restauration', 'migration', 'déploiement', 'mise à jour', 'erreur*', 'échec*', 'élevé*', 'lent*', 'lenteur*', 'retard*', 'en cours', 'affecté*', 'impacté*', 'perturbé*', 'indisponible*', 'problème*', 'panne*'],
  // diag-77 : « le suivi des problèmes reste accessible ».
  toolNames: ['suivi des problèmes', 'suivi des bugs', 'suivi des incidents', 'journal des erreurs', 'journaux d\'erreurs'],
};
