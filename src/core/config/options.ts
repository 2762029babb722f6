// The options each rule accepts in `.postmortem.yaml`, for validation (mirrored in schemas/postmortem.schema.json).
// Rules not listed here accept any option (their authors document them on the rule's docs page).

export type OptionType = 'positive-number' | 'non-negative-number' | 'string-list' | 'severity-minutes' | 'boolean' | 'string';

export const RULE_OPTIONS: Record<string, Record<string, OptionType>> = {
  'vendor-blame': { vendors: 'string-list' },
  'publish-deadline': { hours: 'positive-number' },
  'update-cadence': { minutes: 'severity-minutes', graceMinutes: 'non-negative-number' },
  'first-update': { minutes: 'severity-minutes', graceMinutes: 'non-negative-number' },
  'next-update': { minutes: 'severity-minutes' },
  timestamps: { toleranceMinutes: 'positive-number' },
};

const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'];

function positive(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}

/** True when `value` has the option's type. */
export function checkOption(type: OptionType, value: unknown): boolean {
  switch (type) {
    case 'positive-number':
      return positive(value);
    case 'non-negative-number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
    case 'string-list':
      return Array.isArray(value) && value.every((x) => typeof x === 'string' && x.trim().length > 0);
    case 'severity-minutes':
      return (
        !!value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.entries(value as Record<string, unknown>).every(([k, v]) => SEVERITIES.includes(k) && positive(v))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
  }
}
