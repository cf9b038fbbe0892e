// Ends the test output with one plain line, `N passed, N failed[, N skipped]`, that people and CI
// can read without the progress bar's escape codes. Under `npm test` it also counts the Node tests run
// just before (scripts/node-test-tally.js).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { NODE_TALLY } from './node-test-tally.js';

function count(results, tally) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const suite of results?.suites ?? []) count(suite, tally);
}

export function plainSummaryReporter() {
  return {
    stop({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of sessions) {
        count(session.testResults, tally);
        // A file that failed to load (syntax error, 404 import) has errors but no tests.
        if (!session.passed && (session.errors?.length ?? 0) > 0) brokenFiles += 1;
      }
      tally.failed += brokenFiles;
      if (process.env.npm_lifecycle_event === 'test' && existsSync(NODE_TALLY)) {
        const node = JSON.parse(readFileSync(NODE_TALLY, 'utf8'));
        for (const key of Object.keys(tally)) tally[key] += node[key];
        rmSync(NODE_TALLY);
      }
      const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
      // Printed after the runner's own report so it is the very last line.
      process.on('exit', () => process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed${skipped}\n`));
    },
  };
}
