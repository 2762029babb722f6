// Français : rejeter la cause sur un tiers (PM007). Il faut un tiers ET un mot de cause à côté : une simple mention
// (« nous sommes hébergés chez OVHcloud ») ne déclenche rien.
import type { VendorBlameLexicon } from '../types';

export const vendorBlame: VendorBlameLexicon = {
  parties: [
    'notre fournisseur', 'nos fournisseurs', 'fournisseur en amont', 'opérateur en amont', 'upstream', 'notre fournisseur cloud', "notre fournisseur d'accès", 'notre prestataire',
    'nos prestataires', 'notre hébergeur', 'notre opérateur', 'notre partenaire', 'notre sous-traitant',
    'notre fournisseur de paiement', 'notre prestataire de paiement', 'notre fournisseur dns', 'notre cdn',
    'fournisseur tiers', 'prestataire tiers', 'service tiers', 'société tierce', 'partie tierce', 'prestataire externe',
    'fournisseur externe', 'société externe', 'entreprise externe',
    'le fournisseur', 'du fournisseur', 'le prestataire', 'du prestataire', "l'hébergeur",
    'notre hébergeur web', "notre fournisseur d'hébergement", 'notre registraire', 'notre bureau d\'enregistrement',
    "l'opérateur", "de l'opérateur", "opérateur d'infrastructure", 'notre fournisseur réseau', 'notre opérateur télécom',
    'notre fournisseur de messagerie', 'notre datacenter', 'le datacenter', 'le centre de données',
    // first person singular and bare supplier nouns: « mon hébergeur », « mon hébergement », « chez l'hébergeur »
    'mon hébergeur', 'mon hébergement', 'mon fournisseur', 'mon prestataire', 'mon hosting', 'notre hébergement',
    'hébergeur', 'hébergeurs', "fournisseur d'accès", "fournisseur d'hébergement", "fournisseur d'électricité", 'enedis', 'edf',
  ],
  vendors: [
    'OVHcloud', 'OVH', 'Scaleway', 'Outscale', 'Orange Business', 'Free Pro',
    // the big names of the French market: hosting, PaaS, DNS registrars, telecom
    'SFR', 'Bouygues Telecom', 'Free Mobile', 'Free Telecom', 'Gandi', 'Online.net', 'Ikoula', 'o2switch', 'PlanetHoster',
    'Clever Cloud', 'Scalingo', 'Infomaniak', 'Jaguar Network', 'Covage', 'Kosc', 'Lemon Way', 'PayPlug', 'Lyra', 'Ingenico', 'Worldline',
  ],
  before: [
    'à cause de', 'à cause du', "à cause d'", 'en raison de', 'en raison du', "en raison d'", 'causé par', 'causée par',
    'causés par', 'causées par', 'provoqué par', 'provoquée par', 'dû à', 'due à', 'dus à', 'dues à', 'la faute de',
    'la faute à', 'la faute du', 'imputable à', 'imputables à', 'suite à', 'à la suite de', 'responsabilité de',
    'responsabilité du', 'origine chez', 'provient de', 'provient du',
    'endommag*',
    // le service touché par les ennuis du fournisseur : « impactés par la panne d'OVH »
    'impacté par', 'impactée par', 'impactés par', 'impactées par', 'affecté par', 'affectée par', 'affectés par',
    'affectées par', 'touché par', 'touchée par', 'touchés par', 'touchées par',
  ],
  nearBefore: [
    'coupure chez', 'souci chez', 'soucis chez', 'downtime chez', 'difficultés chez', 'panne générale chez', 'grosse panne chez', 'panne majeure chez',
    'incident chez', 'panne chez', 'panne de', 'panne du', "panne d'", 'défaillance de', 'défaillance du',
    "défaillance d'", 'défaillance chez', 'incident de', 'incident du', "incident d'", 'problème chez', 'problème de',
    'problème du', 'au niveau de', 'au niveau du', "au niveau d'", 'erreur de', 'erreur du', "erreur d'", 'erreur chez', 'bug chez', 'bug de', 'bug du',
  ],
  after: [
    'a causé', 'a provoqué', 'est responsable', 'était responsable', 'est en cause', 'est en panne', 'était en panne',
    'a connu une panne', 'a subi une panne', 'a rencontré', 'rencontre', 'est tombé', 'est tombée', 'a échoué',
    'a introduit', 'est défaillant', 'a commis', 'a eu une panne', 'a eu un incident',
    'connaît des difficultés', 'connaît une panne', 'connaît un incident', 'rencontre des difficultés', 'rencontre des problèmes',
    'a des difficultés', 'a eu un souci', 'a eu un problème', 'a eu un pb', 'a un souci', 'a un problème', 'est down', 'était down',
    'a eu une coupure', 'subit une panne', 'a subi un incident', 'est indisponible', 'était indisponible', 'a confirmé une panne',
    'a confirmé un incident', 'a subi', 'ont subi', 'a subi deux', 'à l\'origine de',
    // diag-8 : « l'un de nos hébergeurs qui ait été victime d'une attaque »
    'a été victime', 'ont été victimes', 'qui ait été victime', 'est victime', 'sont victimes',
  ],
  nearAfter: ['en panne', 'défaillant', 'défaillante'],
  // diag-101 : « du côté de » seul ne met aucune cause chez le tiers (« pas de délai annoncé, du côté d'EDF ») ; un
  // problème qui s'y situe, si (« le problème se situe du côté de notre hébergeur »).
  sides: ['problème de leur côté', 'panne de leur côté', 'erreur de leur côté',
    'problème … du côté de', 'problème … du côté du', "problème … du côté d'", 'panne … du côté de', 'panne … du côté du',
    "panne … du côté d'", 'incident … du côté de', 'incident … du côté du', "incident … du côté d'", 'souci … du côté de',
    'souci … du côté du', "souci … du côté d'", 'erreur … du côté de', 'erreur … du côté du', "erreur … du côté d'"],
  shifting: [
    // à la première personne du singulier, comme l'écrit un responsable seul (diag-23)
    'indépendant* de ma volonté', 'hors de mon contrôle', 'échappe à mon contrôle', 'pas de ma faute',
    'indépendant de notre volonté', 'indépendante de notre volonté', 'indépendants de notre volonté',
    'indépendantes de notre volonté', 'hors de notre contrôle', 'échappe à notre contrôle', 'pas de notre faute',
    "n'est pas de notre fait", "n'est pas de notre ressort", 'nous ne sommes pas responsables',
    'pas notre responsabilité', 'pas de notre responsabilité',
    'pas de notre côté', 'ne venait pas de chez nous', 'ne vient pas de chez nous', 'pas chez nous mais',
    'ne nous incombe pas', 'responsabilité … ne nous incombe', 'nous ne sommes pas en cause', 'pas de notre fait',
  ],
  helpless: [
    'nous ne pouvons rien faire', 'nous ne pouvions rien faire', 'pas grand-chose que nous puissions faire',
    'je ne peux rien faire', 'je ne pouvais rien faire', 'on ne peut rien faire', 'nous ne pouvons que attendre',
    "nous ne pouvons qu'attendre", "je ne peux qu'attendre", "on ne peut qu'attendre",
  ],
  general: ['dans de rares cas', 'dans de rares situations', 'en de rares occasions'],
  notParties: ['ticket github', 'issue github', 'ticket gitlab', 'issue gitlab', 'page de statut'],
  ours: ['notre', 'nos', 'mon', 'ma', 'mes'],
  determiners: ['notre', 'nos', 'mon', 'ma', 'mes', 'le', 'la', 'les', "l'", 'un', 'une'],
  owning: [
    // diag-113 (de l'anglais) : nos défenses à renforcer (« renforcer nos défenses contre de futures attaques »).
    'renforcer nos défenses', 'renforcer notre protection',
    // diag-80 : un responsable seul qui assume (« c'est ma responsabilité »).
    'ma responsabilité', 'je suis responsable', "j'assume",
    // diag-79 : un réglage à nous dit erroné (« l'adresse de la liste était mal configurée de notre côté »).
    'notre erreur de configuration', 'nous avons mal configuré', 'mal configuré de notre côté', 'mal configurée de notre côté',
    'notre responsabilité', 'nous sommes responsables', 'nous assumons', 'nous en assumons', 'nous prenons la responsabilité',
    'nous avons choisi', 'notre choix', 'notre décision', 'nous dépendons', 'nous nous appuyons', 'notre dépendance',
    'notre architecture', 'notre configuration', 'point de défaillance unique', 'ne se reproduise', 'ne se reproduira',
    'redondan*', 'second fournisseur', 'autre fournisseur', 'second hébergeur', 'basculement', 'notre erreur',
    // diag-134 (de l'anglais) : notre côté ne respectait pas la nouvelle règle du fournisseur (« notre synchronisation
    // n'incluait pas cet en-tête »).
    "n'incluait pas", "n'incluaient pas", "n'était pas conforme", "n'étaient pas conformes", 'non conforme*',
  ],
};
