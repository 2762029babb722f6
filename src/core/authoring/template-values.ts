// Template values every template may use, taken from a parsed document. Each free-text value also exists as
// `yaml.<name>`, a YAML scalar for front matter (quoted when needed), so templates stay logic-free.
import type { PostmortemDocument } from '../types';
import type { TemplateValues } from '../templates/render';
import { yamlScalar } from './frontmatter';
import { isoTime } from './time';

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  return undefined;
}

/** Adds `yaml.<key>` for every value. */
export function withYaml(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...values };
  for (const [k, v] of Object.entries(values)) if (!k.startsWith('yaml.')) out[`yaml.${k}`] = yamlScalar(v);
  return out;
}

export function commonValues(doc: PostmortemDocument): TemplateValues {
  const m = doc.meta;
  const fm = doc.frontMatter.data;
  const t = (at: number | undefined) => (at === undefined ? '' : isoTime(at, doc.zone));
  return withYaml({
    id: m.id ?? str(fm.id) ?? '',
    title: m.title ?? str(fm.title) ?? '',
    severity: m.severity ?? str(fm.severity) ?? '',
    lang: doc.lang,
    timezone: m.timezone ?? doc.zone,
    audience: m.audience,
    lead: m.lead ?? m.author ?? '',
    started: t(m.started),
    detected: t(m.detected),
    resolved: t(m.resolved),
  });
}
