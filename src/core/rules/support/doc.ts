// The helpers rules import, by concern: where findings point and fixes insert (edits.ts), section and language
// content (content.ts), updates in time order (update-order.ts), cadence (cadence.ts), and from the core's one
// module of defaults and one time layer what rules print.
export { lineRange, titleRange, insertBlockAfterLine, insertBlockBeforeLine, insertBlockAtTop } from './edits';
export { isCjk, isEmptyBody } from './content';
export { chronological, isResolved } from './update-order';
export { cadenceFor, graceFor } from './cadence';
export { FALLBACK_CADENCE_MINUTES, cadenceMinutes, positiveNumber } from '../../defaults';
export { formatDateTime, formatDuration, formatTimeNear } from '../../time';
