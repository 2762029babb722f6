// Français : mots d'une signature qui ne nomment personne (PM009) : « L'équipe technique », « Votre service client ».
import type { SignatureLexicon } from '../types';

export const signature: SignatureLexicon = {
  generic: [
    'le', 'la', 'les', "l'", 'l', 'votre', 'vos', 'notre', 'nos', 'de', 'du', 'des', "d'", 'd', 'et', 'équipe', 'équipes',
    'technique', 'techniques', 'support', 'service', 'services', 'client', 'clients', 'clientèle', 'exploitation',
    'opérations', 'infrastructure', 'ingénierie', 'informatique', 'direction', 'bureau', 'cellule', 'crise', 'assistance',
    'relation', 'communication', 'incident', 'incidents', 'toute', 'tout', 'cordialement', 'bien', 'à', 'vous',
    'sincèrement', 'merci', 'dsi', 'it', 'sre', 'ops',
  ],
  heads: ['équipe', 'équipes', 'service', 'support', 'direction', 'bureau', 'cellule', 'exploitation', 'dsi'],
  bylines: ['publié par', 'écrit par', 'rédigé par', 'par'],
  reachOut: ['contactez', 'contacter', 'appelez', 'écrivez à', 'joindre', 'adressez-vous à'],
  reachVia: ['au', 'à', 'par', 'sur', 'via'],
};
