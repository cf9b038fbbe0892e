// Browser tests: every tests/**/*.test.ts file runs in headless Chromium, and in Firefox too
// when it is installed (a second engine catches what one alone hides), served as ES modules
// through esbuild. BROWSERS=chromium or BROWSERS=firefox runs one engine only.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { findChrome, findFirefox, CHROME_FLAGS } from './scripts/browser-path.js';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.js';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_FLAGS } }));
}
const firefoxPath = findFirefox();
if (wanted.includes('firefox') && firefoxPath) {
  // Firefox over WebDriver BiDi through puppeteer-core: no driver binary, no download.
  browsers.push(chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }));
} else if (wanted.includes('firefox')) {
  console.log('Firefox not found (install firefox-esr or set FIREFOX_PATH): running the suite in Chromium only.');
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test file at a time per browser: a page in the background gets no focus and no animation
  // frames, which keyboard and hover tests need.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browsers,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // Screenshots of the elements (tests/visual) against committed baselines; `--update-visual-baseline` rewrites them.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'tests/visual/screenshots',
      diffOptions: { threshold: 0.01 },
      failureThreshold: 0.1,
      failureThresholdType: 'percent',
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), plainSummaryReporter()],
};
