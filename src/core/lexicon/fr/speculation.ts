// Français : une cause supposée pendant l'enquête, une heure de résolution promise (PM010).
// Les expressions régulières lisent le texte replié (minuscules, sans accents).
import type { SpeculationLexicon } from '../types';

const FIXED = String.raw`(?:resolue?s?|retablie?s?|corrigee?s?|reparee?s?|operationnel(?:le)?s?|fonctionnel(?:le)?s?|disponibles?|de nouveau disponibles?|de retour|en ligne|revenue?s? a la normale|remise?s? en service)`;
const WHEN = String.raw`(?:d'ici|avant|a|vers|dans|sous|en moins d'|en moins de|d'ici a|au cours de)\s*(?:\d|la fin|ce soir|demain|midi|minuit|une heure|l'heure|une demi-heure|quelques minutes|30|15|la matin\w*|la journee|la soiree|la nuit|l'apres-midi)`;

export const speculation: SpeculationLexicon = {
  hedges: [
    'probablement', 'sans doute', 'vraisemblablement', 'il semble', 'il semblerait', 'semble', 'semblent', 'semblerait',
    'nous pensons', 'nous croyons', 'nous supposons', 'nous soupçonnons', 'nous estimons', 'a priori', 'apparemment',
    'peut-être', 'possiblement', 'pourrait', 'pourraient', 'soupçonné', 'soupçonnée', 'supposé', 'supposée', 'présumé',
    'présumée', 'il est possible',
    // suppositions impersonnelles : « on soupçonne un problème réseau », « je pense que »
    'on soupçonne', 'on suppose', 'on pense', 'on croit', 'je pense', 'je crois', 'je suppose', 'je soupçonne',
    'serait', 'seraient', 'semblerait-il', 'à première vue',
    'selon nos premières constatations', 'selon les premiers éléments', 'en l\'état actuel', 'd\'après nos premières analyses',
  ],
  causes: [
    'dû à', 'due à', 'dus à', 'dues à', 'causé par', 'causée par', 'causés par', 'causées par', 'provoqué par',
    'provoquée par', 'lié à', 'liée à', 'liés à', 'liées à', 'la cause', 'cause', "l'origine", 'origine', 'en raison',
    'à cause', 'vient de', 'vient du', 'vient des', 'provient du', 'provient des', 'vienne de', 'viennent de', 'viendrait', 'venir de', 'provienne', 'proviennent', 'provient', 'proviendrait', "parce qu'", 'parce que', 'responsable',
    'un équipement défectueux', 'une panne de', 'un souci de', 'un problème de',
  ],
  hedgedCauses: [
    'serait dû', 'serait due', 'seraient dus', 'seraient dues', 'serait lié', 'serait liée', 'seraient liés',
    'serait causé*', 'serait provoqué*', 'pourrait être dû', 'pourrait être due', 'pourrait être lié*',
    'pourrait venir', 'cause probable', 'cause présumée', 'cause supposée', 'origine probable', 'origine présumée',
  ],
  promises: [
    new RegExp(String.raw`\b(?:sera|seront|devrait etre|devraient etre|sera de nouveau|seront de nouveau|devrait etre de nouveau)\s+(?:entierement\s+|totalement\s+|completement\s+)?${FIXED}[^.!?\n]{0,30}?${WHEN}`, 'u'),
    new RegExp(String.raw`\b(?:prevoyons de|comptons|esperons|pensons|allons)\s+(?:pouvoir\s+)?(?:resoudre|retablir|corriger|reparer)\b[^.!?\n]{0,40}?${WHEN}`, 'u'),
    /\b(?:resolution|retablissement|correction)\s+(?:est\s+)?(?:prevue?|attendue?|estimee?)\s+(?:d'ici|avant|a|vers|dans)\s*\d/u,
    // « OVH estime la résolution vers 16h00 » : une heure de résolution estimée, même par un tiers
    /\bestim\w*\s+(?:la\s+|le\s+)?(?:resolution|retablissement|correction|reparation)\b[^.!?\n]{0,40}?\b(?:vers|a|avant|d'ici|pour)\s*\d/u,
    new RegExp(String.raw`\besper\w*\s+qu[e']\s*[^.!?\n]{0,40}?\b(?:sera|seront|soit|soient)\s+(?:de nouveau\s+)?${FIXED}[^.!?\n]{0,30}?${WHEN}`, 'u'),
  ],
  suspects: [
    // ce qu'une supposition accuse sans mot de cause : « je pense que le disque est plein », « un problème de pare-feu »
    'disque', 'disques', 'disque dur', 'ssd', 'raid', 'stockage', 'carte réseau', 'problème réseau', 'problème de réseau',
    'souci réseau', 'panne réseau', 'matériel', 'problème matériel', 'switch', 'routeur', 'pare-feu', 'firewall', 'dns',
    'base de données', 'certificat', 'alimentation', 'coupure de courant', 'coupure électrique', 'câble', 'fibre',
    'datacenter', 'centre de données', 'hébergeur', 'opérateur', 'bug', 'bogue', 'mauvaise configuration',
    'ddos', 'attaque', 'plein', 'pleine', 'saturé*', 'défectueu*', 'corrompu*', 'surcharg*',
  ],
  expectations: [
    'sera', 'seront', 'devrait', 'devraient', 'espér*', 'compt* sur', 'prévu*', 'prévoy*', 'estim*', 'pens*',
    'suppos*', 'va', 'vont', 'allons', 'pourra', 'pourront', 'pourrons',
  ],
  recoveries: [
    'rétabli*', 'résolu*', 'réparé*', 'corrigé*', 'retour à la normale', 'revenu* à la normale', 'de nouveau disponible*',
    'à nouveau disponible*', 'de nouveau accessible*', 'remis* en service', 'remis* en ligne', 'fonctionnel*',
    'opérationnel*', 'reparti*', 'rétablir', 'résoudre', 'réparer',
  ],
  times: [
    'demain', 'ce soir', 'cette nuit', 'ce matin', 'cet après-midi', 'dans la journée', 'dans la matinée',
    'dans la soirée', "d'ici", 'le week-end', 'ce week-end', 'la semaine prochaine', 'cette semaine', 'lundi', 'mardi',
    'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', "dans l'heure", 'dans les prochaines heures',
    'dans quelques heures', 'dans quelques minutes', 'en fin de journée', 'avant midi', 'avant ce soir',
    // « sera rétabli sous peu », « de nouveau en ligne bientôt »
    'bientôt', 'sous peu', 'très vite',
  ],
  // diag-26 : « la réparation reprendra cette nuit » date le travail, pas le rétablissement.
  workGoesOn: ['reprendr*', 'reprise', 'débuter*', 'débutera', 'commencer*', 'commencera', 'commenceront', 'se poursuivr*', 'continuer*', 'continuera', 'continueront', 'redémarrer*'],
  scope: ['seuls les utilisateurs', 'seuls les clients', 'seulement les', 'utilisateurs de', 'clients de', 'sont concernés', 'sont touchés', 'sont affectés', 'sont impactés', 'ne concerne que', 'ne touche que'],
  // diag-81 : ce que nous saurons à une heure dite, pas un rétablissement (« nous en saurons plus en début d'après-midi »).
  checks: ['en saurons plus', 'en savoir plus', "plus d'informations", 'plus de détails', 'pour vérifier', 'pour nous assurer', "pour m'assurer", "s'assurer que", 'vérifier que', 'vérifier si'],
  pastSpanStarts: ['depuis', 'hier et'],
  // diag-135 (de l'anglais) : « ça semble être une blague après ce qui est arrivé au centre de données d'OVH ».
  figures: ['semble être une blague', 'semble être une mauvaise blague', 'semble une blague', 'semblerait une blague'],
};
