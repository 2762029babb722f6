// Small generated incident documents, deterministic per number: the workspaces of the timeline benches
// (bench/timeline.bench.ts in process, bench/editor in the real VS Code).
import { rng } from './rng';

const PHASES = ['Investigating', 'Identified', 'Monitoring'];
const SEVS = ['sev1', 'sev2', 'sev3', 'sev4'];


function pad(n: number): string { return String(n).padStart(2, '0'); }

/** Incident number `i`: 3 to 12 updates, 90% resolved, a short timeline (about 3 KB). */
export function generateSmallIncident(i: number): string {
  const r = rng(i + 1);
  const start = Date.UTC(2024, 0, 1) + Math.floor(r() * 1000) * 86_400_000 + Math.floor(r() * 1440) * 60_000;
  const resolved = r() < 0.9;
  const updates = 3 + Math.floor(r() * 10);
  const lines: string[] = [
    '---', 'kind: incident', `id: INC-${i}`, `title: Generated incident ${i}`, `severity: ${SEVS[i % 4]}`,
    `status: ${resolved ? 'resolved' : PHASES[i % 3].toLowerCase()}`, 'audience: customers', 'lang: en', 'timezone: UTC',
    `started: ${new Date(start).toISOString()}`, `detected: ${new Date(start + 120_000).toISOString()}`,
  ];
  let at = start + 10 * 60_000;
  const stamps: number[] = [];
  for (let u = 0; u < updates; u++) { stamps.push(at); at += (10 + Math.floor(r() * 40)) * 60_000; }
  if (resolved) lines.push(`resolved: ${new Date(at).toISOString()}`);
  lines.push('lead: Jane Doe <jane.doe@example.com>', '---', '', `# Generated incident ${i}`, '', '## Impact',
    'Customers in the EU could not pay by card. About 18% of checkouts failed. No data was lost.', '', '## Updates', '');
  const fmt = (ms: number) => { const d = new Date(ms); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`; };
  stamps.forEach((s, u) => {
    lines.push(`### ${fmt(s)} — ${PHASES[Math.min(2, Math.floor(u / 3))]}`,
      'We are investigating failed card payments for customers in the EU. We are sorry for the disruption this causes you.',
      'As a workaround, PayPal checkout is working. We will keep you informed as we learn more about the problem.',
      `Next update by ${fmt(s + 30 * 60_000)}.`, '');
  });
  if (resolved) {
    lines.push(`### ${fmt(at)} — Resolved`, 'Card payments work again. No data was lost. We will publish a report within 72 hours.', '');
  }
  lines.push('## Timeline');
  for (let e = 0; e < 6; e++) lines.push(`- ${fmt(start + e * 7 * 60_000)} — Event number ${e} of the generated incident`);
  lines.push('', '— Jane Doe, Incident Lead · jane.doe@example.com', '');
  return lines.join('\n');
}
