// French words that settle whether an update's text tells of recovery (merged into ./phase-text.ts): recovery
// denied, conditional or partial (pending), short recovery lines, and after-the-fact wording.
import type { RecoveryStateLexicon } from '../types';

export const recoveryState: RecoveryStateLexicon = {
  pending: [
    // diag-34 : rétabli pour tous sauf un, l'essentiel réparé, les travaux qui se poursuivent la nuit : pas encore fini.
    'tous sauf un', 'toutes sauf une', "l'essentiel des dégâts", 'les travaux se poursuivent', 'travaux … se poursuivront', 'se poursuivront toute la nuit', 'peut encore prendre', 'pourrait encore prendre',
    'pas été résolu*', "n'est pas résolu*", "n'est pas encore", 'pas été rétabli*', 'pas encore été',
    'partiellement rétabli*', 'de façon progressive', 'de manière progressive', 'progressivement rétabli*',
    'sont progressivement', 'dès que … sera rétabli*', 'lorsque … sera rétabli*', 'quand … sera rétabli*',
    // Ensembles de diagnostic (session 4) : ce qui reste instable, un retour attendu.
    'connaît encore', 'connaissent encore', 'toujours pas', 'ne peuvent pas encore', 'ne peut pas encore',
    'reste partiellement', 'restent partiellement', 'partiellement perturbé*', 'encore des instabilités', 'compte sur un retour', "retour à la normale d'ici",
    // diag-10 : « La banque s'attend à ce que ses services reviennent à la normale durant la journée. »
    "s'attend à ce que", "s'attendent à ce que", 'reviennent à la normale durant', 'revienne à la normale durant',
    "jusqu'à nouvel ordre", "file d'attente … résorbée", 'en cours de résorption',
    // diag-45 : « une grande partie du serveur est de nouveau … » : une partie seulement est revenue.
    'une grande partie … de nouveau', 'une grande partie … rétabli*',
  ],
  recovered: [
    'fonctionne de nouveau normalement', 'est de nouveau stable',
    // diag-33 : « les performances sont actuellement stables » dans un message de clôture.
    'est actuellement stable', 'sont actuellement stables',
    "fin de l'incident", 'fin de la perturbation', 'maintenance terminée', 'intervention terminée', 'opération terminée', 'travaux terminés', 'mise à niveau terminée', 'mise à jour terminée', 'migration terminée', 'peuvent reprendre une utilisation normale', 'ont repris une utilisation normale', 'ont repris une activité normale', 'de nouveau en ligne',
    'à nouveau en ligne', 'à nouveau disponible*', 'à nouveau accessible*', 'problème résolu', 'incident résolu',
    // diag-47 : « nextcloud est à nouveau opérationnel » ; « à nouveau » dit la même chose que « de nouveau ».
    'à nouveau opérationnel*', 'à nouveau joignable*', 'à nouveau fonctionnel*', 'de nouveau fonctionnel*',
    // Ensembles de diagnostic (session 4) : le participe seul ("constaté comme rétabli") ; « pas encore », « sera »
    // devant lui restent lus par notYet.
    'rétabli', 'rétablie', 'rétablis', 'rétablies', 'résolu', 'résolue', 'résolus',
  ],
  afterTheFact: ['avez pu rencontrer', 'ont pu rencontrer', 'avez pu constater'],
  monitoring: ['se stabilisent', 'en voie de stabilisation'],
};
