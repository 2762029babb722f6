// postmortem-lint against markdownlint-cli2 on the same tree: 10,000 generated postmortem documents (incident
// updates and cause-and-corrective-action reports, en/fr/de), each tool run once as a process, wall-clock times and
// their ratio from the same run. Target: postmortem-lint faster than markdownlint-cli2.
// Run: npx tsx bench/cli.bench.ts [count]   (also exported as `run` for bench/index.ts)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI, ROOT, ensureBuilt } from '../test/unit/cli/helpers';

const NOW = '2026-11-23T12:00:00Z';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
};

const TEXT = {
  en: {
    impact: 'Impact', updates: 'Updates', timeline: 'Timeline', cause: 'Root cause', actions: 'Corrective actions', summary: 'Summary',
    phases: ['Investigating', 'Identified', 'Monitoring', 'Resolved'],
    body: 'We are investigating failed card payments for customers in the EU. We are sorry for the disruption this causes you. As a workaround, PayPal checkout is working.',
    next: (t: string) => `Next update by ${t}.`,
    impactText: 'Customers in the EU could not pay by card. About 18% of card checkouts failed. No payment data was lost.',
    final: 'Card payments work normally again and this incident is resolved. No data was lost. We will publish a report on the cause and our corrective actions within 72 hours.',
    causeText: 'A change to how our payment service validates cards rejected some valid cards. Our tests did not cover that card format.',
    action: (o: string, d: string) => `- [ ] Add the renewed-expiry card format to the release tests — owner: @${o} — due: ${d}`,
  },
  fr: {
    impact: 'Impact', updates: 'Mises à jour', timeline: 'Chronologie', cause: 'Cause', actions: 'Actions correctives', summary: 'Résumé',
    phases: ['Investigation', 'Identifié', 'Surveillance', 'Résolu'],
    body: 'Nous analysons les échecs de paiement par carte pour nos clients en Europe. Nous vous présentons nos excuses pour la gêne occasionnée. Le paiement PayPal fonctionne.',
    next: (t: string) => `Prochaine mise à jour avant ${t}.`,
    impactText: 'Les clients en Europe ne pouvaient pas payer par carte. Environ 18 % des paiements ont échoué. Aucune donnée perdue.',
    final: 'Les paiements par carte fonctionnent normalement et l’incident est résolu. Aucune donnée n’a été perdue. Nous publierons un rapport sur la cause et nos actions correctives sous 72 heures.',
    causeText: 'Une modification de la validation des cartes a refusé certaines cartes valides. Nos tests ne couvraient pas ce format.',
    action: (o: string, d: string) => `- [ ] Ajouter ce format de carte aux tests de mise en production — responsable : @${o} — échéance : ${d}`,
  },
  de: {
    impact: 'Auswirkungen', updates: 'Updates', timeline: 'Zeitleiste', cause: 'Ursache', actions: 'Korrekturmaßnahmen', summary: 'Zusammenfassung',
    phases: ['Untersuchung', 'Identifiziert', 'Beobachtung', 'Behoben'],
    body: 'Wir untersuchen fehlgeschlagene Kartenzahlungen für Kunden in der EU. Wir entschuldigen uns für die Unannehmlichkeiten. PayPal funktioniert weiterhin.',
    next: (t: string) => `Nächstes Update bis ${t}.`,
    impactText: 'Kunden in der EU konnten nicht mit Karte zahlen. Etwa 18 % der Zahlungen schlugen fehl. Es gingen keine Daten verloren.',
    final: 'Kartenzahlungen funktionieren wieder normal, der Vorfall ist behoben. Es gingen keine Daten verloren. Wir veröffentlichen innerhalb von 72 Stunden einen Bericht zu Ursache und Korrekturmaßnahmen.',
    causeText: 'Eine Änderung an der Kartenprüfung lehnte gültige Karten ab. Unsere Tests deckten dieses Kartenformat nicht ab.',
    action: (o: string, d: string) => `- [ ] Dieses Kartenformat in die Release-Tests aufnehmen — Verantwortlich: @${o} — fällig: ${d}`,
  },
} as const;
const LANGS = ['en', 'fr', 'de'] as const;

