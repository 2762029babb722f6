// Normalised front matter: aliases resolved (severity, lang, audience, status), dates read in the document zone.
// Raw values stay in frontMatter.data; anything that does not normalise is left undefined for PM024 to report.
import type { Audience, DocumentKind, DocumentMeta, IncidentSeverity, Lang, Phase } from '../types';
import { LANGS } from '../types';
import { normalizeZone, parseDateValue } from '../time';
import { lexicon } from '../lexicon';

const SEVERITY: Record<string, IncidentSeverity> = {
  sev1: 'sev1', sev2: 'sev2', sev3: 'sev3', sev4: 'sev4',
  'sev-1': 'sev1', 'sev-2': 'sev2', 'sev-3': 'sev3', 'sev-4': 'sev4',
  s1: 'sev1', s2: 'sev2', s3: 'sev3', s4: 'sev4', p1: 'sev1', p2: 'sev2', p3: 'sev3', p4: 'sev4',
  '1': 'sev1', '2': 'sev2', '3': 'sev3', '4': 'sev4',
  critical: 'sev1', major: 'sev2', minor: 'sev3', low: 'sev4',
  // The same four words in French and German, for writers who keep their front matter in their language.
  critique: 'sev1', majeur: 'sev2', majeure: 'sev2', mineur: 'sev3', mineure: 'sev3', faible: 'sev4',
  kritisch: 'sev1', schwer: 'sev2', schwerwiegend: 'sev2', gering: 'sev3', niedrig: 'sev4',
};

const LANG_ALIASES: Record<string, Lang> = {
  en: 'en', 'en-us': 'en', 'en-gb': 'en', english: 'en',
  fr: 'fr', 'fr-fr': 'fr', 'fr-ca': 'fr', 'fr-be': 'fr', 'fr-ch': 'fr', french: 'fr', français: 'fr',
  de: 'de', 'de-de': 'de', 'de-at': 'de', 'de-ch': 'de', german: 'de', deutsch: 'de',
  zh: 'zh-Hans', 'zh-hans': 'zh-Hans', 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-hans-cn': 'zh-Hans',
  'zh-hant': 'zh-Hant', 'zh-tw': 'zh-Hant', 'zh-hk': 'zh-Hant', 'zh-mo': 'zh-Hant', 'zh-hant-tw': 'zh-Hant',
};

const AUDIENCE: Record<string, Audience> = {
  customers: 'customers', customer: 'customers', public: 'customers', external: 'customers', clients: 'customers',
  internal: 'internal', private: 'internal', staff: 'internal', employees: 'internal',
};

function str(v: unknown): string | undefined {
  if (typeof v === 'string') { const t = v.trim(); return t || undefined; }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function normalizeSeverity(v: unknown): IncidentSeverity | undefined {
  const s = str(v);
  return s ? SEVERITY[s.toLowerCase().replace(/\s+/g, '')] : undefined;
}

export function normalizeLang(v: unknown): Lang | undefined {
  const s = str(v);
  if (!s) return undefined;
  const k = s.toLowerCase().replace(/_/g, '-');
  return LANG_ALIASES[k] ?? (LANGS as readonly string[]).find((l) => l.toLowerCase() === k) as Lang | undefined;
}

export function normalizeKind(v: unknown): DocumentKind | undefined {
  const s = str(v)?.toLowerCase();
  return s === 'incident' || s === 'rcca' ? s : undefined;
}

/** A phase from its English key or a phase word in any language. */
export function normalizePhase(v: unknown): Phase | undefined {
  const s = str(v)?.toLowerCase();
  if (!s) return undefined;
  for (const lang of LANGS) {
    const phases = lexicon(lang).phases;
    for (const p of Object.keys(phases) as Phase[]) if (p === s || phases[p].includes(s)) return p;
  }
  return undefined;
}

function services(v: unknown): string[] | undefined {
  if (Array.isArray(v)) {
    const out = v.map(str).filter((s): s is string => s !== undefined);
    return out.length ? out : undefined;
  }
  const s = str(v);
  return s ? s.split(/\s*,\s*/).filter(Boolean) : undefined;
}

/**
 * `configZone` applies when the front matter names no valid zone. Returns the meta and the zone that times
 * written without one are read in (a luxon zone name).
 */
export function normalizeMeta(data: Record<string, unknown>, configZone?: string): { meta: DocumentMeta; zone: string } {
  const tz = str(data.timezone) ?? str(data.tz);
  const zone = normalizeZone(tz) ?? normalizeZone(configZone) ?? 'UTC';
  const date = (...keys: string[]): number | undefined => {
    for (const k of keys) {
      if (!(k in data)) continue;
      const r = parseDateValue(data[k], zone);
      if (r) return r.at;
    }
    return undefined;
  };
  const meta: DocumentMeta = {
    kind: normalizeKind(data.kind),
    id: str(data.id),
    incident: str(data.incident),
    title: str(data.title),
    severity: normalizeSeverity(data.severity),
    status: normalizePhase(data.status),
    audience: AUDIENCE[str(data.audience)?.toLowerCase() ?? ''] ?? 'customers',
    lang: normalizeLang(data.lang ?? data.language),
    timezone: tz,
    started: date('started'),
    detected: date('detected'),
    resolved: date('resolved'),
    published: date('published'),
    publishBy: date('publishBy', 'publish_by', 'publish-by'),
    lead: str(data.lead),
    author: str(data.author),
    services: services(data.services),
  };
  for (const k of Object.keys(meta) as (keyof DocumentMeta)[]) if (meta[k] === undefined) delete meta[k];
  return { meta, zone };
}
