// Français : langage qui accuse des personnes (PM022).
import type { BlameLexicon } from '../types';

const ROLE = String.raw`(?:ingenieur|ingenieure|developpeur|developpeuse|operateur|operatrice|administrateur|administratrice|collegue|employe|employee|stagiaire|technicien|technicienne|prestataire)`;
const SLIP = String.raw`(?:a oublie|ont oublie|a omis|ont omis|s'est trompe|s'est trompee|a fait une erreur|a commis une erreur|a neglige|par erreur|par megarde|par inadvertance)`;

export const blame: BlameLexicon = {
  // Pas « aurions dû » (diag-45) : son seul sujet est « nous », l'organisation qui reconnaît ce qu'elle aurait dû faire
  // (« nous aurions dû annoncer … »), comme "we should have" et „wir hätten … sollen“ ; elle ne désigne personne.
  phrases: [
    'erreur humaine', 'erreurs humaines', "erreur d'un opérateur", "erreur de l'opérateur", "erreur d'un ingénieur",
    "erreur d'un employé", "erreur d'un collaborateur", 'faute humaine', 'aurait dû', 'auraient dû',
    "n'aurait pas dû", "n'auraient pas dû", 'a oublié de', 'ont oublié de', 'a oublié la', 'a oublié le', 'oubli de',
    'négligence', 'négligent', 'négligente', 'imprudence', 'étourderie', 'maladresse',
    'incompétence', 'manque de rigueur', "la faute d'un ingénieur", "la faute d'un collègue", "la faute d'un employé", "la faute de l'opérateur",
  ],
  // Une chose et non une personne : « aurait dû être », « aurait dû basculer », « n'aurait dû avoir aucun impact ».
  expectations: [
    // l'organisation qui assume sa faute ne désigne personne : « notre négligence »
    'notre négligence', 'notre imprudence', 'notre maladresse', 'notre étourderie',
    'aurait dû se trouver', 'auraient dû se trouver', 'aurait dû rester', 'auraient dû rester', 'aurait dû être', 'auraient dû être', "n'aurait pas dû être",
    'aurait dû revenir', 'auraient dû revenir', 'aurait dû reprendre',
    'aurait dû fonctionner', 'auraient dû fonctionner', "n'aurait dû avoir aucun", "n'aurait pas dû avoir d'impact",
    'cela aurait dû', 'ce qui aurait dû', 'rien n\'aurait dû',
    // diag-22 : l'incident lui-même qui n'aurait pas dû arriver (« cette coupure n'aurait pas dû se produire »).
    "n'aurait pas dû arriver", "n'aurait pas dû se produire", "n'aurait jamais dû arriver", "n'aurait jamais dû se produire",
    "n'auraient pas dû arriver", "n'auraient pas dû se produire",
  ],
  person: [
    new RegExp(String.raw`(?:^|[^\w@])@[\w.-]+\s+${SLIP}`, 'u'),
    new RegExp(String.raw`\b(?:un|une|l'|le|la|notre|un de nos|une de nos)\s*${ROLE}s?\s+(?:\w+\s+)?${SLIP}`, 'u'),
  ],
};
