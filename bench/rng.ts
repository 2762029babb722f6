// A deterministic pseudo-random generator (a linear congruential one), so that every bench run measures the same
// generated text.
export type Rng = () => number;

/** Numbers in [0, 1) from `seed`; the same seed gives the same sequence. */
export function rng(seed: number): Rng {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
