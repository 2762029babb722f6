// The ongoing example incident npm start writes: live times, a document the linter reads as ongoing, and a file the
// user changed is never rewritten.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lint } from '../../src/core/engine/index';

interface LiveModule {
  LIVE_FILE: string;
  liveIncident(now: number): string;
  writeLiveIncident(examplesDir: string, stateFile: string, now?: number): { path: string; written: boolean; reason?: string };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const live = require('../../scripts/live-example.mjs') as LiveModule;

describe('npm start: the ongoing example incident', () => {
  const now = Date.parse('2026-12-02T23:50:00Z');

  it('is an ongoing incident whose next update is due 12 minutes from now', () => {
    const { document, findings } = lint(live.liveIncident(now), { now });
    assert.strictEqual(document.kind, 'incident');
    assert.strictEqual(document.meta.status, 'identified');
    assert.strictEqual(document.meta.started, now - 52 * 60_000);
    assert.strictEqual(document.updates.length, 2);
    assert.strictEqual(document.updates[1].nextUpdate?.at, now + 12 * 60_000, 'next update by 00:02 the next day');
    assert.deepStrictEqual([...new Set(findings.map((f) => f.ruleName))].sort(), ['update-cadence', 'vendor-blame'],
      'what the Problems panel shows at start: a late update and vendor blame');
    assert.ok(!findings.some((f) => f.ruleName === 'front-matter' || f.ruleName === 'timestamps'));
  });

  it('is rewritten while it is what the last start wrote, never once the user changed it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-live-'));
    try {
      const state = path.join(dir, 'state/live.sha256');
      const first = live.writeLiveIncident(path.join(dir, 'examples'), state, now);
      assert.ok(first.written);
      assert.strictEqual(first.path, path.join(dir, 'examples', live.LIVE_FILE));
      assert.ok(live.writeLiveIncident(path.join(dir, 'examples'), state, now + 3_600_000).written);
      assert.strictEqual(fs.readFileSync(first.path, 'utf8'), live.liveIncident(now + 3_600_000));
      fs.appendFileSync(first.path, 'my note\n');
      const kept = live.writeLiveIncident(path.join(dir, 'examples'), state, now + 7_200_000);
      assert.strictEqual(kept.written, false);
      assert.ok(fs.readFileSync(first.path, 'utf8').endsWith('my note\n'));
      fs.rmSync(state);
      fs.writeFileSync(first.path, 'a file of the user\n');
      assert.strictEqual(live.writeLiveIncident(path.join(dir, 'examples'), state, now).written, false, 'no record: not ours');
      assert.strictEqual(fs.readFileSync(first.path, 'utf8'), 'a file of the user\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
