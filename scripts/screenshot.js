// Regenerates docs/demo.png, the README's picture of the demo page (run after `npm run build`).
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_FLAGS } from './browser-path.js';

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: true, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 860, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${server.server.address().port}/demo/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('article-view')?.getAttribute('state') === 'ready');
  // Show a selected speaker and an open tooltip, as a reader would see them.
  await page.evaluate(async () => {
    const view = document.querySelector('article-view');
    view.speaker = 'boris-bondarev';
    await view.updateComplete;
    view.shadowRoot.querySelectorAll('q')[2].focus({ preventScroll: true });
    await view.updateComplete;
    document.getElementById('article').scrollIntoView();
  });
  await page.screenshot({ path: 'docs/demo.png' });
  console.log('wrote docs/demo.png');
} finally {
  await browser.close();
  await server.stop();
}
