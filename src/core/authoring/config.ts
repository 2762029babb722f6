// The `.postmortem.yaml` that Open/Create Configuration writes when a folder has none: every key commented with
// what it does, values equal to the defaults, so creating it changes nothing until the team edits it.
import type { Lang } from '../types';
import { DEFAULT_CADENCE_MINUTES as CADENCE, DEFAULT_REPORT_HOURS } from '../defaults';

export function defaultConfigText(lang?: Lang): string {
  return [
    '# Postmortem Author configuration. The nearest .postmortem.yaml to a document wins; `extends` pulls in another.',
    '# Rules: off | information | warning | error, or an object with `severity` and the rule\'s options.',
    '# Docs: https://github.com/postmortem-author/postmortem-author/tree/main/docs/rules',
    'rules:',
    '  # tone: warning',
    '  # vendor-blame: { severity: warning, vendors: [] }',
    `  publish-deadline: { hours: ${DEFAULT_REPORT_HOURS} }`,
    `  update-cadence: { minutes: { sev1: ${CADENCE.sev1}, sev2: ${CADENCE.sev2}, sev3: ${CADENCE.sev3}, sev4: ${CADENCE.sev4} } }`,
    '# Zone for times written without one (IANA name or UTC offset).',
    'timezone: UTC',
    `# Language of new documents: en | fr | de | zh-Hans | zh-Hant.`,
    `${lang ? '' : '# '}language: ${lang ?? 'en'}`,
    '# Folder with the team\'s templates (<folder>/<lang>/incident.md, update-<phase>.md, rcca.md), relative to this file.',
    '# templates: .postmortem/templates',
    '',
  ].join('\n');
}
