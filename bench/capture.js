// Captures the final shadow markup and styles of <article-view> for each benchmark input, so the
// innerHTML floor page sets exactly what the element produces.
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_FLAGS } from '../scripts/browser-path.js';

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/render.html?data=seed`);
  for (const data of ['seed', 'large']) {
    const captured = await page.evaluate(async (name) => {
      const article = await (await fetch(`generated/${name}.json`)).json();
      const view = document.createElement('article-view');
      view.article = article;
      document.body.append(view);
      await view.updateComplete;
      const root = view.shadowRoot;
      const css = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      const html = root.innerHTML;
      view.remove();
      return { html, css };
    }, data);
    writeFileSync(new URL(`./generated/${data}-markup.json`, import.meta.url), JSON.stringify(captured));
    console.log(`captured ${data}: ${captured.html.length} characters of markup`);
  }
} finally {
  await browser.close();
  await server.stop();
}
