// Logic-free templates: `{{name}}` placeholders replaced by values, nothing else. No expressions, no helpers, no code
// from a workspace ever runs — a team's template can only arrange text around the values we hand it.
// `{{{{` writes a literal `{{`. Unknown placeholders are kept as written (so a typo shows in the output) and listed.

export type TemplateValues = Readonly<Record<string, string | undefined>>;

export interface Rendered {
  text: string;
  /** Placeholders the template uses that have no value (kept verbatim in `text`). */
  missing: string[];
}

const PLACEHOLDER = /\{\{\{\{|\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}/g;

export function renderTemplate(template: string, values: TemplateValues): Rendered {
  const missing = new Set<string>();
  const text = String(template ?? '').replace(PLACEHOLDER, (whole, name: string | undefined) => {
    if (name === undefined) return '{{';
    const v = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (v === undefined) {
      missing.add(name);
      return whole;
    }
    return v;
  });
  return { text, missing: [...missing] };
}

/** Names of the placeholders a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const m of String(template ?? '').matchAll(PLACEHOLDER)) {
    if (m[1] !== undefined && !names.includes(m[1])) names.push(m[1]);
  }
  return names;
}

/** The templates the extension ships, one file per name per language: templates/<lang>/<name>.md. */
export const TEMPLATE_NAMES = [
  'incident', 'update-investigating', 'update-identified', 'update-monitoring', 'update-resolved', 'rcca',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
