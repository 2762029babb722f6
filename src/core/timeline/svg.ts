// The timeline chart of one incident as a standalone SVG string: phases as bands, updates as marks, silences and
// missed promises highlighted, the report window after resolution. Colours are presentation attributes (a CSS
// file may restyle the classes in the webview; the exported file needs no stylesheet), and every text is escaped.
import type { Phase } from '../types';
import { phaseName } from './describe';
import { clip, escapeXml } from './escape';
import { englishT, formatClock, formatHm, formatSpan, formatTick, hasTime, inTimeOrder, zoneOffsetMinutes, type Translate } from '../time';
import { chronologicalUpdates, type IncidentNode, type LateRow, type NextDueRow, type ReportRow, type SilenceRow } from './model';
import type { DocSummary, EntryDigest, UpdateDigest } from './summary';

export interface ChartOptions { now: number; t?: Translate; width?: number; maxLegend?: number }

export const PHASE_COLOURS: Record<Phase | 'unannounced', string> = {
  unannounced: '#9e9e9e', investigating: '#d9534f', identified: '#f0ad4e', monitoring: '#5b9bd5', resolved: '#5cb85c',
};
const TEXT = '#24292f';
const MUTED = '#57606a';
const WARN = '#c62828';
const MIN = 60_000;
const HOUR = 60 * MIN;
const TICK_STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

