// Regenerates docs/demo.png, the README's picture of the demo page (run after `npm run build`).
import { withLocalBrowser } from './local-browser.js';

await withLocalBrowser(async ({ browser, base }) => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 860, deviceScaleFactor: 1 });
  await page.goto(`${base}/demo/`, { waitUntil: 'networkidle0' });
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

  // The editor: the sample story's machine-made quotes, one of them open for review.
  await page.evaluate(() => localStorage.clear());
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('article-editor')?.article?.quotes.length > 0);
  await page.evaluate(async () => {
    const editor = document.querySelector('article-editor');
    await editor.updateComplete;
    editor.shadowRoot.querySelectorAll('q')[1].click();
    await editor.updateComplete;
    document.getElementById('playground-title').scrollIntoView();
  });
  await page.screenshot({ path: 'docs/editor.png' });
  console.log('wrote docs/editor.png');
}, { nodeResolve: true });
