// Realistic incident documents of a given size: front matter, impact, many status updates (phases, apologies,
// workarounds, next-update promises), a long timeline (list items and table rows), prose in several languages,
// a signature. Deterministic (seeded), so every run measures the same text.
import { rng } from './rng';

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(ms: number, withDate: boolean): string {
  const d = new Date(ms);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return withDate ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${time} UTC` : `${time} UTC`;
}

const PHASES = ['Investigating', 'Identified', 'Monitoring'];
const PROSE = [
  'We are investigating failed card payments for customers in the EU. We are sorry for the disruption this causes you.',
  'As a workaround, PayPal checkout is working normally. Orders placed with PayPal are not affected.',
  'Our engineers have rolled back the latest release of the payment service and are checking every payment route.',
  'Nous analysons les échecs de paiement par carte. Les clients peuvent utiliser PayPal en attendant.',
  'Wir untersuchen fehlgeschlagene Kartenzahlungen. Als Ausweichlösung funktioniert PayPal weiterhin.',
  '我们正在调查银行卡支付失败的问题。您可以暂时使用 PayPal 付款。',
  '我們正在調查信用卡付款失敗的問題。您可以暫時使用 PayPal 付款。',
  'About 18% of card checkouts fail; **no payment data has been lost** and no card was charged twice.',
  'If you were charged but did not receive a confirmation, the charge will be reversed automatically within 5 days.',
];
const EVENTS = [
  'Error-rate alert fires for the payment service', 'On-call engineer acknowledges the page', 'Rollback of release 7.3.1 starts',
  'Card success rate back above 99%', 'Status page updated', 'Traffic shifted to the secondary region', 'Cache warmed',
  'Customer support briefed with the workaround', 'Monitoring confirms recovery in all EU regions',
];

/** An incident document of about `bytes` UTF-8 bytes (slightly more: whole updates are added). */
export function generateIncident(bytes: number, seed = 42): string {
  const r = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const start = Date.UTC(2026, 10, 22, 14, 2);
  const head = [
    '---', 'kind: incident', 'id: INC-2026-0042', 'title: Card payments failing in the EU', 'severity: sev2', 'status: resolved',
    'audience: customers', 'lang: en', 'timezone: UTC', `started: ${new Date(start).toISOString()}`,
    `detected: ${new Date(start + 3 * 60_000).toISOString()}`, 'lead: Jane Doe <jane.doe@example.com>', 'services: [checkout, payments]', '---', '',
    '# Card payments failing in the EU', '', '## Impact', '',
    'Customers in the EU could not pay by card. About 18% of checkouts failed. No payment data was lost.', '', '## Updates', '',
  ].join('\n');
  // Budget: 60% updates, 40% timeline, as in long real incidents.
  const updates: string[] = [];
  const timeline: string[] = ['## Timeline', '', '| Time | Event |', '|---|---|'];
  let at = start + 10 * 60_000;
  let tAt = start;
  let size = head.length + 400;
  let day = -1;
  let n = 0;
  while (size < bytes) {
    const d = new Date(at).getUTCDate();
    const heading = `### ${stamp(at, d !== day)} — ${PHASES[Math.min(2, Math.floor(n / 3) % 3)]}`;
    day = d;
    const next = at + 25 * 60_000;
    const body = [pick(PROSE), pick(PROSE), `Next update by ${stamp(next, false)}.`].join(' ');
    const u = `${heading}\n${body}\n`;
    updates.push(u);
    size += Buffer.byteLength(u);
    for (let k = 0; k < 2; k++) {
      tAt += 7 * 60_000;
      const row = n % 2 === 0 ? `| ${stamp(tAt, true)} | ${pick(EVENTS)} |` : `| ${stamp(tAt, false)} | ${pick(EVENTS)} |`;
      timeline.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    at = next - 5 * 60_000;
    n++;
  }
  const final = `### ${stamp(at, true)} — Resolved\nCard payments work normally again and this incident is resolved. No data was lost. We will publish a cause and corrective action report within 72 hours.\n`;
  const end = new Date(at).toISOString();
  return (
    head.replace('status: resolved', `status: resolved\nresolved: ${end}`) +
    updates.join('\n') + '\n' + final + '\n' +
    timeline.join('\n') + '\n\n' +
    '- ' + stamp(tAt + 60_000, true) + ' — Incident closed\n\n' +
    '— Jane Doe, Incident Lead · jane.doe@example.com\n'
  );
}
