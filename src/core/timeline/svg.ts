// The timeline chart of one incident as a standalone SVG string: phases as bands, updates as marks, silences and
// missed promises highlighted, the report window after resolution. Colours are presentation attributes (a CSS
// file may restyle the classes in the webview; the exported file needs no stylesheet), and every text is escaped.
import type { Phase } from '../types';
import { phaseName } from './describe';
import { clip, escapeXml } from './escape';
import { englishT, formatClock, formatHm, formatSpan, formatTick, zoneOffsetMinutes, type Translate } from '../time';
import { chronologicalUpdates, type IncidentNode, type LateRow, type NextDueRow, type ReportRow, type SilenceRow } from './model';

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

const e = escapeXml;
const f = (n: number): string => (Math.round(n * 10) / 10).toString();

interface Scale { x(at: number): number; t0: number; t1: number }
function scale(t0: number, t1: number, left: number, right: number): Scale {
  const span = Math.max(t1 - t0, MIN);
  return { t0, t1: t0 + span, x: (at) => left + ((at - t0) / span) * (right - left) };
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${f(x)}" y="${f(y)}"${attrs ? ` ${attrs}` : ''}>${e(content)}</text>`;
}

/** Renders without an XML declaration (fit for inlining in HTML); see `svgDocument` for a file. */
export function renderTimelineSvg(node: IncidentNode, opts: ChartOptions): string {
  const t = opts.t ?? englishT;
  const now = opts.now;
  const W = opts.width ?? 960;
  const L = 60;
  const R = W - 30;
  const s = node.summary;
  const zone = s.zone;
  const out: string[] = [];
  const ordered = chronologicalUpdates(s);
  const rows = node.rows;
  const silences = rows.filter((r): r is SilenceRow => r.kind === 'silence');
  const lates = rows.filter((r): r is LateRow => r.kind === 'late');
  const next = rows.find((r): r is NextDueRow => r.kind === 'nextDue');
  const report = rows.find((r): r is ReportRow => r.kind === 'report');

  // Time range of the main panel: everything that happened, up to resolution (or now, and the next due time).
  const times = [node.startedAt, node.resolvedAt, s.detected, ...s.updates.map((u) => u.at), ...s.entries.map((x) => x.at),
    ...lates.map((l) => l.promisedAt), next?.dueAt, node.ongoing ? now : undefined]
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const hasTimes = times.length > 0;
  const t0raw = hasTimes ? Math.min(...times) : now - HOUR;
  const t1raw = hasTimes ? Math.max(...times) : now;
  const pad = Math.max((t1raw - t0raw) * 0.03, 2 * MIN);
  const sc = scale(t0raw - pad, t1raw + pad, L, R);

  const title = clip(s.id && s.title ? `${s.id} — ${s.title}` : s.title || s.id || t('Untitled incident'), 110);
  const sub = [s.severity?.toUpperCase(), s.kind === 'rcca' ? t('Report') : phaseName(node.phase, t),
    node.startedAt !== undefined ? t('Started {0}', formatClock(node.startedAt, zone)) : undefined,
    node.resolvedAt !== undefined ? t('Resolved {0}', formatClock(node.resolvedAt, zone)) : undefined]
    .filter(Boolean).join(' · ');

  // Header
  out.push(text(L, 26, title, 'class="pm-title" font-size="17" font-weight="600"'));
  out.push(text(L, 46, sub, `class="pm-subtitle" font-size="12" fill="${MUTED}"`));

  // Phase bands
  const bandY = 62;
  const bandH = 34;
  const bandEnd = node.resolvedAt !== undefined && node.phase === 'resolved' ? Math.max(node.resolvedAt, ordered[ordered.length - 1]?.at ?? 0) : now;
  const segments: Array<{ from: number; to: number; phase: Phase | 'unannounced' }> = [];
  const firstAt = ordered[0]?.at;
  if (node.startedAt !== undefined && firstAt !== undefined && firstAt > node.startedAt) {
    segments.push({ from: node.startedAt, to: firstAt, phase: 'unannounced' });
  }
  const phased = ordered.filter((u) => u.phase);
  phased.forEach((u, i) => {
    const to = i + 1 < phased.length ? phased[i + 1].at! : Math.max(bandEnd, u.at!);
    if (u.phase === 'resolved' && i + 1 === phased.length) {
      segments.push({ from: u.at!, to: Math.max(u.at! + (sc.t1 - sc.t0) * 0.02, to), phase: 'resolved' });
    } else segments.push({ from: u.at!, to, phase: u.phase! });
  });
  out.push('<g class="pm-bands">');
  for (const seg of segments) {
    const x0 = sc.x(seg.from);
    const w = Math.max(sc.x(seg.to) - x0, 2);
    const name = seg.phase === 'unannounced' ? t('Before the first update') : phaseName(seg.phase, t);
    out.push(`<rect class="pm-band pm-phase-${seg.phase}" x="${f(x0)}" y="${bandY}" width="${f(w)}" height="${bandH}" fill="${PHASE_COLOURS[seg.phase]}" fill-opacity="0.85"><title>${e(`${name}: ${formatClock(seg.from, zone)} → ${formatClock(seg.to, zone, seg.from)}`)}</title></rect>`);
    if (w > 70) out.push(text(x0 + 6, bandY + 21, clip(name, Math.floor(w / 7)), 'class="pm-band-label" font-size="12" fill="#ffffff"'));
  }
  out.push('</g>');

  // Axis with ticks
  const axisY = bandY + bandH + 8;
  const spanMin = (sc.t1 - sc.t0) / MIN;
  const step = (TICK_STEPS_MIN.find((m) => spanMin / m <= 10) ?? 10080) * MIN;
  out.push(`<g class="pm-axis"><line x1="${L}" y1="${axisY}" x2="${R}" y2="${axisY}" stroke="${MUTED}" stroke-width="1"/>`);
  const offset = zoneOffsetMinutes(sc.t0, zone) * MIN;
  let previous: number | undefined;
  for (let at = Math.ceil((sc.t0 + offset) / step) * step - offset; at <= sc.t1; at += step) {
    const x = sc.x(at);
    out.push(`<line x1="${f(x)}" y1="${axisY}" x2="${f(x)}" y2="${axisY + 5}" stroke="${MUTED}"/>`);
    out.push(text(x, axisY + 17, formatTick(at, zone, step, previous), `class="pm-tick" font-size="10" text-anchor="middle" fill="${MUTED}"`));
    previous = at;
  }
  out.push('</g>');

  // Silences and missed promises (behind the marks)
  const markY = axisY + 40;
  out.push('<g class="pm-warnings">');
  for (const sil of silences) {
    const x0 = sc.x(sil.from);
    const w = Math.max(sc.x(sil.to) - x0, 2);
    const label = t('no update for {0}', formatSpan(sil.to - sil.from, t));
    out.push(`<rect class="pm-silence" x="${f(x0)}" y="${axisY + 24}" width="${f(w)}" height="32" fill="${WARN}" fill-opacity="0.14" stroke="${WARN}" stroke-dasharray="4 3"><title>${e(label)}</title></rect>`);
    if (w > 90) out.push(text(x0 + w / 2, axisY + 36, label, `class="pm-silence-label" font-size="10" text-anchor="middle" fill="${WARN}"`));
  }
  for (const late of lates) {
    const xp = sc.x(late.promisedAt);
    const xa = sc.x(late.postedAt);
    const label = t('update {0} later than promised', formatSpan(late.postedAt - late.promisedAt, t));
    out.push(`<g class="pm-missed"><title>${e(`${label} (${t('promised {0}', formatClock(late.promisedAt, zone))})`)}</title>`
      + `<line x1="${f(xp)}" y1="${markY}" x2="${f(xa)}" y2="${markY}" stroke="${WARN}" stroke-width="2" stroke-dasharray="5 3"/>`
      + `<path d="M${f(xp - 5)} ${markY - 5} L${f(xp + 5)} ${markY + 5} M${f(xp - 5)} ${markY + 5} L${f(xp + 5)} ${markY - 5}" stroke="${WARN}" stroke-width="2"/></g>`);
  }
  out.push('</g>');

  // Update marks, labels on two alternating rows so neighbours do not collide
  out.push('<g class="pm-updates">');
  ordered.forEach((u, i) => {
    const x = sc.x(u.at!);
    const colour = PHASE_COLOURS[u.phase ?? 'unannounced'];
    out.push(`<g class="pm-update pm-phase-${u.phase ?? 'unknown'}"><title>${e(u.heading)}</title>`
      + `<line x1="${f(x)}" y1="${bandY}" x2="${f(x)}" y2="${markY}" stroke="${colour}" stroke-width="1.5"/>`
      + `<circle cx="${f(x)}" cy="${markY}" r="5" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/></g>`);
    out.push(text(x, markY + 18 + (i % 2) * 12, formatHm(u.at!, zone), `class="pm-update-label" font-size="10" text-anchor="middle" fill="${TEXT}"`));
  });
  out.push('</g>');

  // Now and next update due
  const dueY = axisY; // on the axis, clear of the silence highlight and its label
  if (node.ongoing) {
    const xn = sc.x(now);
    out.push(`<g class="pm-now"><line x1="${f(xn)}" y1="${bandY - 4}" x2="${f(xn)}" y2="${markY + 40}" stroke="${TEXT}" stroke-dasharray="2 2"/>${text(xn, bandY - 7, t('now'), `font-size="10" text-anchor="middle" fill="${TEXT}"`)}</g>`);
  }
  if (next) {
    const xd = sc.x(next.dueAt);
    const overdue = now > next.dueAt;
    const label = overdue ? t('next update overdue by {0}', formatSpan(now - next.dueAt, t)) : t('next update due {0} (in {1})', formatClock(next.dueAt, zone, now), formatSpan(next.dueAt - now, t));
    out.push(`<g class="pm-next${overdue ? ' pm-overdue' : ''}"><title>${e(label)}</title><path d="M${f(xd)} ${dueY - 7} L${f(xd + 7)} ${dueY} L${f(xd)} ${dueY + 7} L${f(xd - 7)} ${dueY} Z" fill="none" stroke="${overdue ? WARN : TEXT}" stroke-width="2"/></g>`);
  }

  // Timeline entries: numbered diamonds, the text in a legend below (readable in the exported file too)
  const entryY = markY + 58;
  const entries = s.entries.filter((x) => x.at !== undefined).sort((a, b) => a.at! - b.at!);
  out.push('<g class="pm-entries">');
  if (entries.length) out.push(text(8, entryY + 4, t('Events'), `font-size="10" fill="${MUTED}"`));
  entries.forEach((en, i) => {
    const x = sc.x(en.at!);
    out.push(`<g class="pm-entry"><title>${e(`${formatClock(en.at!, zone)} — ${en.text}`)}</title><path d="M${f(x)} ${entryY - 6} L${f(x + 6)} ${entryY} L${f(x)} ${entryY + 6} L${f(x - 6)} ${entryY} Z" fill="${MUTED}"/></g>`);
    out.push(text(x, entryY + 18 + (i % 2) * 11, String(i + 1), `font-size="9" text-anchor="middle" fill="${MUTED}"`));
  });
  out.push('</g>');
  let y = entryY + (entries.length ? 44 : 14);

  // The report window after resolution
  if (report) {
    const hours = (report.deadline - report.resolvedAt) / HOUR;
    const ends = [report.deadline, report.publishedAt, Math.min(now, report.resolvedAt + hours * 2 * HOUR)]
      .filter((v): v is number => typeof v === 'number');
    const rs = scale(report.resolvedAt, Math.max(...ends) + Math.max(hours, 1) * HOUR * 0.04, L, R);
    const top = y + 22;
    const heading = t('{0}-hour window for the report', Math.round(hours));
    out.push(`<g class="pm-report-window">${text(L, y + 12, heading, `class="pm-section" font-size="12" font-weight="600" fill="${TEXT}"`)}`);
    out.push(`<rect class="pm-window" x="${f(rs.x(report.resolvedAt))}" y="${top}" width="${f(rs.x(report.deadline) - rs.x(report.resolvedAt))}" height="22" fill="${PHASE_COLOURS.resolved}" fill-opacity="0.25" stroke="${PHASE_COLOURS.resolved}"><title>${e(t('Due {0}', formatClock(report.deadline, zone)))}</title></rect>`);
    const lateEnd = report.publishedAt ?? (report.state === 'overdue' ? now : undefined);
    if (lateEnd !== undefined && lateEnd > report.deadline) {
      out.push(`<rect class="pm-window-late" x="${f(rs.x(report.deadline))}" y="${top}" width="${f(rs.x(lateEnd) - rs.x(report.deadline))}" height="22" fill="${WARN}" fill-opacity="0.25" stroke="${WARN}"/>`);
    }
    for (let h = 0; h <= (rs.t1 - rs.t0) / HOUR; h += hours > 48 ? 12 : 6) {
      const x = rs.x(report.resolvedAt + h * HOUR);
      out.push(text(x, top + 36, `+${h} h`, `font-size="10" text-anchor="middle" fill="${MUTED}"`));
    }
    const state = report.state === 'published'
      ? t('report published {0} after resolution', formatSpan(report.publishedAt! - report.resolvedAt, t))
      : report.state === 'overdue' ? t('report overdue by {0}', formatSpan(now - report.deadline, t))
        : t('report due in {0}', formatSpan(report.deadline - now, t));
    if (report.publishedAt !== undefined) {
      const xp = rs.x(report.publishedAt);
      out.push(`<g class="pm-published"><title>${e(state)}</title><circle cx="${f(xp)}" cy="${top + 11}" r="6" fill="${report.level === 'info' ? PHASE_COLOURS.resolved : WARN}" stroke="#ffffff" stroke-width="1.5"/></g>`);
    } else if (now >= rs.t0 && now <= rs.t1) {
      const xn = rs.x(now);
      out.push(`<line class="pm-now" x1="${f(xn)}" y1="${top - 4}" x2="${f(xn)}" y2="${top + 26}" stroke="${TEXT}" stroke-dasharray="2 2"/>`);
    }
    out.push(text(R, y + 12, state, `class="pm-report-state" font-size="12" text-anchor="end" fill="${report.level === 'info' ? TEXT : WARN}"`));
    out.push('</g>');
    y = top + 52;
  }

  // Legend of events
  const max = opts.maxLegend ?? 30;
  if (entries.length) {
    out.push('<g class="pm-legend">');
    entries.slice(0, max).forEach((en, i) => {
      out.push(text(L, y + 14 * (i + 1), `${i + 1}. ${formatClock(en.at!, zone, node.startedAt)} — ${clip(en.text, 120)}`, `font-size="11" fill="${TEXT}"`));
    });
    if (entries.length > max) out.push(text(L, y + 14 * (max + 1), t('and {0} more', entries.length - max), `font-size="11" fill="${MUTED}"`));
    out.push('</g>');
    y += 14 * (Math.min(entries.length, max) + (entries.length > max ? 1 : 0)) + 10;
  }

  const H = Math.ceil(y + 10);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="pm-chart" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${e(title)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" fill="${TEXT}">`
    + `<title>${e(title)}</title><rect class="pm-bg" x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`
    + out.join('') + '</svg>';
}

/** The chart as a file: XML declaration and a trailing newline. */
export function svgDocument(svg: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
