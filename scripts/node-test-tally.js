// A node:test reporter for `npm test`: counts the Node tests (passed, failed, skipped) into a JSON
// file, so that the run's last line (scripts/plain-summary-reporter.js) counts them with the browser
// tests. Used beside the dot reporter, which shows them.
export const NODE_TALLY = '.node-tests.json';

export default async function* tally(source) {
  const count = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    // A suite counts only when it is skipped whole or fails by itself (a hook), not through its tests.
    if (data.details?.type === 'suite' && !data.skip && (type === 'test:pass' || data.details.error?.failureType === 'subtestsFailed')) continue;
    if (data.skip) count.skipped += 1;
    else if (type === 'test:pass') count.passed += 1;
    else count.failed += 1;
  }
  yield `${JSON.stringify(count)}\n`;
}
