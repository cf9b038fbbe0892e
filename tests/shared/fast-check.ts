/**
 * fast-check settings for every property test. `npm test` uses a fixed seed, so each run checks
 * the same cases and a failure can be replayed: fast-check's message names the seed. To search
 * further, pick the seed and the number of runs:
 *   FC_SEED=random FC_RUNS=2000 npm test   a new seed (printed) and 2,000 runs per property
 *   FC_SEED=1234 npm test                  replays the run that printed seed 1234
 * In Node the variables are read from the environment; web-test-runner.config.js hands them to the
 * browsers (with a random seed already drawn, so that every browser and file uses the same one).
 */
import type { Parameters } from 'fast-check';

type Env = Record<string, string | undefined>;
const env: Env = (globalThis as { process?: { env?: Env } }).process?.env ?? (globalThis as { FC_ENV?: Env }).FC_ENV ?? {};

/** The seed of `npm test`. */
export const FIXED_SEED = 20261201;

function pickSeed(value: string | undefined): number {
  if (!value) return FIXED_SEED;
  if (value !== 'random') return Number(value);
  const seed = Math.floor(Math.random() * 0x7fffffff);
  console.log(`fast-check: FC_SEED=${seed}`);
  return seed;
}

export const seed = pickSeed(env.FC_SEED);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${env.FC_SEED}"`);
const runsWanted = env.FC_RUNS ? Number(env.FC_RUNS) : undefined;
if (runsWanted !== undefined && !(runsWanted > 0)) throw new Error(`FC_RUNS must be a positive number, not "${env.FC_RUNS}"`);

/** fc.assert parameters: `numRuns` runs by default (FC_RUNS instead when set), with the seed above. */
export function fcParams<T>(numRuns: number): Parameters<T> {
  return { seed, numRuns: runsWanted ?? numRuns };
}
