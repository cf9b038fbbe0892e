// A 5 MB article with 20,000 quotes in <article-view>, from the CDN build (npm run build first):
// how long the main thread is blocked (the longest task, PerformanceObserver 'longtask'), the
// total time to a drawn article, the heap it costs, and the DOM it makes. Headless Chromium.
//
//   node bench/big-article.js [--mb 5] [--quotes 20000] [--runs 3]
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withLocalBrowser } from '../scripts/local-browser.js';
import { atMost } from './goals.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '5' }, quotes: { type: 'string', default: '20000' }, runs: { type: 'string', default: '3' } } });
const TARGET = Number(values.mb) * 1024 * 1024;
const QUOTES = Number(values.quotes);
const RUNS = Number(values.runs);
/** The budget we hold the element to: the heap the rendered article may take (data included). */
const HEAP_BUDGET_MB = 100;
/** Longer than this and the page feels frozen. */
const LONGTASK_BUDGET_MS = 200;

/** Paragraphs of narration, each with one or two quotes (every fourth one nested), up to `TARGET` characters. */
function generate() {
  const speakers = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, name: `Speaker Number${i}`, role: `Role ${i}` }));
  const paragraphs = [];
  const quotes = [];
  const perParagraph = 2;
  const paragraphCount = Math.ceil(QUOTES / perParagraph);
  const filler = Math.max(0, Math.floor(TARGET / paragraphCount) - 200);
  let offset = 0;
  for (let i = 0; i < paragraphCount; i++) {
    const lead = `Paragraph ${i} opens with narration about the council budget, the bridge and the harbour. `;
    const pad = 'The reporters noted the numbers carefully and checked them twice with the office. '.repeat(Math.ceil(filler / 84)).slice(0, filler);
    const nested = i % 4 === 0;
    const inner = `the "inner words ${i}" we heard`;
    const words = nested ? `We will review ${inner} and report back,` : `We will review plan ${i} and report back,`;
    const tail = ` said Speaker Number${i % 40}. ${pad}`;
    const paragraph = `${lead}“${words}”${tail}`;
    const qStart = offset + lead.length + 1;
    quotes.push({ id: `q${i}a`, start: qStart, end: qStart + words.length, text: words, kind: 'direct', speaker: `s${i % 40}` });
    if (nested) {
      const phrase = `inner words ${i}`;
      const pStart = qStart + words.indexOf(phrase);
      quotes.push({ id: `q${i}b`, start: pStart, end: pStart + phrase.length, text: phrase, kind: 'mixed', speaker: `s${(i + 1) % 40}` });
    } else {
      const phrase = 'checked them twice';
      const at = paragraph.indexOf(phrase);
      if (at >= 0) quotes.push({ id: `q${i}b`, start: offset + at, end: offset + at + phrase.length, text: phrase, kind: 'mixed', speaker: null });
    }
    paragraphs.push(paragraph);
    offset += paragraph.length + 1;
  }
  return { version: 1, id: 'big', headline: 'A generated 5 MB article', language: 'en', body: paragraphs.join('\n'), speakers, quotes: quotes.slice(0, QUOTES) };
}

const article = generate();
const out = new URL('./generated/', import.meta.url);
mkdirSync(out, { recursive: true });
const json = JSON.stringify(article);
writeFileSync(new URL('big.json', out), json);
console.log(`article: ${(json.length / 1024 / 1024).toFixed(2)} MB of JSON, body ${(article.body.length / 1024 / 1024).toFixed(2)} M characters, ${article.quotes.length} quotes`);


const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

