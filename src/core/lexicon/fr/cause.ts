// French: where and how a report states why it happened, outside a Cause section.
import type { CauseLexicon } from '../types';

export const cause: CauseLexicon = {
  headings: [
    "ce qui s'est passé", "que s'est-il passé", "qu'est-ce qui s'est passé", "origine de l'incident", "origine de la panne",
    "explication*", 'analyse', "analyse de l'incident", 'détails techniques', 'contexte technique', 'pourquoi',
    // diag-102 : ce qui a cassé, raconté sous « Le problème ».
    'le problème', 'quel était le problème',
  ],
  // diag-85 : un rapport de sécurité dit comment l'attaquant est entré sous « Méthode d'attaque ».
  headingWords: ['cause', 'causes', 'pourquoi', 'origine', 'raison', 'raisons', "méthode d'attaque", "vecteur d'attaque"],
  statements: [
    // diag-37 : la cause telle qu'on la croyait alors (« un câble semblait être la cause »).
    'être la cause',
    'causé par', 'causée par', 'causés par', 'causées par', 'provoqué par', 'provoquée par', 'provoqués par',
    'dû à', 'due à', 'dus à', 'dues à', 'à cause de', "à cause d'", 'en raison de', "en raison d'", 'suite à',
    'à la suite de', 'provien*', 'provenai*', 'venait de', 'venaient de', 'la cause était', 'la cause est', 'cause était',
    'ont causé', 'a provoqué', 'ont provoqué', 'a entraîné', 'ont entraîné', 'entraînant', "à l'origine",
    "l'origine du problème", "l'origine de l'incident", "l'origine de la panne", "s'explique par", 'déclenché par',
    'déclenchée par', 'lié à', 'liée à', 'liés à', 'liées à', 'parce que', "parce qu'", 'la raison était',
    'la raison est', 'résulte de', 'résultait de', 'conséquence de', 'en cause', 'nous avons constaté que',
    'origine de', 'est dû', 'était dû', 'était due', 's\'est avéré', 'déclencheur',
    // tune8 : « 20 % des usagers ont été impactés par cet incendie » nomme la cause
    'impacté* par', 'touché* par', 'affecté* par', 'perturbé* par',
    // diag-8 : « le renouvellement anticipé a enclenché un processus automatisé qui a empêché l'accès »
    'a enclenché', 'ont enclenché', 'a déclenché', 'ont déclenché',
    // Ce qu'une vérification a trouvé, dit comme un constat (« l'analyse a montré que … »).
    'il est apparu que', 'a révélé que', "l'analyse a montré", "l'enquête a montré",
    // diag-44 : une ressource épuisée, dite comme ce qui s'est passé (« un serveur a épuisé ses connexions »).
    'a épuisé', 'ont épuisé', 'épuisement de', 'épuisement du', 'épuisement des',
  ],
  unknown: [
    'raison inconnue', 'raisons inconnues', 'cause inconnue', 'cause … encore inconnue', 'cause … indéterminée',
    'cause … pas encore identifiée', 'cause … pas encore connue', 'recherchons la cause', 'rechercher la cause',
    'identifier la cause', 'cause est en cours', "cause … en cours d'analyse", 'ne savons pas encore',
  ],
};
