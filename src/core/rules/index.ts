// The rule registry: every rule the engine runs, in catalog order. Add a rule with one import and one list entry.
import type { Rule } from '../types';
import apology from './apology';
import impact from './impact';
import publishDeadline from './publish-deadline';
import nextUpdate from './next-update';
import updateCadence from './update-cadence';
import firstUpdate from './first-update';
import resolutionNotice from './resolution-notice';
import rootCause from './root-cause';
import correctiveActions from './corrective-actions';
import timestamps from './timestamps';
import frontMatter from './front-matter';
import vendorBlame from './vendor-blame';
import tone from './tone';
import signature from './signature';
import speculation from './speculation';
import internalDetails from './internal-details';
import workaround from './workaround';
import blamefulLanguage from './blameful-language';
import repeatedUpdate from './repeated-update';

export const allRules: Rule[] = [
  apology,
  impact,
  publishDeadline,
  nextUpdate,
  updateCadence,
  firstUpdate,
  resolutionNotice,
  rootCause,
  correctiveActions,
  timestamps,
  frontMatter,
  vendorBlame,
  tone,
  signature,
  speculation,
  internalDetails,
  workaround,
  blamefulLanguage,
  repeatedUpdate,
];

/** The rule with this id ('PM007') or name ('vendor-blame'), case-insensitive. */
export function findRule(key: string, rules: readonly Rule[] = allRules): Rule | undefined {
  const k = key.trim().toLowerCase();
  return rules.find((r) => r.id.toLowerCase() === k || r.name.toLowerCase() === k);
}

export const DOCS_BASE = 'https://github.com/postmortem-author/postmortem-author/blob/main/docs/rules/';
export function docsUrl(rule: Pick<Rule, 'name'>): string {
  return `${DOCS_BASE}${rule.name}.md`;
}