await withLocalBrowser(async ({ browser, base }) => {
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    for (const mode of ['property', 'src']) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      const cdp = await page.createCDPSession();
      await page.goto(`${base}/bench/floor.html`);
      await page.evaluate(async () => {
        await import('/cdn/article-annotations.js');
        await customElements.whenDefined('article-view');
        // Warm up the lazily loaded validator chunk, so its download is not counted.
        const warm = document.createElement('article-view');
        warm.article = { version: 1, id: 'w', headline: 'w', language: 'en', body: 'w', speakers: [], quotes: [] };
        document.body.append(warm);
        await warm.updateComplete;
        warm.remove();
      });
      if (mode === 'property') await page.evaluate(async () => (window.__big = await (await fetch('/bench/generated/big.json')).json()));
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await cdp.send('Runtime.getHeapUsage');
      const measured = await page.evaluate(async (mode) => {
        const longtasks = [];
        const observer = new PerformanceObserver((list) => longtasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask' });
        const start = performance.now();
        const view = document.createElement('article-view');
        const loaded = new Promise((resolve) => view.addEventListener('article-load', resolve, { once: true }));
        const failed = new Promise((resolve) => view.addEventListener('article-error', (e) => resolve(e.detail.message), { once: true }));
        if (mode === 'property') view.article = window.__big;
        else view.src = '/bench/generated/big.json';
        view.timeout = 0;
        document.body.append(view);
        const error = await Promise.race([loaded.then(() => null), failed]);
        await view.updateComplete;
        void document.body.offsetHeight; // style and layout
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // the first frame
        const total = performance.now() - start;
        // Is the page responsive after it? A timer asked for now should run promptly.
        const t0 = performance.now();
        await new Promise((r) => setTimeout(r, 0));
        const timerDelay = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 100)); // let the observer report
        observer.disconnect();
        delete window.__big;
        const root = view.shadowRoot;
        return {
          error,
          total,
          timerDelay,
          longest: Math.max(0, ...longtasks),
          longtasks: longtasks.length,
          blocked: longtasks.reduce((a, b) => a + b, 0),
          quotesDrawn: new Set([...root.querySelectorAll('q')].map((q) => q.dataset.i)).size,
          shadowNodes: root.querySelectorAll('*').length,
          state: view.state,
          bodyMatches: root.querySelector('[part="body"]').textContent.length === view.validArticle.body.length,
        };
      }, mode);
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await cdp.send('Runtime.getHeapUsage');
      const metrics = await page.metrics();
      results.push({ mode, ...measured, heapBefore: before.usedSize, heapAfter: after.usedSize, domNodes: metrics.Nodes });
      console.log(
        `${mode.padEnd(8)} run ${run + 1}: total ${measured.total.toFixed(0)} ms, longest task ${measured.longest.toFixed(0)} ms ` +
          `(${measured.longtasks} long tasks, ${measured.blocked.toFixed(0)} ms blocked), heap ${mb(before.usedSize)} -> ${mb(after.usedSize)} MB ` +
          `(+${mb(after.usedSize - before.usedSize)}), ${metrics.Nodes} DOM nodes, ${measured.quotesDrawn} quotes drawn, state ${measured.state}` +
          (measured.error ? `, ERROR ${measured.error}` : '') + (measured.bodyMatches ? '' : ', BODY MISMATCH'),
      );
      await page.close();
    }
  }
  for (const mode of ['property', 'src']) {
    const r = results.filter((x) => x.mode === mode);
    const median = (f) => r.map(f).sort((a, b) => a - b)[Math.floor(r.length / 2)];
    const growth = median((x) => x.heapAfter - x.heapBefore);
    const longest = median((x) => x.longest);
    console.log(`\n${mode}: median total ${median((x) => x.total).toFixed(0)} ms`);
    atMost(`${mode}: median longest main-thread task`, longest, LONGTASK_BUDGET_MS, ' ms');
    atMost(`${mode}: median heap growth`, growth / 1024 / 1024, HEAP_BUDGET_MB, ' MB');
    atMost(`${mode}: runs that failed, lost quotes or changed the body`, r.filter((x) => x.error || !x.bodyMatches || x.state !== 'ready').length, 0);
  }
}, { args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });
