// The helpers rules import, by concern: where findings point and fixes insert (edits.ts), section and language
// content (content.ts), and updates in time order (update-order.ts); and from the
// core's one time layer what rules print.
export { lineRange, titleRange, insertBlockAfterLine, insertBlockBeforeLine, insertBlockAtTop } from './edits';
export { hasDocumentShape, isCjk, isDateOnlyLog, isEmptyBody, openingEnd } from './content';
export { chronological, isLoneNoticeOfUnknownPhase, isLoneNoticeWithoutStatedPhase, isResolved, latestUpdate } from './update-order';
export { formatDateTime, formatDuration, formatTimeNear } from '../../time';
