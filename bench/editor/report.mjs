// The editor bench's table: one row per figure of issue 17 (and issue 13's floor), each as median and min–max over
// its samples, its goal beside it, the 1-minute load average while it was taken, and how it was measured.
import { loadavg } from 'node:os';
import { median } from '../measure.ts';

export class Row {
  constructor(title, { unit = 'ms', goal = '', method = '' } = {}) {
    Object.assign(this, { title, unit, goal, method, values: [], loads: [], notes: [], missed: [] });
  }

  add(value) {
    this.values.push(value);
    this.loads.push(loadavg()[0]);
  }

  note(text) { if (!this.notes.includes(text)) this.notes.push(text); }

  figure() {
    if (!this.values.length) return 'not measured';
    const fmt = (v) => (this.unit === 'MB' ? `${v.toFixed(0)} MB` : v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 2 : 0)} ms`);
    const min = Math.min(...this.values);
    const max = Math.max(...this.values);
    const range = this.values.length > 1 ? ` (${fmt(min)}–${fmt(max)})` : '';
    return `${fmt(median(this.values))}${range}, n=${this.values.length}`;
  }

  load() {
    if (!this.loads.length) return '';
    const lo = Math.min(...this.loads).toFixed(1);
    const hi = Math.max(...this.loads).toFixed(1);
    return lo === hi ? `load ${lo}` : `load ${lo}–${hi}`;
  }
}

export function printTable(header, rows) {
  console.log(`\n${header}`);
  for (const row of rows) {
    console.log(`\n  ${row.title}`);
    console.log(`    ${row.figure().padEnd(34)} goal: ${row.goal || '—'}${row.load() ? `   (${row.load()})` : ''}`);
    if (row.method) console.log(`    method: ${row.method}`);
    for (const n of row.notes) console.log(`    note: ${n}`);
    if (row.missed.length) console.log(`    not in the figure: ${row.missed.length} sample(s) that failed: ${[...new Set(row.missed)].join('; ')}`);
  }
}