/** A coordinate rounded to a tenth of a pixel, as written into the SVG. */
const coord = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Maps instants between `start` and `end` onto x coordinates between `left` and `right`. */
interface TimeScale { x(at: number): number; start: number; end: number }
function timeScale(start: number, end: number, left: number, right: number): TimeScale {
  const span = Math.max(end - start, MIN);
  return { start, end: start + span, x: (at) => left + ((at - start) / span) * (right - left) };
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${coord(x)}" y="${coord(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

/** What every part of the chart draws with: the incident, the clock, the translations, the horizontal layout. */
interface Chart {
  node: IncidentNode;
  summary: DocSummary;
  zone: string;
  now: number;
  t: Translate;
  left: number;
  right: number;
  scale: TimeScale;
  /** Updates with a time, oldest first. */
  updates: UpdateDigest[];
  out: string[];
}

// Vertical layout of the main panel, top to bottom.
const BAND_TOP = 62;
const BAND_HEIGHT = 34;
const AXIS_Y = BAND_TOP + BAND_HEIGHT + 8;
const MARK_Y = AXIS_Y + 40;
const ENTRY_Y = MARK_Y + 58;

/** Renders without an XML declaration (fit for inlining in HTML); see `svgDocument` for a file. */
export function renderTimelineSvg(node: IncidentNode, opts: ChartOptions): string {
  const t = opts.t ?? englishT;
  const width = opts.width ?? 960;
  const left = 60;
  const right = width - 30;
  const summary = node.summary;
  const updates = chronologicalUpdates(summary);
  const scale = mainPanelScale(node, opts.now, left, right);
  const chart: Chart = { node, summary, zone: summary.zone, now: opts.now, t, left, right, scale, updates, out: [] };

  const title = clip(summary.id && summary.title ? `${summary.id} — ${summary.title}` : summary.title || summary.id || t('Untitled incident'), 110);
  drawHeader(chart, title);
  drawPhaseBands(chart);
  drawAxis(chart);
  drawWarnings(chart);
  drawUpdateMarks(chart);
  drawNowAndNextDue(chart);
  const entries = inTimeOrder(summary.entries);
  let y = drawEntryMarks(chart, entries);
  y = drawReportWindow(chart, y);
  y = drawLegend(chart, entries, y, opts.maxLegend ?? 30);

  const height = Math.ceil(y + 10);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="pm-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" fill="${TEXT}">`
    + `<title>${escapeXml(title)}</title><rect class="pm-bg" x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`
    + chart.out.join('') + '</svg>';
}

/** The main panel's time range: everything that happened, up to resolution (or now, and the next due time). */
function mainPanelScale(node: IncidentNode, now: number, left: number, right: number): TimeScale {
  const summary = node.summary;
  const rows = node.rows;
  const lates = rows.filter((r): r is LateRow => r.kind === 'late');
  const next = rows.find((r): r is NextDueRow => r.kind === 'nextDue');
  const times = [node.startedAt, node.resolvedAt, summary.detected, ...summary.updates.map((u) => u.at), ...summary.entries.map((x) => x.at),
    ...lates.map((l) => l.promisedAt), next?.dueAt, node.ongoing ? now : undefined]
    .filter(hasTime);
  const hasTimes = times.length > 0;
  const first = hasTimes ? Math.min(...times) : now - HOUR;
  const last = hasTimes ? Math.max(...times) : now;
  const margin = Math.max((last - first) * 0.03, 2 * MIN);
  return timeScale(first - margin, last + margin, left, right);
}

function drawHeader({ node, summary, zone, t, left, out }: Chart, title: string): void {
  const subtitle = [summary.severity?.toUpperCase(), summary.kind === 'rcca' ? t('Report') : phaseName(node.phase, t),
    node.startedAt !== undefined ? t('Started {0}', formatClock(node.startedAt, zone)) : undefined,
    node.resolvedAt !== undefined ? t('Resolved {0}', formatClock(node.resolvedAt, zone)) : undefined]
    .filter(Boolean).join(' · ');
  out.push(text(left, 26, title, 'class="pm-title" font-size="17" font-weight="600"'));
  out.push(text(left, 46, subtitle, `class="pm-subtitle" font-size="12" fill="${MUTED}"`));
}

/** One band per phase, from each phased update to the next; before the first update, "unannounced". */
function drawPhaseBands({ node, updates, scale, zone, now, t, out }: Chart): void {
  const bandsEnd = node.resolvedAt !== undefined && node.phase === 'resolved' ? Math.max(node.resolvedAt, updates[updates.length - 1]?.at ?? 0) : now;
  const segments: Array<{ from: number; to: number; phase: Phase | 'unannounced' }> = [];
  const firstAt = updates[0]?.at;
  if (node.startedAt !== undefined && firstAt !== undefined && firstAt > node.startedAt) {
    segments.push({ from: node.startedAt, to: firstAt, phase: 'unannounced' });
  }
  const phased = updates.filter((u) => u.phase);
  phased.forEach((u, i) => {
    const to = i + 1 < phased.length ? phased[i + 1].at! : Math.max(bandsEnd, u.at!);
    if (u.phase === 'resolved' && i + 1 === phased.length) {
      segments.push({ from: u.at!, to: Math.max(u.at! + (scale.end - scale.start) * 0.02, to), phase: 'resolved' });
    } else segments.push({ from: u.at!, to, phase: u.phase! });
  });
  out.push('<g class="pm-bands">');
  for (const segment of segments) {
    const x = scale.x(segment.from);
    const bandWidth = Math.max(scale.x(segment.to) - x, 2);
    const name = segment.phase === 'unannounced' ? t('Before the first update') : phaseName(segment.phase, t);
    const tooltip = `${name}: ${formatClock(segment.from, zone)} → ${formatClock(segment.to, zone, segment.from)}`;
    out.push(`<rect class="pm-band pm-phase-${segment.phase}" x="${coord(x)}" y="${BAND_TOP}" width="${coord(bandWidth)}" height="${BAND_HEIGHT}" fill="${PHASE_COLOURS[segment.phase]}" fill-opacity="0.85"><title>${escapeXml(tooltip)}</title></rect>`);
    if (bandWidth > 70) out.push(text(x + 6, BAND_TOP + 21, clip(name, Math.floor(bandWidth / 7)), 'class="pm-band-label" font-size="12" fill="#ffffff"'));
  }
  out.push('</g>');
}

/** The time axis, ticks on whole local steps of at most ten per panel. */
function drawAxis({ scale, zone, left, right, out }: Chart): void {
  const spanMinutes = (scale.end - scale.start) / MIN;
  const step = (TICK_STEPS_MIN.find((m) => spanMinutes / m <= 10) ?? 10080) * MIN;
  out.push(`<g class="pm-axis"><line x1="${left}" y1="${AXIS_Y}" x2="${right}" y2="${AXIS_Y}" stroke="${MUTED}" stroke-width="1"/>`);
  const offset = zoneOffsetMinutes(scale.start, zone) * MIN;
  let previous: number | undefined;
  for (let at = Math.ceil((scale.start + offset) / step) * step - offset; at <= scale.end; at += step) {
    const x = scale.x(at);
    out.push(`<line x1="${coord(x)}" y1="${AXIS_Y}" x2="${coord(x)}" y2="${AXIS_Y + 5}" stroke="${MUTED}"/>`);
    out.push(text(x, AXIS_Y + 17, formatTick(at, zone, step, previous), `class="pm-tick" font-size="10" text-anchor="middle" fill="${MUTED}"`));
    previous = at;
  }
  out.push('</g>');
}

/** Silences and missed promises, drawn behind the update marks. */
function drawWarnings({ node, scale, zone, t, out }: Chart): void {
  out.push('<g class="pm-warnings">');
  for (const silence of node.rows.filter((r): r is SilenceRow => r.kind === 'silence')) {
    const x = scale.x(silence.from);
    const silenceWidth = Math.max(scale.x(silence.to) - x, 2);
    const label = t('no update for {0}', formatSpan(silence.to - silence.from, t));
    out.push(`<rect class="pm-silence" x="${coord(x)}" y="${AXIS_Y + 24}" width="${coord(silenceWidth)}" height="32" fill="${WARN}" fill-opacity="0.14" stroke="${WARN}" stroke-dasharray="4 3"><title>${escapeXml(label)}</title></rect>`);
    if (silenceWidth > 90) out.push(text(x + silenceWidth / 2, AXIS_Y + 36, label, `class="pm-silence-label" font-size="10" text-anchor="middle" fill="${WARN}"`));
  }
  for (const late of node.rows.filter((r): r is LateRow => r.kind === 'late')) {
    const promisedX = scale.x(late.promisedAt);
    const postedX = scale.x(late.postedAt);
    const label = t('update {0} later than promised', formatSpan(late.postedAt - late.promisedAt, t));
    out.push(`<g class="pm-missed"><title>${escapeXml(`${label} (${t('promised {0}', formatClock(late.promisedAt, zone))})`)}</title>`
      + `<line x1="${coord(promisedX)}" y1="${MARK_Y}" x2="${coord(postedX)}" y2="${MARK_Y}" stroke="${WARN}" stroke-width="2" stroke-dasharray="5 3"/>`
      + `<path d="M${coord(promisedX - 5)} ${MARK_Y - 5} L${coord(promisedX + 5)} ${MARK_Y + 5} M${coord(promisedX - 5)} ${MARK_Y + 5} L${coord(promisedX + 5)} ${MARK_Y - 5}" stroke="${WARN}" stroke-width="2"/></g>`);
  }
  out.push('</g>');
}

/** Update marks, their times on two alternating rows so neighbours do not collide. */
function drawUpdateMarks({ updates, scale, zone, out }: Chart): void {
  out.push('<g class="pm-updates">');
  updates.forEach((u, i) => {
    const x = scale.x(u.at!);
    const colour = PHASE_COLOURS[u.phase ?? 'unannounced'];
    out.push(`<g class="pm-update pm-phase-${u.phase ?? 'unknown'}"><title>${escapeXml(u.heading)}</title>`
      + `<line x1="${coord(x)}" y1="${BAND_TOP}" x2="${coord(x)}" y2="${MARK_Y}" stroke="${colour}" stroke-width="1.5"/>`
      + `<circle cx="${coord(x)}" cy="${MARK_Y}" r="5" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/></g>`);
    out.push(text(x, MARK_Y + 18 + (i % 2) * 12, formatHm(u.at!, zone), `class="pm-update-label" font-size="10" text-anchor="middle" fill="${TEXT}"`));
  });
  out.push('</g>');
}

/** The "now" line of an ongoing incident and the next update's due mark (on the axis, clear of the silences). */
function drawNowAndNextDue({ node, scale, zone, now, t, out }: Chart): void {
  if (node.ongoing) {
    const nowX = scale.x(now);
    out.push(`<g class="pm-now"><line x1="${coord(nowX)}" y1="${BAND_TOP - 4}" x2="${coord(nowX)}" y2="${MARK_Y + 40}" stroke="${TEXT}" stroke-dasharray="2 2"/>${text(nowX, BAND_TOP - 7, t('now'), `font-size="10" text-anchor="middle" fill="${TEXT}"`)}</g>`);
  }
  const next = node.rows.find((r): r is NextDueRow => r.kind === 'nextDue');
  if (!next) return;
  const dueX = scale.x(next.dueAt);
  const overdue = now > next.dueAt;
  const label = overdue ? t('next update overdue by {0}', formatSpan(now - next.dueAt, t)) : t('next update due {0} (in {1})', formatClock(next.dueAt, zone, now), formatSpan(next.dueAt - now, t));
  out.push(`<g class="pm-next${overdue ? ' pm-overdue' : ''}"><title>${escapeXml(label)}</title><path d="M${coord(dueX)} ${AXIS_Y - 7} L${coord(dueX + 7)} ${AXIS_Y} L${coord(dueX)} ${AXIS_Y + 7} L${coord(dueX - 7)} ${AXIS_Y} Z" fill="none" stroke="${overdue ? WARN : TEXT}" stroke-width="2"/></g>`);
}

/** Timeline entries as numbered diamonds (their text goes in the legend); returns the y below them. */
function drawEntryMarks({ scale, zone, t, out }: Chart, entries: EntryDigest[]): number {
  out.push('<g class="pm-entries">');
  if (entries.length) out.push(text(8, ENTRY_Y + 4, t('Events'), `font-size="10" fill="${MUTED}"`));
  entries.forEach((entry, i) => {
    const x = scale.x(entry.at!);
    out.push(`<g class="pm-entry"><title>${escapeXml(`${formatClock(entry.at!, zone)} — ${entry.text}`)}</title><path d="M${coord(x)} ${ENTRY_Y - 6} L${coord(x + 6)} ${ENTRY_Y} L${coord(x)} ${ENTRY_Y + 6} L${coord(x - 6)} ${ENTRY_Y} Z" fill="${MUTED}"/></g>`);
    out.push(text(x, ENTRY_Y + 18 + (i % 2) * 11, String(i + 1), `font-size="9" text-anchor="middle" fill="${MUTED}"`));
  });
  out.push('</g>');
  return ENTRY_Y + (entries.length ? 44 : 14);
}

/** The report window after resolution, on its own time scale; returns the y below it. */
function drawReportWindow({ node, zone, now, t, left, right, out }: Chart, y: number): number {
  const report = node.rows.find((r): r is ReportRow => r.kind === 'report');
  if (!report) return y;
  const hours = (report.deadline - report.resolvedAt) / HOUR;
  const ends = [report.deadline, report.publishedAt, Math.min(now, report.resolvedAt + hours * 2 * HOUR)]
    .filter((v): v is number => typeof v === 'number');
  const scale = timeScale(report.resolvedAt, Math.max(...ends) + Math.max(hours, 1) * HOUR * 0.04, left, right);
  const top = y + 22;
  const heading = t('{0}-hour window for the report', Math.round(hours));
  out.push(`<g class="pm-report-window">${text(left, y + 12, heading, `class="pm-section" font-size="12" font-weight="600" fill="${TEXT}"`)}`);
  out.push(`<rect class="pm-window" x="${coord(scale.x(report.resolvedAt))}" y="${top}" width="${coord(scale.x(report.deadline) - scale.x(report.resolvedAt))}" height="22" fill="${PHASE_COLOURS.resolved}" fill-opacity="0.25" stroke="${PHASE_COLOURS.resolved}"><title>${escapeXml(t('Due {0}', formatClock(report.deadline, zone)))}</title></rect>`);
  const lateEnd = report.publishedAt ?? (report.state === 'overdue' ? now : undefined);
  if (lateEnd !== undefined && lateEnd > report.deadline) {
    out.push(`<rect class="pm-window-late" x="${coord(scale.x(report.deadline))}" y="${top}" width="${coord(scale.x(lateEnd) - scale.x(report.deadline))}" height="22" fill="${WARN}" fill-opacity="0.25" stroke="${WARN}"/>`);
  }
  for (let h = 0; h <= (scale.end - scale.start) / HOUR; h += hours > 48 ? 12 : 6) {
    const x = scale.x(report.resolvedAt + h * HOUR);
    out.push(text(x, top + 36, `+${h} h`, `font-size="10" text-anchor="middle" fill="${MUTED}"`));
  }
  const state = report.state === 'published'
    ? t('report published {0} after resolution', formatSpan(report.publishedAt! - report.resolvedAt, t))
    : report.state === 'overdue' ? t('report overdue by {0}', formatSpan(now - report.deadline, t))
      : t('report due in {0}', formatSpan(report.deadline - now, t));
  if (report.publishedAt !== undefined) {
    const publishedX = scale.x(report.publishedAt);
    out.push(`<g class="pm-published"><title>${escapeXml(state)}</title><circle cx="${coord(publishedX)}" cy="${top + 11}" r="6" fill="${report.level === 'info' ? PHASE_COLOURS.resolved : WARN}" stroke="#ffffff" stroke-width="1.5"/></g>`);
  } else if (now >= scale.start && now <= scale.end) {
    const nowX = scale.x(now);
    out.push(`<line class="pm-now" x1="${coord(nowX)}" y1="${top - 4}" x2="${coord(nowX)}" y2="${top + 26}" stroke="${TEXT}" stroke-dasharray="2 2"/>`);
  }
  out.push(text(right, y + 12, state, `class="pm-report-state" font-size="12" text-anchor="end" fill="${report.level === 'info' ? TEXT : WARN}"`));
  out.push('</g>');
  return top + 52;
}

/** The events' text, numbered like their diamonds, at most `max` lines; returns the y below it. */
function drawLegend({ node, zone, t, left, out }: Chart, entries: EntryDigest[], y: number, max: number): number {
  if (!entries.length) return y;
  out.push('<g class="pm-legend">');
  entries.slice(0, max).forEach((entry, i) => {
    out.push(text(left, y + 14 * (i + 1), `${i + 1}. ${formatClock(entry.at!, zone, node.startedAt)} — ${clip(entry.text, 120)}`, `font-size="11" fill="${TEXT}"`));
  });
  if (entries.length > max) out.push(text(left, y + 14 * (max + 1), t('and {0} more', entries.length - max), `font-size="11" fill="${MUTED}"`));
  out.push('</g>');
  return y + 14 * (Math.min(entries.length, max) + (entries.length > max ? 1 : 0)) + 10;
}

/** The chart as a file: XML declaration and a trailing newline. */
export function svgDocument(svg: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
