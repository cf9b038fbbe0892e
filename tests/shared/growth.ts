import { expect } from '@open-wc/testing';

/**
 * Guards against super-linear work that hold on a busy machine: instead of a wall-clock limit, one
 * run on an input of size 4n is compared with four runs on size n, measured in the same test.
 * Linear code takes about as long for both, quadratic code 4 times as long for the large input,
 * catastrophic backtracking far more. The two measurements last about as long, so a loaded machine
 * slows them alike; a pause that hits only one of them is taken out by measuring again (the fastest
 * of each counts).
 */

/** Time allowed for one large run against four small ones (linear: about 1; quadratic: 4). */
const MAX_RATIO = 2.5;
/**
 * Below this the large input counts as fast whatever the ratio: one collection of a big heap or a
 * coarse timer can take that long, while a quadratic scan of the inputs these tests use takes seconds.
 */
const FLOOR_MS = 250;
/** Measurements of each before a ratio above MAX_RATIO fails. */
const ATTEMPTS = 3;

function ms(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Expects `run(4 * small)` to take at most MAX_RATIO times as long as `run(small)` four times.
 * Returns the time of the large input (ms).
 */
export function expectLinear(what: string, run: (n: number) => unknown, small: number): number {
  let a = Infinity;
  let b = Infinity;
  for (let k = 0; k < ATTEMPTS; k++) {
    a = Math.min(a, ms(() => [1, 2, 3, 4].forEach(() => run(small))));
    b = Math.min(b, ms(() => run(4 * small)));
    if (b <= FLOOR_MS || b <= MAX_RATIO * a) return b;
  }
  expect.fail(`${what}: size ${4 * small} took ${Math.round(b)} ms, ${(b / a).toFixed(1)} times as long as size ${small} four times (${Math.round(a)} ms); linear is about 1, at most ${MAX_RATIO} allowed`);
  return b;
}
