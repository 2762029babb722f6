// The bench corpus: incident updates and cause-and-corrective-action reports in five languages, good and sloppy,
// composed per document from the differently worded parts in ./parts (our own words). Deterministic: document `i`
// is the same text on every run, so runs compare. Used by the lint and CLI benches.
// Print one:  npx tsx bench/corpus/index.ts 7
import { rng, type Rng } from '../rng';
import * as fs from 'fs';
import * as path from 'path';
import { de } from './parts/de';
import { en } from './parts/en';
import { fr } from './parts/fr';
import type { Parts } from './parts/types';
import { zhHans } from './parts/zh-hans';
import { zhHant } from './parts/zh-hant';

/** Language shares: English most, every other language well represented. */
const LANGUAGES: Array<[Parts, number]> = [[en, 0.4], [fr, 0.15], [de, 0.15], [zhHans, 0.15], [zhHant, 0.15]];
const PEOPLE = ['Jane Doe', 'Amir Haddad', 'Léa Martin', 'Jonas Becker', 'Mei Lin', 'Chen Wei-Ting', 'Priya Raman', 'Tomás Ruiz'];
const OWNERS = ['sam', 'priya', 'lee', 'noor', 'jonas', 'mei', 'lea', 'ops-oncall'];
const TEAMS = ['Platform Team', 'Payments Team', 'Support', 'Site Reliability'];

