// Français : blagues, mots mignons ou minimisants (PM008).
import type { ToneLexicon } from '../types';

export const tone: ToneLexicon = {
  cute: [
    'oups', 'oupsi', 'petit pépin', 'pépin', 'petit souci', 'petit couac', 'couac', 'petit bobo', 'bobo',
    'petite boulette', 'boulette', 'rien de grave', 'pas de panique', 'pas de quoi fouetter un chat', 'youpi', 'ouf',
    // « Aïe » l'interjection, pas le subjonctif « que j'aie » (diag-135), que le pliage des accents rend identique.
    'aïe !', 'aïe!', 'aïe,', 'aïe.', 'aïe aïe', 'petit hoquet', 'hoquet', 'fait la sieste', 'petite sieste', 'caprices', 'fait des siennes', 'a fait des siennes',
    'petite frayeur', 'trois fois rien', 'broutille',
    // minimising the impact: "only minimal impact on a few systems"
    'impact minime', 'impact négligeable', 'seulement un impact minime', 'impact très limité',
    // un haussement d'épaules : la panne comme une fatalité
    "c'est la vie", 'ce sont des choses qui arrivent', 'ça arrive à tout le monde', 'ca arrive a tout le monde', 'arrive à tous les opérateurs', 'arrive à tous les fournisseurs', 'loi de murphy',
    "c'est comme ça",
  ],
  laughter: ['mdr', 'ptdr', 'lol', 'haha*', 'hihi*', 'héhé'],
};
