// English section headings (lower case). Matched exactly, or as the start of a longer heading ("Root cause analysis").
import type { SectionLexicon } from '../types';

export const sections: SectionLexicon = {
  summary: ['summary', 'executive summary', 'overview', 'tl;dr', 'what happened'],
  impact: ['impact', 'customer impact', 'user impact', 'who was affected', 'affected services'],
  updates: ['updates', 'status updates', 'update history', 'incident updates'],
  timeline: ['timeline', 'chronology', 'sequence of events', 'timeline of events'],
  rootCause: ['root cause', 'root causes', 'cause', 'causes', 'root cause analysis', 'contributing factors', 'why it happened'],
  resolution: ['resolution', 'recovery', 'remediation', 'how we fixed it', 'mitigation'],
  correctiveActions: ['corrective actions', 'corrective and preventive actions', 'action items', 'follow-up actions', 'follow-ups', 'next steps', 'preventive actions', 'preventative actions', 'what we are doing', "what we're doing", 'prevention',
    // diag-12: a report's changes under their own heading ("What We Changed").
    'what we changed', 'what we have changed', 'what we are changing', "what we're changing", 'changes we made',
    'changes made',
    // diag-54: "What We've Fixed".
    "what we've fixed", 'what we have fixed', 'what we fixed',
    // diag-71: a report template's "Follow-up tasks".
    'follow-up tasks', 'follow up tasks', 'followup tasks', 'follow-up items', 'actions taken', 'action taken'],
  contact: ['contact', 'contacts', 'contact us', 'questions'],
  workaround: ['workaround', 'workarounds', 'temporary workaround'],
  // diag-161: a report's Authors section ("## Author(s)", "- Jane Doe <jane@example.com>") signs it.
  authors: ['author', 'authors'],
};