/** Seeds spread apart (consecutive document numbers would start close sequences). */
function seeded(seed: number): Rng {
  return rng(seed * 2654435761);
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rng, p: number) => r() < p;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const clock = (ms: number) => { const d = new Date(ms); return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`; };
const stamp = (ms: number) => `${isoDate(ms)} ${clock(ms)} UTC`;

/** Some of a list, in order, without repeats. */
function some<T>(r: Rng, xs: readonly T[], n: number): T[] {
  const chosen = xs.map((x, at) => ({ x, at, k: r() })).sort((a, b) => a.k - b.k).slice(0, Math.min(n, xs.length));
  return chosen.sort((a, b) => a.at - b.at).map((e) => e.x);
}

/** A document's fixed choices, so its sentences agree with each other (one service, one region, one person). */
interface Facts { parts: Parts; r: Rng; service: string; region: string; feature: string; person: string; email: string; team: string; version: string }

function fill(f: Facts, sentence: string, at: number): string {
  const values: Record<string, string> = {
    service: f.service, Service: f.service.charAt(0).toUpperCase() + f.service.slice(1), region: f.region, feature: f.feature,
    pct: String(2 + Math.floor(f.r() * 60)), minutes: String(5 + Math.floor(f.r() * 115)), count: String(3 + Math.floor(f.r() * 20)),
    time: `${clock(at)} UTC`, version: f.version, person: f.person, email: f.email, team: f.team, vendor: 'AWS',
  };
  return sentence.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** Sentences joined as one writer would: on one line, or wrapped, sometimes a bold lead-in. */
function paragraph(r: Rng, sentences: string[], zh: boolean): string {
  const sep = zh ? '' : ' ';
  if (sentences.length > 2 && chance(r, 0.3)) return sentences.join('\n');
  return sentences.join(sep);
}

export interface CorpusDocument { name: string; text: string; lang: string; kind: 'incident' | 'rcca'; sloppy: boolean }

export function corpusDocument(i: number): CorpusDocument {
  const r = seeded(i + 1);
  let x = r();
  const parts = LANGUAGES.find(([, share]) => (x -= share) < 0)?.[0] ?? en;
  const person = pick(r, PEOPLE);
  const f: Facts = {
    parts, r, service: pick(r, parts.services), region: pick(r, parts.regions), feature: pick(r, parts.features), person,
    email: `${person.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '.')}@example.com`,
    team: pick(r, TEAMS), version: `${1 + Math.floor(r() * 9)}.${Math.floor(r() * 20)}.${Math.floor(r() * 10)}`,
  };
  const kind = chance(r, 0.3) ? 'rcca' : 'incident';
  const sloppy = chance(r, 0.4);
  const start = Date.UTC(2025, 0, 1) + Math.floor(r() * 680) * 86_400_000 + Math.floor(r() * 1440) * 60_000;
  const title = fill(f, pick(r, parts.titles), start);
  const text = kind === 'rcca' ? report(f, i, start, title, sloppy) : incident(f, i, start, title, sloppy);
  return { name: `${isoDate(start)}-${parts.lang}-${kind}-${i}.md`, text, lang: parts.lang, kind, sloppy };
}

function timeline(f: Facts, stamps: number[]): string[] {
  const events = some(f.r, f.parts.events, Math.max(3, Math.min(stamps.length, f.parts.events.length)));
  if (chance(f.r, 0.2)) {
    return ['| Time | Event |', '|---|---|', ...events.map((e, k) => `| ${stamp(stamps[Math.min(k, stamps.length - 1)])} | ${e} |`)];
  }
  return events.map((e, k) => `- ${k === 0 ? stamp(stamps[0]) : clock(stamps[Math.min(k, stamps.length - 1)])} — ${e}`);
}

function incident(f: Facts, i: number, start: number, title: string, sloppy: boolean): string {
  const { parts, r } = f;
  const zh = parts.lang.startsWith('zh');
  const n = 2 + Math.floor(r() * 9);
  const stamps: number[] = [];
  let at = start + (4 + Math.floor(r() * 15)) * 60_000;
  for (let k = 0; k < n; k++) { stamps.push(at); at += (10 + Math.floor(r() * 50)) * 60_000; }
  const resolved = chance(r, 0.75);
  const phaseOf = (k: number): keyof Parts['phases'] =>
    resolved && k === n - 1 ? 'resolved' : k < n / 3 ? 'investigating' : k < (2 * n) / 3 ? 'identified' : 'monitoring';
  const lines = ['---', 'kind: incident', `id: INC-${2025 + (i % 2)}-${String(i).padStart(5, '0')}`, `title: ${JSON.stringify(title)}`,
    `severity: sev${1 + Math.floor(r() * 4)}`, `status: ${phaseOf(n - 1)}`, 'audience: customers', `lang: ${parts.lang}`, 'timezone: UTC',
    `started: ${new Date(start).toISOString()}`, `detected: ${new Date(start + 180_000).toISOString()}`];
  if (resolved) lines.push(`resolved: ${new Date(stamps[n - 1]).toISOString()}`);
  lines.push(`lead: ${f.person} <${f.email}>`, '---', '', `# ${title}`, '', `## ${pick(r, parts.headings.impact)}`, '');
  lines.push(paragraph(r, some(r, parts.impact, 1 + Math.floor(r() * 2)).map((s) => fill(f, s, start)), zh), '');
  lines.push(`## ${pick(r, parts.headings.updates)}`, '');
  for (let k = 0; k < n; k++) {
    const phase = phaseOf(k);
    const said: string[] = [fill(f, pick(r, parts[phase]), stamps[k])];
    if (phase !== 'resolved') {
      if (k === 0 && (!sloppy || chance(r, 0.5))) said.push(fill(f, pick(r, parts.apology), stamps[k]));
      if (phase !== 'monitoring' && chance(r, sloppy ? 0.3 : 0.7)) said.push(fill(f, pick(r, chance(r, 0.8) ? parts.workaround : parts.noWorkaround), stamps[k]));
      if (sloppy && chance(r, 0.35)) said.push(fill(f, pick(r, parts.bad[pick(r, ['blame', 'speculation', 'vendor', 'tone', 'internal'] as const)]), stamps[k]));
      if (!sloppy || chance(r, 0.5)) said.push(fill(f, pick(r, parts.next), k + 1 < n ? stamps[k + 1] : stamps[k] + 1_800_000));
    } else {
      if (!sloppy || chance(r, 0.5)) said.push(pick(r, parts.dataLoss));
      if (chance(r, 0.5)) said.push(fill(f, pick(r, parts.apology), stamps[k]));
      if (!sloppy || chance(r, 0.5)) said.push(pick(r, parts.reportPromise));
    }
    const when = k === 0 || chance(r, 0.3) ? stamp(stamps[k]) : `${clock(stamps[k])} UTC`;
    lines.push(`### ${when} — ${pick(r, parts.phases[phase])}`, paragraph(r, said, zh), '');
  }
  if (!sloppy || chance(r, 0.5)) lines.push(`## ${pick(r, parts.headings.timeline)}`, '', ...timeline(f, [start, ...stamps]), '');
  lines.push(fill(f, pick(r, parts.signoff), start), '');
  return lines.join('\n');
}

