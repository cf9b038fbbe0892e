// Browser tests: every tests/**/*.test.ts file runs in headless Chromium, and in Firefox and
// WebKit too when they are installed (another engine catches what one alone hides), served as ES
// modules through esbuild. BROWSERS=chromium, BROWSERS=firefox,webkit etc. picks the engines.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
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
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), webdriverViewportPlugin(), webdriverKeysPlugin()],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), plainSummaryReporter()],
};
