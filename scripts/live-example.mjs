// The ongoing incident of the example workspace, written by `npm start` with times relative to now so its countdowns
// are live. It lives in a git-ignored folder (LIVE_DIR) and is regenerated on each start only while it is exactly
// what the last start wrote (its SHA-256 is kept in the code-server data folder): a file the user edited, or one we
// did not write, is left as it is.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Relative to examples/; listed in .gitignore and skipped when the tests copy examples/. */
export const LIVE_DIR = 'incidents/live-search-slow';
export const LIVE_FILE = `${LIVE_DIR}/incident.md`;

const MIN = 60_000;
const pad = (n) => String(n).padStart(2, '0');
/** "2026-12-02 09:10 UTC". */
const stamp = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
};
const iso = (ms) => new Date(ms).toISOString().replace(/:\d\d\.\d{3}Z$/, ':00Z');

/** An ongoing sev2 incident: started 52 minutes before `now`, two updates, the next one promised 12 minutes after `now`. */
export function liveIncident(now) {
  const t = (minutes) => Math.floor((now + minutes * MIN) / MIN) * MIN;
  return `---
kind: incident
id: INC-LIVE-0001
title: Search results slow for some customers
severity: sev2
status: identified
audience: customers
lang: en
timezone: UTC
started: ${iso(t(-52))}
detected: ${iso(t(-49))}
lead: Sam Lee <sam.lee@example.com>
services: [search]
---

<!-- Written by npm start, times relative to now. Your edits are kept; delete this folder for a fresh one. -->

# Search results slow for some customers

## Impact
Customers in Europe see search results after 5 to 10 seconds instead of under one second. Orders and payments are
not affected.

## Updates

### ${stamp(t(-44))} — Investigating
We are investigating slow search results for customers in Europe. We are sorry for the wait this causes you.
As a workaround, browsing by category is not affected. Next update by ${stamp(t(-20)).slice(11)}.

### ${stamp(t(-18))} — Identified
The slowdown was caused by an outage at our cloud provider. We are moving search to another region.
Browsing by category still works. Next update by ${stamp(t(12)).slice(11)}.

## Timeline
- ${stamp(t(-52))} — Search latency in Europe starts to rise
- ${stamp(t(-49))} — Latency alert fires; the on-call engineer opens the incident
- ${stamp(t(-25))} — Slow storage nodes found in one zone

— Sam Lee, Incident Lead · status@example.com
`;
}

const sha = (text) => createHash('sha256').update(text).digest('hex');

/**
 * Writes the live incident under `examplesDir` unless the file there is not the one the last start wrote.
 * Returns { path, written, reason }.
 */
export function writeLiveIncident(examplesDir, stateFile, now = Date.now()) {
  const path = join(examplesDir, LIVE_FILE);
  if (existsSync(path)) {
    const recorded = existsSync(stateFile) ? readFileSync(stateFile, 'utf8').trim() : undefined;
    if (recorded !== sha(readFileSync(path, 'utf8'))) {
      return { path, written: false, reason: 'it was changed since npm start wrote it (delete its folder for a fresh one)' };
    }
  }
  const text = liveIncident(now);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  mkdirSync(dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, `${sha(text)}\n`);
  return { path, written: true };
}
