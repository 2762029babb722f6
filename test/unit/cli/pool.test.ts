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
  /** Every core idle: the decision then depends on the work only. */
  const allIdle = os.availableParallelism();

  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-pool-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--serial starts no worker, --parallel at least one', () => {
    const few = jobs([100, 100]);
    assert.strictEqual(workersFor(few, false), 0);
    assert.strictEqual(workersFor(few, true), Math.max(1, spare));
  });

  it('lints a small tree in this thread, however many files it has', () => {
    assert.strictEqual(workersFor(jobs(Array(300).fill(Math.floor(BYTES_PER_WORKER / 400))), undefined, allIdle), 0);
  });

  it('adds a worker per BYTES_PER_WORKER of work, up to the cores this thread leaves', () => {
    const half = Math.ceil(BYTES_PER_WORKER / 2);
    assert.strictEqual(workersFor(jobs(Array(5).fill(half)), undefined, allIdle), Math.min(spare, 2));
    assert.strictEqual(workersFor(jobs(Array(2 * (spare + 1)).fill(half)), undefined, allIdle), spare);
  });

  it('starts no worker on cores that are busy with other work; --parallel still does', () => {
    const big = jobs(Array(2 * (spare + 1)).fill(Math.ceil(BYTES_PER_WORKER / 2)));
    // Less than one core idle besides this thread's: a worker would only take turns with the other load.
    assert.strictEqual(workersFor(big, undefined, 1.4), 0);
    assert.strictEqual(workersFor(big, undefined, 0), 0);
    assert.strictEqual(workersFor(big, true, 0), Math.max(1, spare));
    if (spare >= 2) assert.strictEqual(workersFor(big, undefined, 2.6), 2, 'one worker per idle core besides this thread');
  });
});
