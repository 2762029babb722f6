// The shapes of Import Incident from Status Page: what the readers take from a status page (JSON or copied text),
// the options a caller passes, and what comes out (our incident document, and what could not be mapped).
import type { Config, IncidentSeverity, Lang, Phase, UpdateOrder } from '../types';

/** One update as the status page shows it. */
export interface SourceUpdate {
  /** Epoch ms; undefined when the page gave no readable time. */
  at?: number;
  /** Our phase, when the page's status or label is one. */
  phase?: Phase;
  /** The status or label as the page wrote it ("resolved", "Update", "postmortem"). */
  label?: string;
  body: string;
  /** Names of the components the update lists as affected. */
  components: string[];
}

/** One incident as the status page shows it. */
export interface SourceIncident {
  /** The page's identifier of the incident, when it has one. */
  id?: string;
  title?: string;
  /** The page's impact word ("critical", "major", "minor", "none"), when it has one. */
  impact?: string;
  /** The incident's status as written on the page. */
  status?: string;
  startedAt?: number;
  resolvedAt?: number;
  /** The page's short link to the incident. */
  link?: string;
  /** Newest first or as listed: the writer sorts them. */
  updates: SourceUpdate[];
  components: string[];
  /** Text the reader found but could not place (kept in the document, reported once). */
  leftover: string[];
}

export interface ImportOptions {
  /** Order of the updates in the new document; default: the configuration's (timestamps `updateOrder`), else oldest first. */
  order?: UpdateOrder;
  /** Language of the new document; default: detected from the text, else the configuration's, else en. */
  lang?: Lang;
  /** Zone the times are written in; default the configuration's `timezone`, else UTC. */
  zone?: string;
  /** Title when the page gives none (copied text may start with the first update). */
  title?: string;
  /** Severity when the page says none (copied text has no impact). Never guessed. */
  severity?: IncidentSeverity;
  config?: Config;
}

/** What could not be mapped, once per kind: the callers word it for their user (CLI in English, editor localised). */
export type ImportWarning =
  | { code: 'unmapped-status'; count: number; labels: string[] }
  | { code: 'postmortem-kept'; count: number }
  | { code: 'no-time'; count: number }
  | { code: 'leftover-text'; count: number }
  | { code: 'started-earlier'; started: number }
  /** No status on the page and none in the newest update's text: written as investigating. */
  | { code: 'status-assumed' }
  | { code: 'maintenance-skipped'; count: number; titles: string[] };

export interface ImportedIncident {
  /** The incident document in our format. */
  text: string;
  /** A file name for it: `<date>-<slug>.md` (date of `started` in the zone). */
  fileName: string;
  id: string;
  title: string;
  lang: Lang;
  severity: IncidentSeverity;
  warnings: ImportWarning[];
}

/** Why nothing was imported. `needs-severity`: the page says no impact; ask and pass `severity`. */
export type ImportFailure =
  | { reason: 'not-json'; detail: string }
  | { reason: 'not-an-incident'; detail: string }
  | { reason: 'no-updates' }
  | { reason: 'needs-title' }
  | { reason: 'needs-severity'; title: string }
  | { reason: 'maintenance'; title: string };

export type ImportResult =
  | { ok: true; incidents: ImportedIncident[]; warnings: ImportWarning[] }
  | { ok: false; failure: ImportFailure };
