// When the CLI starts worker threads: only for work that pays for their start-up, and as forced by --serial/--parallel.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BYTES_PER_WORKER, workersFor, type Job } from '../../../src/cli/pool';

describe('postmortem-lint worker pool size', function () {
  let dir: string;
  const jobs = (sizes: number[]): Job[] => sizes.map((size, i) => {
    const absPath = path.join(dir, `doc-${i}-${size}.md`);
    if (!fs.existsSync(absPath)) fs.writeFileSync(absPath, 'x'.repeat(size));
    return { absPath, path: path.basename(absPath), configId: 0 };
  });
  const spare = Math.min(os.availableParallelism(), 8) - 1;

  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-pool-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--serial starts no worker, --parallel at least one', () => {
    const few = jobs([100, 100]);
    assert.strictEqual(workersFor(few, false), 0);
    assert.strictEqual(workersFor(few, true), Math.max(1, spare));
  });

  it('lints a small tree in this thread, however many files it has', () => {
    assert.strictEqual(workersFor(jobs(Array(300).fill(Math.floor(BYTES_PER_WORKER / 400)))), 0);
  });

  it('adds a worker per BYTES_PER_WORKER of work, up to the cores this thread leaves', () => {
    const half = Math.ceil(BYTES_PER_WORKER / 2);
    assert.strictEqual(workersFor(jobs(Array(5).fill(half))), Math.min(spare, 2));
    assert.strictEqual(workersFor(jobs(Array(2 * (spare + 1)).fill(half))), spare);
  });
});
