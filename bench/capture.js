// Captures the final shadow markup and styles of <article-view> for each benchmark input, so the
// innerHTML floor page sets exactly what the element produces.
import { writeFileSync } from 'node:fs';
import { withLocalBrowser } from '../scripts/local-browser.js';

await withLocalBrowser(async ({ browser, base }) => {
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
});
