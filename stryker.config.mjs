// Mutation testing of the pure code (npm run mutate): one folder per run, each with its own floor.
// The tests of model/, extract/ and formats/ run in Node through mocha (.mocharc.json), and the
// TypeScript checker throws out mutants that would not compile.
//   MUTATE_FOLDER=model npx stryker run     (model | formats | extract; default model)
// Floors: the score may not fall below them (the goals: 80 for model/ and formats/, 70 for
// extract/, where many conditions are window sizes and caches that short test texts cannot tell
// apart).
const FLOORS = { model: 80, formats: 80, extract: 70 };
const folder = process.env.MUTATE_FOLDER ?? 'model';
if (!(folder in FLOORS)) throw new Error(`MUTATE_FOLDER must be one of ${Object.keys(FLOORS).join(', ')}, not "${folder}"`);

// Stryker needs TypeScript's JavaScript API (5.9), here and in its checker's child processes,
// which inherit NODE_OPTIONS.
import './tools/typescript-for-stryker/register.js';
const hook = `--import=${new URL('./tools/typescript-for-stryker/register.js', import.meta.url).href}`;
if (!process.env.NODE_OPTIONS?.includes(hook)) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${hook}`.trim();

// Fewer random cases per property for each of the thousand mutants (npm test runs 300).
process.env.FC_RUNS ??= '25';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  // Each folder's own tests. Tests that time the extractor are left out: speed is measured by
  // npm run bench, instrumented code on a busy machine would fail them, and their megabytes of
  // input, run for each mutant, would make a run take hours (the random-text invariants, in the
  // same block, stay).
  mochaOptions: {
    config: '.mocharc.json',
    spec: [`tests/${folder}/**/*.test.ts`],
    ...(folder === 'extract' ? { grep: '^(?!.*(bounded time|stay linear|takes time linear in its length (?!random text))).*$' } : {}),
  },
  // STRYKER_CHECK=0 skips the checker: on a busy machine it, not the tests, sets the pace. Mutants
  // that would not compile then run too (and mostly fail the tests).
  checkers: process.env.STRYKER_CHECK === '0' ? [] : ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: [`src/${folder}/**/*.ts`],
  coverageAnalysis: 'perTest',
  // Mutants in code that runs once, at module load (the schema's constants), would need a fresh
  // process each: left out, so a run takes minutes instead of hours on a small machine.
  ignoreStatic: true,
  // The machine is shared: two workers at most.
  concurrency: 2,
  // Re-tests only mutants whose code or tests changed since the last run on this machine (the
  // file holds the machine's paths, so it is not committed).
  incremental: true,
  incrementalFile: `reports/mutation/${folder}.incremental.json`,
  thresholds: { high: 90, low: FLOORS[folder], break: FLOORS[folder] },
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: `reports/mutation/${folder}.html` },
  clearTextReporter: { allowColor: false, logTests: false },
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'cdn', 'coverage', 'reports', 'bench/generated'],
};
