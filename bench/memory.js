// Leak check: mount and remove <article-view> 1,000 times (the seed article, from the CDN build;
// npm run build first) and compare the heap after garbage collection before and after, with CDP
// (HeapProfiler.collectGarbage + Runtime.getHeapUsage) and the DOM node and listener counts.
// Three ways in: the `article` property, `src` (fetched), and `src` removed mid-request.
//
//   node bench/memory.js [--mounts 1000]
import { parseArgs } from 'node:util';
import { withLocalBrowser } from '../scripts/local-browser.js';
import { atMost } from './goals.js';

const { values } = parseArgs({ options: { mounts: { type: 'string', default: '1000' } } });
const MOUNTS = Number(values.mounts);
/** Heap growth per 1,000 mounts we accept as noise (caches, JIT code, interned strings). */
const BUDGET_MB = 1;

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);

async function measure(cdp, page) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const metrics = await page.metrics();
  return { heap: heap.usedSize, nodes: metrics.Nodes, listeners: metrics.JSEventListeners };
}

await withLocalBrowser(async ({ browser, base }) => {
  for (const mode of ['property', 'src', 'src-aborted']) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(`${base}/bench/floor.html`);
    await page.evaluate(async () => {
      await import('/cdn/article-annotations.js');
      await customElements.whenDefined('article-view');
      window.__seed = await (await fetch('/demo/data/bondarev-resignation.json')).json();
      window.__mount = async (mode, n) => {
        for (let i = 0; i < n; i++) {
          const view = document.createElement('article-view');
          if (mode === 'property') view.article = window.__seed;
          else view.src = '/demo/data/bondarev-resignation.json';
          document.body.append(view);
          if (mode === 'src-aborted') await new Promise((r) => setTimeout(r, 0));
          else await new Promise((r) => view.addEventListener('article-load', r, { once: true }));
          await view.updateComplete;
          // Hover and focus a quote, so the tooltip and its listeners are made too.
          const q = view.shadowRoot.querySelector('q');
          q?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
          await view.updateComplete;
          view.remove();
        }
      };
    });
    // Warm-up: code compiled, chunks loaded, caches filled.
    await page.evaluate((mode) => window.__mount(mode, 50), mode);
    const before = await measure(cdp, page);
    const started = Date.now();
    await page.evaluate((mode, n) => window.__mount(mode, n), mode, MOUNTS);
    const seconds = (Date.now() - started) / 1000;
    const after = await measure(cdp, page);
    await page.evaluate((mode, n) => window.__mount(mode, n), mode, MOUNTS);
    const after2 = await measure(cdp, page);
    const growth = after.heap - before.heap;
    const growth2 = after2.heap - after.heap;
    // A leak keeps growing: judge the second thousand mounts, after every first-time cost (code,
    // chunks, Lit's template cache) has been paid.
    console.log(
      `${mode.padEnd(11)}: heap ${mb(before.heap)} MB -> ${mb(after.heap)} MB after ${MOUNTS} mounts (${growth >= 0 ? '+' : ''}${mb(growth)}) ` +
        `-> ${mb(after2.heap)} MB after ${2 * MOUNTS} (${growth2 >= 0 ? '+' : ''}${mb(growth2)}); DOM nodes ${before.nodes} -> ${after.nodes} -> ${after2.nodes}; ` +
        `listeners ${before.listeners} -> ${after.listeners} -> ${after2.listeners}; ${(seconds * 1000 / MOUNTS).toFixed(1)} ms per mount`,
    );
    atMost(`${mode}: heap growth over the first ${MOUNTS} mounts`, growth / 1024 / 1024, BUDGET_MB, ' MB');
    atMost(`${mode}: heap growth over the second ${MOUNTS} mounts`, growth2 / 1024 / 1024, BUDGET_MB, ' MB');
    atMost(`${mode}: DOM nodes gained over the second ${MOUNTS} mounts`, after2.nodes - after.nodes, 50);
    await page.close();
  }
});
