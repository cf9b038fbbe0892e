// <article-editor> on the generated article of 1,000 paragraphs and 2,000 quotes (all machine-made,
// so each can be accepted), from the CDN build (npm run build first, node bench/generate.js for the
// data): the time from a click on Save (adding a quote), Undo, and Accept to the next frame drawn.
// Each is the click's handler, Lit's update, style, layout and paint, measured in the page from just
// before the click to a task queued from the next animation frame. Also counts the paragraphs
// redrawn by each change (a change must not redraw the whole text). Headless Chromium.
//
//   node bench/editor.js [--runs 15]
import { parseArgs } from 'node:util';
import { withLocalBrowser } from '../scripts/local-browser.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);
const BUDGET_MS = 50;

await withLocalBrowser(async ({ browser, base }) => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${base}/bench/floor.html`);
  const opened = await page.evaluate(async () => {
    localStorage.clear();
    await import('/cdn/article-editor.js');
    const article = await (await fetch('/bench/generated/large.json')).json();
    article.quotes.forEach((q, i) => (q.confidence = 0.5 + (i % 50) / 100));
    const el = document.createElement('article-editor');
    const start = performance.now();
    el.article = article;
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    window.__el = el;
    return { ms: performance.now() - start, quotes: el.shadowRoot.querySelectorAll('q').length };
  });
  console.log(`opened: ${opened.quotes} quotes drawn in ${opened.ms.toFixed(0)} ms`);

  const results = await page.evaluate(async (runs) => {
    const el = window.__el;
    const root = el.shadowRoot;
    const body = root.querySelector('.body');
    const button = (name) => [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // Paragraphs whose content or attributes changed (the open quote's data-current mark aside).
    const touched = new Set();
    const observer = new MutationObserver((list) => {
      for (const m of list) {
        if (m.attributeName === 'data-current') continue;
        const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
        const p = el?.closest('p');
        if (p) touched.add(p);
      }
    });
    /** ms from the click to the next frame, and how many paragraphs were drawn anew. */
    const timed = async (name) => {
      await frame();
      touched.clear();
      observer.observe(body, { childList: true, subtree: true, attributes: true, characterData: true });
      const b = button(name);
      const t0 = performance.now();
      b.click();
      await frame();
      const ms = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 0));
      observer.disconnect();
      return { ms, redrawn: touched.size };
    };
    const out = { add: [], undo: [], accept: [] };
    for (let i = 0; i < runs; i++) {
      const k = 100 + i * 53; // paragraphs all over the article
      const p = body.querySelectorAll('p')[k];
      // Select "some narration" in paragraph k (plain narration, outside its quotes).
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (!text.textContent.includes('some narration')) text = walker.nextNode();
      const at = text.textContent.indexOf('some narration');
      document.getSelection().setBaseAndExtent(text, at, text, at + 'some narration'.length);
      button('Add quote').click();
      await el.updateComplete;
      out.add.push(await timed('Save'));
      out.undo.push(await timed('Undo'));
      // Open a machine-made quote of the same paragraph and accept it.
      p.querySelector('q').click();
      await el.updateComplete;
      out.accept.push(await timed('Accept'));
    }
    return out;
  }, RUNS);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, list] of Object.entries(results)) {
    const ms = median(list.map((r) => r.ms));
    console.log(
      `${name.padEnd(6)}: median ${ms.toFixed(1)} ms to the next frame (min ${Math.min(...list.map((r) => r.ms)).toFixed(1)}, max ${Math.max(...list.map((r) => r.ms)).toFixed(1)}; ` +
        `budget ${BUDGET_MS} ms: ${ms <= BUDGET_MS ? 'within' : 'OVER'}), paragraphs redrawn: ${median(list.map((r) => r.redrawn))} of 1000`,
    );
  }
  await page.close();
});
