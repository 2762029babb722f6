// Phrases d'excuse en français (PM001).
import type { ApologyLexicon } from '../types';

export const apology: ApologyLexicon = {
  phrases: [
    // diag-106 : « nous avons le regret de vous informer », comme "with regret".
    'avons le regret', 'ai le regret', 'avec regret', 'nos regrets',
    // diag-103 : le tort fait aux lecteurs reconnu (« ces dysfonctionnements préjudiciables aux Poitevins »).
    'préjudiciable aux', 'préjudiciables aux', 'préjudiciable pour', 'préjudiciables pour', 'le préjudice subi',
    // diag-80 : la peine des lecteurs reconnue (« la peine que vous avez ressentie »).
    'la peine que vous avez', 'le tort que vous avez subi', 'le tort causé',
    // diag-40 : le tort reconnu (« nous savons que cette panne a été pénible et inacceptable »).
    'cette … était inacceptable', 'cette … a été inacceptable', 'cette … est inacceptable',
    // diag-63 : le résultat reconnu comme inacceptable (« c'est un résultat inacceptable »).
    "c'est … inacceptable", 'un résultat inacceptable',
    // diag-77 : notre manquement reconnu dans la proposition suivante (« …, ce qui est inacceptable »).
    'ce qui est inacceptable', 'ce qui était inacceptable', "c'était inacceptable",
    'désolé*', 'excus*', 'regrett*', 'pardon', 'navré*', 'veuillez nous pardonner',
    // diag-11 : la gêne reconnue comme connue de nous (« pleinement consciente des inconvénients causés »).
    'conscient* des inconvénients', 'conscient* de la gêne', 'conscient* des désagréments', 'conscient* du désagrément',
    // diag-85 : la gêne reconnue au participe (« …, causant des désagréments à nos utilisateurs »).
    'causant des désagréments', 'causant des inconvénients', 'causant une gêne',
    'conscient* des difficultés',
    // diag-22 : le tort reconnu (« nous savons à quel point une telle panne peut être dévastatrice »).
    'nous savons à quel point', 'nous mesurons à quel point', 'nous comprenons votre frustration', 'nous mesurons la gêne', 'nous comprenons la gêne', 'nous comprenons les désagréments',
    // diag-25 : « nous savons que la situation est difficile ».
    // diag-50 : ce qui est pénible ou difficile pour eux, dit entre « nous savons » et l'adjectif.
    'savons … difficile', 'savons … pénible',
    // diag-45 : la difficulté reconnue pour ceux qui l'ont subie (« ces interruptions ont été difficiles pour beaucoup d'entre vous »).
    'difficile* pour beaucoup', 'difficile* pour nos clients', 'difficile* pour nos utilisateurs', 'difficile* pour vous',
    // diag-27 : reconnaître qu'on a déçu (« nous avons déçu nos clients »).
    'nous vous avons déçus', 'nous avons déçu nos clients', 'nous avons déçu nos utilisateurs', 'nous avons déçu',
    // diag-34 : la déception des membres reconnue (« a apporté des déceptions … aux coopérateurs »).
    'apporté des déceptions', 'apporté … déceptions', 'source de déception',
    // diag-29 : l'agacement des clients reconnu (« c'est frustrant pour nos clients »).
    'frustrant pour nos clients', 'frustrant pour vous', 'pénible pour nos clients', 'pénible pour vous', 'désagréable pour nos clients',
    // diag-46 : la panne reconnue comme inexcusable (« une telle interruption est inexcusable »).
    'une telle … est inexcusable', 'une telle … était inexcusable', 'cette … est inexcusable', 'cette … était inexcusable', 'cette … a été inexcusable',
    // diag-55 : le tort pris au sérieux (« nous prenons très au sérieux l'impact de cette panne sur vos projets »).
    "au sérieux l'impact", 'au sérieux les conséquences',
    // diag-97 (de l'anglais) : notre promesse reconnue comme non tenue (« nous n'avons pas été à la hauteur »).
    "n'avons pas été à la hauteur", "n'a pas été à la hauteur",
    // diag-98 (de l'anglais) : « nous comprenons la gravité de ne pas recevoir vos courriels ».
    'comprenons la gravité', 'mesurons la gravité',
    // diag-134 (de l'anglais) : l'erreur reconnue à la première personne (« c'est mon erreur », « nous avons commis une erreur »).
    "c'est mon erreur", "c'est notre erreur", "c'était mon erreur", "c'était notre erreur", "c'est ma faute", "c'est notre faute",
    'nous avons commis une erreur', "j'ai commis une erreur", 'nous avons fait une erreur', "j'ai fait une erreur",
    // diag-135 : « Fail de ma part », « c'est une erreur de ma part » ; pas « ce n'est pas une erreur de notre part ».
    'fail de ma part', "c'est une erreur de ma part", "c'est une erreur de notre part", "c'était une erreur de ma part",
    "c'était une erreur de notre part",
  ],
  // diag-96 : la compréhension des lecteurs demandée pour la gêne (« nous comptons sur la compréhension de ceux qui
  // pourraient subir quelques désagréments ») ; sans gêne nommée, « merci de votre compréhension » n'est pas une excuse.
  // diag-97 : « La direction est consciente que cet incident a chamboulé la fin de session » (au singulier aussi).
  // diag-101 : la gêne dite celle des lecteurs (« cette panne a été pénible pour toute notre communauté »).
  // diag-102 : l'agacement partagé ou reconnu légitime (« nous partageons votre frustration », « à juste titre mécontents »).
  // diag-104 : la gêne dite vécue par les lecteurs (« beaucoup de coureurs ont vécu la frustration des messages d'erreur »).
  acknowledge: ['ont vécu', 'ont ressenti', 'partageons', 'à juste titre', 'légitimement', 'compréhensible*', 'pour … notre … communauté', 'pour … nos … clients', 'pour … nos … clientes', 'pour … nos … usagers', 'pour … nos … utilisateurs', 'pour … nos … membres', 'pour … nos … étudiants', 'pour nous tous', 'pour nous toutes', 'consciente', 'conscient', 'compréhension', 'comprenons', 'nous savons', 'mesurons', 'reconnaissons', 'réalisons', 'conscients', 'conscientes', 'regrettons'],
  harms: ['inquiet*', 'inquiétude*', 'angoiss*', 'stressant*', 'gêne*', 'désagrément*', 'inconvénient*', 'frustra*', 'difficile*', 'pénible*', 'inacceptable*', "n'est pas acceptable", "n'était pas acceptable", 'ne sont pas acceptables', 'inexcusable*', 'déception*', 'décevant*', 'agaçant*', 'contrariant*', 'chamboul*', 'perturbant*'],
  // diag-101 : la compréhension des lecteurs demandée pour une perturbation nommée (« merci de votre compréhension pour ces retards »).
  understanding: ['votre compréhension', 'compréhension'],
  disruptions: ['retard*', 'perturbation*', 'interruption*', 'coupure*', 'panne*', 'restriction*', 'limitation*', 'indisponibilit*'],
  sentence: 'Nous vous présentons nos excuses pour la gêne occasionnée.',
};