function report(f: Facts, i: number, start: number, title: string, sloppy: boolean): string {
  const { parts, r } = f;
  const zh = parts.lang.startsWith('zh');
  const end = start + (20 + Math.floor(r() * 200)) * 60_000;
  const stamps = Array.from({ length: 6 }, (_, k) => start + Math.floor(((end - start) * k) / 5));
  const due = (weeks: number) => isoDate(end + weeks * 7 * 86_400_000);
  const lines = ['---', 'kind: rcca', `incident: INC-${2025 + (i % 2)}-${String(i).padStart(5, '0')}`, `title: ${JSON.stringify(title)}`,
    `severity: sev${1 + Math.floor(r() * 3)}`, `started: ${new Date(start).toISOString()}`, `resolved: ${new Date(end).toISOString()}`,
    `published: ${new Date(end + 2 * 86_400_000).toISOString()}`, `author: ${f.person} <${f.email}>`, `lang: ${parts.lang}`,
    'audience: customers', 'timezone: UTC', '---', '', `# ${title}`, ''];
  const summary = [fill(f, pick(r, parts.summary), start)];
  if (!sloppy || chance(r, 0.5)) summary.push(pick(r, parts.apology).replace(/\{\w+\}/g, (m) => fill(f, m, start)));
  lines.push(`## ${pick(r, parts.headings.summary)}`, '', paragraph(r, summary, zh), '');
  if (!sloppy || chance(r, 0.6)) {
    lines.push(`## ${pick(r, parts.headings.impact)}`, '', ...some(r, parts.impact, 2).map((s) => `- ${fill(f, s, start)}`), `- ${pick(r, parts.dataLoss)}`, '');
  }
  lines.push(`## ${pick(r, parts.headings.timeline)}`, '', ...timeline(f, stamps), '');
  const cause = some(r, parts.cause, 1 + Math.floor(r() * 2)).map((s) => fill(f, s, start));
  if (sloppy && chance(r, 0.6)) cause.push(fill(f, pick(r, parts.bad[pick(r, ['blame', 'speculation', 'vendor', 'internal'] as const)]), start));
  lines.push(`## ${pick(r, parts.headings.cause)}`, '', paragraph(r, cause, zh), '');
  if (chance(r, 0.7)) lines.push(`## ${pick(r, parts.headings.resolution)}`, '', fill(f, pick(r, parts.resolution), end), '');
  const actions = sloppy && chance(r, 0.5)
    ? some(r, parts.vagueActions, 2).map((a) => `- ${a}`)
    : some(r, parts.actions, 2 + Math.floor(r() * 3)).map((a, k) => parts.actionLine
      .replace('{text}', fill(f, a, end)).replace('{owner}', OWNERS[(i + k) % OWNERS.length]).replace('{due}', due(1 + k)));
  lines.push(`## ${pick(r, parts.headings.actions)}`, '', ...actions, '');
  if (chance(r, 0.6)) lines.push(`## ${pick(r, parts.headings.contact)}`, '', fill(f, pick(r, parts.contact), end), '');
  return lines.join('\n');
}

/** The first `count` documents of the corpus. */
export function corpus(count: number): CorpusDocument[] {
  return Array.from({ length: count }, (_, i) => corpusDocument(i));
}

/** Writes the first `count` documents under `dir` (a folder per team and month, as a real repository has). */
export function writeCorpus(dir: string, count: number): { bytes: number; files: string[] } {
  let bytes = 0;
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const doc = corpusDocument(i);
    const file = path.join(`team-${i % 7}`, doc.name.slice(0, 7), doc.name);
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), doc.text);
    bytes += Buffer.byteLength(doc.text);
    files.push(file);
  }
  return { bytes, files };
}

if (require.main === module) process.stdout.write(corpusDocument(Number(process.argv[2] ?? 0)).text);
