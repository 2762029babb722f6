// German phrasing the document model reads: the promised next update, corrective action labels, signatures,
// and stopwords for language detection.
import type { StructureLexicon } from '../types';

// diag-97 (aus dem Englischen): „Eine weitere Aktualisierung folgt in 30 Minuten“.
const NEXT = String.raw`\b(?:nächste[sn]?|weitere[sn]?)\s+(?:update|aktualisierung|statusmeldung|status-update|meldung|information|info)`;
const UNIT = String.raw`(?<unit>minuten|minute|min|stunden|stunde|std)\b`;

export const structure: StructureLexicon = {
  nextUpdateHint: /nächste|weitere|wir\s+(?:informieren|melden|aktualisieren)/i,
  nextUpdateAt: [
    new RegExp(String.raw`${NEXT}(?:\s+(?:folgt|erfolgt|kommt|gibt\s+es|ist\s+geplant))?(?:\s+(?:spätestens|voraussichtlich))?\s*(?:um|bis|gegen|vor|:)?\s*(?:spätestens\s+(?:um\s+)?)?`, 'gi'),
    new RegExp(String.raw`\bwir\s+(?:informieren|melden\s+uns|aktualisieren)\s+(?:sie\s+)?(?:erneut|wieder)\s+(?:um|bis|gegen|spätestens\s+um)\s*`, 'gi'),
  ],
  nextUpdateIn: [
    new RegExp(String.raw`${NEXT}(?:\s+(?:folgt|erfolgt|kommt|gibt\s+es))?\s+(?:in|innerhalb\s+von|innerhalb|binnen)\s+(?:etwa\s+|ca\.\s+|rund\s+|circa\s+|den\s+nächsten\s+)?(?<n>\d+|einer|eine|einem|einer\s+halben|einer\s+knappen)\s*${UNIT}`, 'gi'),
    new RegExp(String.raw`\bwir\s+(?:informieren|melden\s+uns|aktualisieren)\s+(?:sie\s+)?(?:erneut|wieder)\s+(?:in|innerhalb\s+von|binnen)\s+(?:etwa\s+|ca\.\s+|rund\s+)?(?<n>\d+|einer|eine|einem|einer\s+halben)\s*${UNIT}`, 'gi'),
  ],
  minuteUnits: ['minute', 'minuten', 'min'],
  hourUnits: ['stunde', 'stunden', 'std'],
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'sind', 'wir', 'unser', 'unsere', 'für', 'ein', 'eine', 'nicht', 'mit',
    'auf', 'den', 'dem', 'von', 'zu', 'im', 'wurde', 'wurden', 'sie', 'ihre', 'es', 'bei', 'auch', 'haben', 'werden', 'nach'],
  ownerLabels: ['verantwortlich', 'verantwortliche', 'verantwortlicher', 'zuständig', 'owner'],
  dueLabels: ['fällig', 'fällig am', 'fällig bis', 'frist', 'termin', 'bis'],
  doneActionHeadings: ['was wir geändert haben', 'was wir behoben haben', 'ergriffene maßnahmen', 'getroffene maßnahmen'],
  teamWords: ['team', 'das team', 'ihr', 'support', 'betrieb', 'abteilung', 'mannschaft'],
};
