// Timing shared by the benches: medians of repeated calls after warm-up calls.
import { performance } from 'perf_hooks';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Wall-clock milliseconds. */
export const wallMs = (): number => performance.now();

/**
 * CPU milliseconds this process has used (user + system, its collector threads included). Other processes on a
 * shared machine stretch wall time, not this: on a loaded two-core machine wall medians of one call varied tenfold.
 */
export function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Median milliseconds (wall clock unless another `clock` is given) of `runs` calls after `warm` warm-up calls. */
export function measure(fn: () => unknown, runs: number, warm = 2, clock: () => number = wallMs): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = clock();
    fn();
    times.push(clock() - t0);
  }
  return median(times);
}
