// Serves the repository on a free loopback port and starts headless Chromium, for the scripts and
// benchmarks that drive a real page (screenshot, capture, big article, memory).
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_FLAGS } from './browser-path.js';

/** Runs `use({ browser, base })`, then stops the browser and the server whatever happens. */
export async function withLocalBrowser(use, { nodeResolve = false, args = [] } = {}) {
  const server = await startDevServer({
    config: { rootDir: '.', port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1', nodeResolve, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const base = `http://127.0.0.1:${server.server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_FLAGS, ...args] });
  try {
    return await use({ browser, base });
  } finally {
    await browser.close();
    await server.stop();
  }
}
