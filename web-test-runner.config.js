// Browser tests: every tests/**/*.test.ts file runs in headless Chromium, and in Firefox and
// WebKit too when they are installed (another engine catches what one alone hides), served as ES
// modules through esbuild. BROWSERS=chromium, BROWSERS=firefox,webkit etc. picks the engines.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { findChrome, findFirefox, findWebKit, CHROME_FLAGS, WEBKIT_HELP } from './scripts/browser-path.js';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.js';
import { webkitLauncher, webdriverViewportPlugin } from './scripts/webkit-launcher.js';
import { webdriverKeysPlugin } from './scripts/webdriver-keys.js';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_FLAGS } }));
}
const firefoxPath = findFirefox();
if (wanted.includes('firefox') && firefoxPath) {
  // Firefox over WebDriver BiDi through puppeteer-core: no driver binary, no download.
  browsers.push(chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }));
} else if (wanted.includes('firefox')) {
  console.log('Firefox not found (install firefox-esr or set FIREFOX_PATH): running the suite without it.');
}
const webkit = findWebKit();
if (wanted.includes('webkit') && webkit) {
  // WebKit (the engine of Safari and of every iOS browser): WebKitGTK's MiniBrowser over WebDriver.
  browsers.push(webkitLauncher(webkit));
} else if (wanted.includes('webkit')) {
  console.log(`WebKit not found (${WEBKIT_HELP}): running the suite without it.`);
}

// Property tests: the seed and number of runs (tests/shared/fast-check.ts), one seed for every
// browser and file. FC_SEED=random draws one here and prints it so that the run can be replayed.
const fcEnv = { FC_SEED: process.env.FC_SEED, FC_RUNS: process.env.FC_RUNS };
if (fcEnv.FC_SEED === 'random') {
  fcEnv.FC_SEED = String(Math.floor(Math.random() * 0x7fffffff));
  console.log(`fast-check: FC_SEED=${fcEnv.FC_SEED}`);
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test file at a time per browser: a page in the background gets no focus and no animation
  // frames, which keyboard and hover tests need.
  concurrency: 1,
  // A test that hangs fails in 10 s (an axe check on a busy machine takes several); the few long
  // loops (hostile strings, random articles) set their own timeouts. A file blocked by a runaway
  // synchronous loop fails after 4 minutes.
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 4 * 60 * 1000,
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>window.FC_ENV = ${JSON.stringify(fcEnv)};</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    webdriverViewportPlugin(),
    webdriverKeysPlugin(),
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
