// English words of a sign-off that name no person (PM009): "— The Ops Team", "Building Office".
import type { SignatureLexicon } from '../types';

export const signature: SignatureLexicon = {
  generic: [
    'the', 'your', 'our', 'from', 'team', 'teams', 'ops', 'operations', 'sre', 'support', 'customer', 'customers',
    'service', 'services', 'success', 'care', 'engineering', 'engineers', 'technical', 'tech', 'it', 'staff', 'crew',
    'department', 'desk', 'help', 'helpdesk', 'office', 'building', 'management', 'infrastructure', 'platform',
    'devops', 'network', 'reliability', 'site', 'status', 'communications', 'comms', 'incident', 'response', 'all',
    'everyone', 'at', 'of', 'and', 'regards', 'best', 'kind', 'thanks', 'thank', 'you', 'cheers', 'sincerely',
  ],
  heads: ['team', 'teams', 'support', 'ops', 'operations', 'office', 'department', 'desk', 'crew', 'staff', 'service', 'engineering', 'sre', 'devops', 'helpdesk'],
  bylines: ['posted by', 'written by', 'published by', 'authored by', 'by'],
  reachOut: ['contact', 'call', 'email', 'e-mail', 'reach', 'write to', 'ask'],
  reachVia: ['at', 'on', 'via', 'by'],
};
