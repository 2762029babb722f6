// Internal references that are not host names or ticket keys (PM011): issue numbers with a reference cue ("see #63",
// "详见 #12", "(#63)"), Azure Boards items ("AB#1234"), chat channels ("#incident-2025-03-03"), raw IP addresses used
// as links ("http://203.0.113.7/"), and a team's own internal code names (the `internalNames` option).
// A bare "#1" is not a reference ("our #1 priority"), nor is a hashtag without a hyphen ("#BlackFriday").

import { escape } from '../../text/compile';

export type ReferenceKind = 'ticket' | 'channel' | 'rawip' | 'codename';

export interface ReferencePattern { kind: ReferenceKind; re: RegExp; gate: RegExp; char: string; group?: number }

// Reference cues before "#<n>", per language: the number is a tracker item, not a rank.
const CUES = String.raw`(?:see|issue|issues|ticket|tickets|bug|bugs|pr|pull request|merge request|mr|ref|refs|fixes|fixed in|closes|tracked in|voir|cf\.?|siehe|vgl\.?|详见|参见|参考|见|詳見|參見|參考|請見|请见)`;

export const REFERENCE_PATTERNS: readonly ReferencePattern[] = [
  // Azure Boards (AB#1234) and GitHub/GitLab short forms (GH-123 is caught by the ticket-key pattern)
  { kind: 'ticket', re: /(?<![\w#&])AB#\d{1,7}(?!\d)/g, gate: /AB#\d/, char: '#' },
  // "see #63", "issue #63", "详见 #48"; group 1 is the reference itself. "Issue #1: …" followed by a colon labels the
  // first of several problems a report tells (diag-37), it refers to no tracker.
  { kind: 'ticket', re: new RegExp(String.raw`(?<![\p{L}\p{N}_])${CUES}\s*(#\d{1,6})(?![\w#-]|\s*[:：])`, 'giu'), gate: /#\d/, char: '#', group: 1 },
  // "(#63)" alone in brackets, as trackers link it ("(#1 priority)" is not)
  { kind: 'ticket', re: /[(（](#\d{1,6})[)）]/g, gate: /#\d/, char: '#', group: 1 },
  // chat channels: a lower-case name with at least one hyphen or underscore ("#incident-2025-03-03", "#ops_alerts");
  // never a link to a section of the page itself ("[Next steps](#next-steps)", diag-90)
  { kind: 'channel', re: /(?<![\w#&/=?.\\-])(?<!\]\()#[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?![\w-])/g, gate: /#[a-z][a-z0-9]*[-_]/, char: '#' },
  // a server reached by its raw address: http://203.0.113.7/… (private addresses are reported as such)
  { kind: 'rawip', re: /\bhttps?:\/\/(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?![\d.])/g, gate: /:\/\/\d/, char: '/', group: 1 },
];

/** Whole-word, case-insensitive matchers for configured internal names; literal, whatever the user typed. */
export function codeNamePattern(names: readonly string[]): ReferencePattern | undefined {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  if (clean.length === 0) return undefined;
  const alts = clean
    .sort((a, b) => b.length - a.length)
    .map((n) => escape(n))
    .join('|');
  return {
    kind: 'codename',
    re: new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${alts})(?![\p{L}\p{N}_])`, 'giu'),
    gate: new RegExp(alts, 'iu'),
    char: '',
  };
}