export function generate(i: number): string {
  const r = rng(i + 7);
  const lang = LANGS[i % 3];
  const t = TEXT[lang];
  const start = Date.UTC(2025, 0, 1) + Math.floor(r() * 600) * 86_400_000 + Math.floor(r() * 1440) * 60_000;
  const stamps: number[] = [];
  let at = start + (5 + Math.floor(r() * 20)) * 60_000;
  const updates = 3 + Math.floor(r() * 9);
  for (let u = 0; u < updates; u++) { stamps.push(at); at += (10 + Math.floor(r() * 35)) * 60_000; }
  const resolved = at;
  const head = ['---', `kind: ${i % 4 === 3 ? 'rcca' : 'incident'}`, `id: INC-${100000 + i}`, `title: Card payments failing ${i}`,
    `severity: sev${1 + (i % 4)}`, 'audience: customers', `lang: ${lang}`, 'timezone: UTC',
    `started: ${new Date(start).toISOString()}`, `detected: ${new Date(start + 180_000).toISOString()}`,
    `resolved: ${new Date(resolved).toISOString()}`];
  const timeline = ['', `## ${t.timeline}`, '', ...stamps.map((s, k) => `- ${stamp(s)} — ${k === 0 ? 'Alert fires' : `Step ${k} of the response`}`)];
  if (i % 4 === 3) {
    return [...head, `published: ${new Date(resolved + 40 * 3_600_000).toISOString()}`, 'author: Jane Doe <jane.doe@example.com>', '---', '',
      `# Card payments failing ${i}`, '', `## ${t.summary}`, '', t.body, '', `## ${t.impact}`, '', t.impactText, ...timeline, '',
      `## ${t.cause}`, '', t.causeText, '', `## ${t.actions}`, '', t.action('sam', '2026-12-06'), t.action('lea', '2026-12-13'), '',
      'Jane Doe · jane.doe@example.com', ''].join('\n');
  }
  const body = stamps.flatMap((s, k) => {
    const last = k === stamps.length - 1;
    return [`### ${stamp(s)} — ${t.phases[last ? 3 : Math.min(2, Math.floor(k / 3))]}`, last ? t.final : `${t.body} ${t.next(stamp(stamps[k + 1]).slice(11))}`, ''];
  });
  return [...head, 'status: resolved', 'lead: Jane Doe <jane.doe@example.com>', '---', '', `# Card payments failing ${i}`, '',
    `## ${t.impact}`, '', t.impactText, '', `## ${t.updates}`, '', ...body, ...timeline.slice(1), '', '— Jane Doe · jane.doe@example.com', ''].join('\n');
}

function time(cmd: string, args: string[], cwd: string): { ms: number; code: number | null; stderr: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return { ms, code: r.status, stderr: r.stderr };
}

export async function run(count = Number(process.env.PM_CLI_BENCH_COUNT ?? 10_000)): Promise<void> {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-bench-'));
  try {
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const folder = path.join(dir, `team-${i % 10}`, `${2025 + (i % 2)}-${pad((i % 12) + 1)}`);
      fs.mkdirSync(folder, { recursive: true });
      const text = generate(i);
      bytes += Buffer.byteLength(text);
      fs.writeFileSync(path.join(folder, `incident-${i}.md`), text);
    }
    console.log(`cli bench: ${count} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${os.availableParallelism?.() ?? os.cpus().length} cores`);
    const ours = time(process.execPath, [CLI, '--now', NOW, '--format', 'json', '--output', path.join(os.tmpdir(), `pm-cli-bench-${process.pid}.json`)], dir);
    if (ours.code !== 0 && ours.code !== 1) throw new Error(`postmortem-lint failed (${ours.code}): ${ours.stderr}`);
    const serial = time(process.execPath, [CLI, '--now', NOW, '--serial', '--format', 'json', '--output', path.join(os.tmpdir(), `pm-cli-bench-${process.pid}.json`)], dir);
    const mdl = time(path.join(ROOT, 'node_modules/.bin/markdownlint-cli2'), ['**/*.md'], dir);
    if (mdl.code !== 0 && mdl.code !== 1) throw new Error(`markdownlint-cli2 failed (${mdl.code}): ${mdl.stderr.slice(0, 500)}`);
    const ratio = mdl.ms / ours.ms;
    console.log(`  postmortem-lint (workers)   ${ours.ms.toFixed(0).padStart(7)} ms   (${(ours.ms / count).toFixed(2)} ms/document)`);
    console.log(`  postmortem-lint --serial    ${serial.ms.toFixed(0).padStart(7)} ms`);
    console.log(`  markdownlint-cli2 "**/*.md" ${mdl.ms.toFixed(0).padStart(7)} ms`);
    console.log(`  ratio markdownlint-cli2 / postmortem-lint: ${ratio.toFixed(2)}×`);
    fs.rmSync(path.join(os.tmpdir(), `pm-cli-bench-${process.pid}.json`), { force: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run(process.argv[2] ? Number(process.argv[2]) : undefined).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
