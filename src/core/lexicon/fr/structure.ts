// French phrasing the document model reads: the promised next update, corrective action labels, signatures,
// and stopwords for language detection.
import type { StructureLexicon } from '../types';

const NEXT = String.raw`\b(?:prochaine\s+mise\s+à\s+jour|prochain\s+point(?:\s+de\s+situation)?|prochaine\s+communication|nouvelle\s+mise\s+à\s+jour)`;
const WE_WILL = String.raw`\bnous\s+(?:publierons|donnerons|communiquerons|ferons|partagerons|vous\s+tiendrons\s+informés|reviendrons\s+vers\s+vous)(?:\s+(?:une\s+nouvelle|la\s+prochaine|un\s+nouveau|un)\s+(?:mise\s+à\s+jour|point(?:\s+de\s+situation)?))?`;
const UNIT = String.raw`(?<unit>minutes?|min|heures?|h)\b`;

export const structure: StructureLexicon = {
  nextUpdateHint: /prochaine|prochain|nouvelle\s+mise|nous\s+(?:publierons|donnerons|communiquerons|ferons|partagerons|vous|reviendrons)/i,
  nextUpdateAt: [
    new RegExp(String.raw`${NEXT}(?:\s+(?:prévue|attendue|publiée))?\s*(?:à|vers|avant|d'ici|d’ici|au\s+plus\s+tard\s+à|:)?\s*`, 'gi'),
    new RegExp(String.raw`${WE_WILL}\s+(?:à|vers|avant|d'ici|d’ici|au\s+plus\s+tard\s+à)\s*`, 'gi'),
  ],
  nextUpdateIn: [
    new RegExp(String.raw`${NEXT}(?:\s+(?:prévue|attendue))?\s+(?:dans|d'ici|d’ici|sous)\s+(?:environ\s+|à\s+peu\s+près\s+|les\s+)?(?<n>\d+|une?|une\s+demi)\s*-?\s*${UNIT}`, 'gi'),
    new RegExp(String.raw`${WE_WILL}\s+(?:dans|d'ici|d’ici|sous)\s+(?:environ\s+|les\s+)?(?<n>\d+|une?|une\s+demi)\s*-?\s*${UNIT}`, 'gi'),
  ],
  minuteUnits: ['minute', 'minutes', 'min'],
  hourUnits: ['heure', 'heures', 'h'],
  stopwords: ['le', 'la', 'les', 'et', 'est', 'sont', 'nous', 'notre', 'nos', 'pour', 'une', 'dans', 'avec', 'pas',
    'que', 'qui', 'du', 'au', 'aux', 'sur', 'ce', 'cette', 'vous', 'votre', 'vos', 'été', 'ont', 'par', 'mais', 'leur'],
  ownerLabels: ['propriétaire', 'responsable', 'porteur', 'porteuse', 'pilote'],
  dueLabels: ['échéance', 'date limite', 'date butoir', 'pour le', 'd\'ici le'],
  doneActionHeadings: ['ce que nous avons changé', 'les changements apportés', 'ce que nous avons corrigé', 'actions menées', 'mesures prises'],
  teamWords: ['équipe', 'l\'équipe', 'l’équipe', 'équipes', 'service', 'support', 'direction', 'cellule'],
};
