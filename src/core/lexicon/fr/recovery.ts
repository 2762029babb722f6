// Avis de résolution (PM012) : rétablissement confirmé, perte de données, rapport promis.
import type { RecoveryLexicon } from '../types';

export const recovery: RecoveryLexicon = {
  recovered: [
    // diag-103 : « leurs espaces fonctionnaient correctement » confirme le retour à la normale.
    'fonctionne correctement', 'fonctionnent correctement', 'fonctionnait correctement', 'fonctionnaient correctement',
    'résolu*', 'rétabli*', 'restauré*', 'retour à la normale', 'fonctionne normalement', 'fonctionnent normalement',
    'fonctionne de nouveau', 'fonctionnent de nouveau', 'fonctionne à nouveau', 'fonctionnent à nouveau',
    'de nouveau disponible*', 'à nouveau disponible*', 'corrigé*', 'opérationnel*',
    // diag-7 : « a permis la reprise de l'ensemble des services »
    "reprise de l'ensemble", 'reprise des services', 'reprise du service', 'reprise normale',
    // diag-28 : « Me voilà donc de retour ».
    'voilà de retour', 'voilà donc de retour', 'site est de retour', 'service est de retour', 'services sont de retour', 'de retour en ligne',
    // diag-27 : une panne dite réparée (« la panne est réparée depuis 7 h »).
    'panne … réparée', 'panne est réparée', 'problème … réparé',
    // diag-107 (de l'allemand) : le courant revenu pour tous (« tous nos clients avaient de nouveau du courant »).
    'de nouveau du courant', 'à nouveau du courant', 'réalimenté*',
  ],
  // diag-98 (de l'anglais) : une indemnisation annoncée (« vous recevrez une indemnisation pour la durée de la coupure »).
  dataLoss: ['recevrez … indemnisation', 'recevrez … dédommagement', 'aucun dégât', 'aucun dommage', 'aucuns dégâts', 'pas de dégâts', 'pas de dommages', 'serez indemnisé*', 'serez dédommagé*', 'indemnisation … versée',
    // diag-78 : « les remboursements ont été effectués ».
    'rembours* … effectué*', 'rembours* … versé*', 'rembours* … émis',
    // diag-77 : pas de facture pour le service non rendu (« vous ne paierez pas les jours sans service »).
    'ne … pas facturé*', 'ne paierez pas', 'pas à payer', 'ne sera pas facturé*', 'ne seront pas facturé*',
    'perdu*', 'perte*', 'aucune donnée', 'intact*', 'corromp*', 'dupliqu*', 'en double',
    // diag-7 : « en garantissant l'intégrité de tous les systèmes et données »
    'intégrité', "file d'attente … traité*", 'retard … résorbé*',
    // diag-27 : les messages en attente acheminés (« les courriels en attente ont tous été acheminés »).
    'messages … acheminés', 'courriels … acheminés', 'en souffrance … acheminés', 'en attente … acheminés', 'messages … distribués', 'courriels … distribués', 'seront reçus', 'seront bien reçus',
    // diag-15 : l'argent des clients rendu (« les voyages annulés … seront remboursés »).
    // diag-22 : une fuite de données, ou son absence, répond aussi à la question des données.
    'fuite* de données', 'fuite* des données', 'exfiltr*', 'données … compromises', 'accès non autorisé*',
    'seront remboursé*', 'ont été remboursé*', 'sera remboursé*', 'a été remboursé*',
    // diag-36, diag-37 : les données remises en place ou à jour (« les données ont été restaurées », « la synchronisation
    // est terminée »).
    'données … restaurées', 'données … récupérées', 'restauré … données', 'récupéré … données', 'synchronisation … terminée',
    // diag-38 : les prélèvements en double annulés (« les débits ont été contrepassés »).
    'contrepass*', 'débits … annulés', 'prélèvements … annulés',
    // diag-43 : des miroirs remis à jour (« les autres miroirs étaient à jour »).
    'étaient à jour', 'sont de nouveau à jour', 'synchronisation … rattrapée',
    // diag-44 : l'argent des clients dit en sécurité (« vos fonds sont en sécurité »).
    'fonds … en sécurité', 'argent … en sécurité', 'sécurité des fonds',
    // diag-110 (de l'allemand) : l'argent rendu aux clients (« les clients récupèrent leur argent pour la location »).
    'récupèrent leur argent', 'récupéreront leur argent', 'argent … rendu',
    // diag-46 : les pénalités dues à la panne retirées (« nous annulons les frais de retard », « les frais de retard seront annulés »).
    'annul* … frais', 'annul* … pénalités', 'frais … annulés', 'pénalités … annulées', 'amendes … annulées',
  ],
  reportPromise: [
    'rapport', 'post-mortem', 'postmortem', 'analyse des causes', 'actions correctives', 'mesures correctives',
    "retour d'expérience",
  ],
  // What customers keep with us, and what became of it: both in one clause make a data statement (PM012).
  // diag-99 (de l'anglais) : les rendez-vous pris chez nous (« les rendez-vous seront reprogrammés »).
  // diag-116 (du chinois) : « votre abonnement n'a pas expiré ».
  dataThings: ['rendez-vous', 'abonnement*', 
    'donnée*', 'message', 'messages', 'courriel*', 'mail', 'mails', 'e-mail*', 'commande*', 'paiement*', 'transaction*',
    'virement*', 'prélèvement*', 'fonds', 'argent', 'solde*', 'fichier*', 'document*', 'réservation*',
    'sauvegarde*', 'contenu*', 'facture*', 'frais', 'amende*', 'pénalité*', 'colis', 'envoi*', 'dossier*', 'notification*',
    'photo*', 'paramètre*', 'identifiant*', 'mot* de passe', 'informations personnelles', 'salaire*',
    // diag-96 (de l'anglais) : « les informations des usagers n'ont pas été compromises ».
    'informations',
  ],
  // diag-99 (de l'anglais) : des rendez-vous déplacés, pas perdus ; des sauvegardes de nouveau à l'heure.
  // diag-102 : ce qu'il est advenu d'un paiement, dit simplement (« certains paiements ont été refusés », « les transactions
  // ont été acceptées »).
  // diag-103 : ce qu'il est advenu des notifications retenues (« toutes les notifications ont été envoyées »).
  dataFates: ['expiré', 'résilié', 'ont été envoyé*', 'a été envoyé*', "n'ont pas été envoyé*", 'refusé', 'refusés', 'refusée', 'refusées', 'rejeté*', 'accepté', 'acceptés', 'acceptée', 'acceptées', 'reprogrammé*', 'reporté*', 'à l\'heure', 
    'perdu*', 'en sécurité', 'sécurisé*', 'intact*', 'conservé*', 'préservé*', 'pas été affecté*',
    'pas été impacté*', 'non affecté*', 'non impacté*', 'pas affecté*', 'pas impacté*', 'livré', 'livrés', 'livrée*',
    'distribué*', 'acheminé*', 'traité', 'traités', 'traitée*', 'retraité*', 'renvoyé*',
    'réexpédié*', 'remboursé*', 'crédité*', 'annulé*', 'régularisé*', 'synchronisé*', 'compromis*',
    'fuite*', 'exposé*', 'dupliqué*', 'en double', 'manquant*', 'supprimé*', 'effacé*', 'arriveront',
    'parviendront', 'retiré*', 'réessayer', 'renouveler',
    // diag-77 : retenus, non perdus (« des courriels retardés de deux heures »).
    'retardé*', 'en retard', 'avec retard', 'avec du retard'
  ],
  dataCaughtUp: [
    'livré', 'livrés', 'livrée*', 'distribué*', 'acheminé*', 'traité', 'traités', 'traitée*', 'retraité*', 'crédité*',
    'synchronisé*', 'mis à jour', 'mises à jour', 'disponible*', 'arrivé*',
  ],
};
