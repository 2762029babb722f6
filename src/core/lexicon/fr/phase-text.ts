// Mots de phase dans le texte d'une mise à jour (voir ../phase-text.ts pour les familles).
import type { PhaseTextLexicon } from '../types';
import { recoveryState } from './recovery-state';

export const phaseText: PhaseTextLexicon = {
  ongoing: [
    // diag-103 : la réparation se poursuit, l'eau reste coupée (« l'eau reste coupée et pourrait l'être encore quelques heures »).
    'continue de travailler … réparation', 'continuent de travailler … réparation', 'reste coupée', 'restent coupées', 'reste coupé', 'restent coupés',
    'encore quelques heures',
    // diag-102 : la restauration encore en retard pour certains (« des retards dans la restauration de ces 9 paquets »).
    'retards dans la restauration', 'retard dans la restauration', 'retards dans le rétablissement', 'retard dans le rétablissement',
    // diag-101 : le service dit encore instable (« le serveur peut être instable tant que l'affluence dure »).
    'peut être instable', 'peut encore être instable', 'pourrait être instable', "risque d'être instable",
    // diag-101 : le remède promis sous peu (« nous devrions publier une version corrigée sous peu ») est encore à venir.
    'version corrigée … sous peu', 'version corrigée … prochainement', 'devrait être disponible sous peu',
    'sera disponible sous peu', 'devrait être en ligne sous peu', 'sera en ligne sous peu',
    // Un avis qui sera levé plus tard reste en vigueur (« sera levé dès que … »).
    'sera levé', 'sera levée', 'seront levés', 'seront levées',
    // diag-88 : le trouble revenu après une correction (« nous avons de nouveau le même problème »).
    'de nouveau le même problème', 'à nouveau le même problème', 'le problème est revenu', 'le problème est de retour', 'le problème réapparaît',
    // diag-94 : un rétablissement de presque tout est partiel (« presque tous les courriels ont été récupérés »).
    'presque tous … récupéré*', 'presque toutes … récupéré*', 'presque tous … rétabli*', 'presque toutes … rétabli*',
    // Seizième session : la panne dite comme durable (« encore privés de courant », « toujours impossible »).
    'encore privé*', 'toujours privé*', 'toujours sans', 'toujours impossible', 'en train de réparer', 'en train de rétablir',
    'observons des', 'observons de nouveaux', 'constatons des', 'constatons de nouveaux',
    // diag-86 : des problèmes qui dureront encore (« les lenteurs devraient persister jusqu'à l'arrivée des serveurs »).
    'devraient persister', 'vont persister', 'persisteront', 'continueront jusqu',
    // diag-74 : une correction qui doit encore se propager (« il faudra quelques heures pour que le changement se propage »).
    'le temps de se propager', 'pour … se propage*', 'que … se propage*',
    // diag-75 : le rétablissement avec réserve, mais pour plus tard (« devrait refonctionner demain »).
    'refonctionner demain', 'refonctionner … demain', 'refonctionner ce soir', "refonctionner d'ici", 'de nouveau demain',
    // diag-72 : un rétablissement seulement commencé (« les services commencent à se rétablir »).
    'commence* à se rétablir', 'commence* à revenir', 'commence* à refonctionner',
    ...recoveryState.pending,
    'résolu dans les', 'rétabli dans les', 'rétabli d\'ici', 'encore touché*', 'encore affecté*', 'encore perturbé*', 'rétablissement … prévu', 'retour … prévu', 'prévu pour le', 'prévue pour le',
    'prenne un certain temps', 'prendre un certain temps',
    // diag-46 : « nous mettons tout en œuvre pour rétablir … » : le travail continue.
    'mettons tout en œuvre', 'mettons tout en oeuvre', 'faisons tout notre possible', 'faisons le maximum',
    'est présentement en panne', 'est actuellement en panne', 'toujours indisponible',
    'toujours en panne', 'toujours inaccessible', 'pas encore rétabli*', 'pas encore résolu*', 'impacte actuellement', 'est actuellement', 'sont actuellement', 'en attente d\'une réparation', 'n\'est pas terminé',
    'n\'est pas terminée', 'pas terminé', 'devrait repartir', 'devrait être rétabli*', 'devrait revenir', 'sera rétabli*',
    'sera de nouveau', 'estime la résolution', 'nous travaillons', 'travaille à', 'nous attendons la correction',
    'en cours de résolution', 'en cours d\'investigation', 'nous sommes conscients', 'il y a un downtime',
    'sont en cours', 'en cours de rétablissement',
    'partiellement résolu*', 'en grande partie', 'majoritairement rétabli*', 'toujours en cours',
    // diag-173 (de l'anglais) : revenu, mais plus lent que d'habitude.
    "plus lentement que d'habitude", 'plus lentement que la normale', "plus lent que d'habitude", 'plus lente que la normale',
  ],
  impaired: [
    'est en panne', 'sont en panne', 'est indisponible', 'sont indisponibles', 'est inaccessible', 'sont inaccessibles', 'est down', 'ne fonctionne pas', 'ne fonctionnent pas', 'ne fonctionne plus',
  ],
  recovered: [
    // diag-81 : la fin d'un avis (« avis d'ébullition levé », « la restriction a été levée »).
    'a été levé', 'a été levée', 'ont été levés', 'ont été levées', 'est levé', 'est levée',
    // diag-93 : « l'avis d'ébullition émis le 16 août est maintenant levé ».
    'est maintenant levé*', 'sont maintenant levé*', 'est désormais levé*', 'sont désormais levé*',
    // diag-77 : trouvé déjà rétabli (« en fait, c'était déjà revenu ! »).
    'déjà revenu', 'était déjà de retour', 'déjà de nouveau en ligne',
    ...recoveryState.recovered,
    // diag-75 : un rétablissement dit avec une réserve sur le présent (« tout semble rétabli », « cela devrait refonctionner »).
    // diag-89 : le trouble disparu de lui-même (« le problème s'est résolu de lui-même »).
    's\'est résolu de lui-même', 's\'est résolue d\'elle-même', 'rentré dans l\'ordre de lui-même', 'semble s\'être résolu',
    'semble résolu', 'semble résolue', 'semble rétabli', 'semble rétablie', 'semble de nouveau fonctionner', 'devrait refonctionner', 'devrait fonctionner de nouveau',
    "c'est stable", 'est à nouveau stable', 'stable à présent',
    'est résolu', 'est résolue', 'a été résolu', 'a été résolue', 'est rétabli', 'est rétablie', 'a été rétabli',
    'a été rétablie', 'sont rétablis', 'de nouveau disponible*', 'de nouveau accessible*', 'de nouveau opérationnel*',
    'fonctionne* à nouveau', 'fonctionne* de nouveau', 'marche* à nouveau', 'remarche*', 'tout est opérationnel', 'tout est rentré dans l\'ordre',
    'rentré dans l\'ordre', 'c\'est reparti', 'est reparti', 'c\'est fixé', 'est corrigé', 'a été corrigé',
    'incident terminé', 'incident est terminé', 'incident clos', 'retour à la normale', 'revenu* à la normale',
    'semble réglé', 'est réglé', 'a été réglé',
    // diag-7 : « C'est relancé. »
    "c'est relancé", 'a été relancé', "c'est redémarré",
    // diag-36 : « je l'ai relancé », dit par celui qui a remis le service en marche.
    "je l'ai relancé", "je l'ai redémarré", "nous l'avons relancé", "nous l'avons redémarré",
    'de nouveau joignable*', 'est de nouveau en ligne',
    // diag-32 : « de nouveaux » écrit pour « de nouveau » devant un adjectif pluriel (« sont de nouveaux accessibles »).
    'de nouveaux disponibles', 'de nouveaux accessibles', 'de nouveaux opérationnel*', 'de nouveaux joignables', 'de nouveaux fonctionnel*',
    // diag-14 : « Ça marche correctement maintenant. »
    'marche correctement maintenant', 'fonctionne correctement maintenant', 'tout marche de nouveau', 'tout fonctionne de nouveau',
    // diag-15 : « j'ai réparé dans l'am ».
    "j'ai réparé", 'avons réparé', 'a été réparé*', "c'est réparé", 'est réparé*',
  ],
  afterTheFact: ['étaient … inaccessibles', 'était … inaccessible', 'étaient … indisponibles', 'était … indisponible', 'dédommag*', 'geste commercial', 'compensation', 'panne a été', 'panne a … été', 'panne a eu', 'incident a été', 'incident a … été', 'incident a eu', 
    // diag-174 (de l'anglais) : la panne dite au passé (« le site était en panne »).
    'était en panne', 'étaient en panne', 'était hors service',
    ...recoveryState.afterTheFact,
    'nous avons eu', 'nous avons subi', 'a été indisponible', 'ont été indisponibles', 'a été inaccessible',
    'ont été inaccessibles', 'a été interrompu', 'ont été interrompus', 'interruption* de service* de',
    'a duré', 'on a eu', 'était indisponible', 'étaient indisponibles',
    'avez peut-être rencontré', 'a été provoquée par', 'a été causée par', 'a provoqué la panne', 'ont provoqué la panne',
    // Un correctif dit appliqué, sans rien d'encore cassé : la mise à jour est écrite après le rétablissement.
    'déjà été mis en production', 'a été mis en production', 'correctif a été déployé', 'correctif a été appliqué',
    'annulation du commit', 'retour arrière a été effectué',
  ],
  investigating: [
    'en cours d\'investigation', 'nous enquêtons', 'nous analysons', 'en cours d\'analyse', 'afin d\'identifier la cause',
    'nous sommes conscients', 'pour une raison inconnue', 'nous vérifions',
    'en contact avec', 'nous avons contacté',
  ],
  identified: [
    // diag-72 : une réparation tentée (« nous essayons de rétablir le service »).
    'essayons de rétablir', 'tentons de rétablir', 'essayons de réparer', 'tentons de réparer',
    'nous travaillons', 'travaille à', 'en cours de réparation', 'en cours de correction', 'correction en cours',
    'en attente d\'une réparation', 'nous attendons la correction',
  ],
  monitoring: [
    ...recoveryState.monitoring,
    'sous surveillance', 'nous surveillons', 'continuons à surveiller', 'continuons de surveiller', 'on attend une confirmation', 'en attente de confirmation', 'se stabilise',
    'est stabilisé', 'est stabilisée',
    // diag-109 (de l'anglais) : le fil laissé ouvert pour surveiller (« je laisse ce ticket ouvert quelque temps pour m'assurer que … »).
    'ouvert … pour m\'assurer', 'ouvert quelque temps', 'ouvert encore quelque temps',
    // diag-173 (de l'anglais) : le correctif surveillé, annoncé (« nous allons surveiller la situation »).
    'allons surveiller', 'continuerons de surveiller', 'continuerons à surveiller', 'restons attentifs', 'restons vigilants',
  ],
  followUp: ['tirer les leçons', 'tirerons les leçons', 'tirer les enseignements', 'pour éviter', 'ne se reproduise', 'se reproduire', 'à l\'avenir', 'plus redondant*', 'prévenir', 'publierons un rapport', 'rapport sur'],
  // Juste avant une phrase de rétablissement : une négation, ou un travail qui y mène encore.
  // Le participe seul (« rétabli », « résolu ») compte comme un rétablissement, sauf si l'un de ces mots le précède.
  notYet: [
    // diag-22: a purpose, not a fact (« pour s'assurer que … »).
    "s'assurer", 'garantir', 'sera', 'seront', 'va', 'vont', 'progressivement', 'peu à peu', 'partiellement', 'en partie', 'presque', 'en grande partie', 'pas', 'pas encore', 'non', 'jamais', 'plus', 'travaill* au', 'travaill* à', 'travaill* pour', 'oeuvr* au', 'œuvr* au', 'avant', 'jusqu\'au', 'jusqu\'à', 'dès que', "dès qu'", 'lorsque', 'quand', 'si', 'en vue du', 'en vue d\'un', 'devrai*', 'devront', 'pourrai*', 'doit être', 'doivent être'],
  // Une promesse que d'autres nouvelles suivront, avec ou sans heure (PM004).
  // diag-115 (de l'anglais) : un état gardé pendant la panne ne dit aucun retour (« les cliniques restent pleinement opérationnelles »).
  persisting: ['toujours', 'reste', 'restent', 'resté', 'restés', 'restée', 'restées', 'demeure', 'demeurent', "continue d'être", "continuent d'être"],
  asked: ['vérifier si', 'vérifions si', 'voir si', 'savoir si', 'demander si', 'confirmer si', 'je pensais', 'nous pensions', 'je croyais', 'nous croyions'],
  awaited: ["jusqu'à ce que", "jusqu'à ce qu'", 'dès que', "dès qu'", 'une fois que', "une fois qu'", 'avant que', "avant qu'", 'lorsque', "lorsqu'", 'quand', 'si'],
  // A question asking the reader to check the fix (diag-141, -146, -156, -162, -163).
  readers: ['vous', 'tu'],
  checks: ['réessay', 'essay', 'vérifi', 'confirm', 'test', 'actualis', 'redémarr', 'vider'],
  furtherUpdates: [
    'tiendrons informé*', 'tenir informé*', 'tiendrons au courant', 'tenir au courant', 'reviendrons vers vous', 'reviendrons',
    'communiquerons', 'informerons', 'aviserons', 'nous ferons un point', 'prochaine mise à jour', 'prochain point',
    'nouvelle mise à jour', 'nouveau point', 'informations suivront', "plus d'informations dès", "plus d'informations prochainement",
    'dès que nous en saurons plus', 'dès que nous aurons plus', 'à suivre',
  ],
};
