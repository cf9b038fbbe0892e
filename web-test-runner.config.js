// Browser tests: every tests/**/*.test.ts file runs in headless Chromium (and, with
// BROWSERS=all, in Firefox ESR too), served as ES modules through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { findChrome, CHROME_FLAGS } from './scripts/browser-path.js';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.js';
import { defaultReporter } from '@web/test-runner';

const chromium = chromeLauncher({
  launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_FLAGS },
});

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browsers: [chromium],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), plainSummaryReporter()],
};
