// Server rendering with @lit-labs/ssr, without DOM shims: writes a static page in which the
// article (headline, whole body, every quote), a quote card and a speaker badge are already drawn
// as declarative shadow DOM, readable without JavaScript and by search engines; the page's
// script (client.js, bundled with Vite) hydrates them. Who said what is also in the page as
// schema.org JSON-LD (a NewsArticle with its quotations), for search engines.
//
//   node ssr/render.js ARTICLE.json OUT_DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { build } from 'vite';
import 'article-annotations/ssr';
import { jsonLdScriptText } from 'article-annotations/formats';

const here = dirname(fileURLToPath(import.meta.url));
const [input, outDir = join(here, 'dist')] = process.argv.slice(2);
if (!input) {
  console.error('Usage: node ssr/render.js ARTICLE.json [OUT_DIR]');
  process.exit(2);
}
const article = JSON.parse(readFileSync(input, 'utf8'));

/** The data again for the browser, as `<article-view>`'s inline JSON ("<" escaped: it cannot end the script). */
const inlineJson = (data) => unsafeHTML(`<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`);

const quote = article.quotes.find((q) => q.kind === 'direct' && q.speaker) ?? article.quotes[0];
const speaker = article.speakers.find((s) => s.id === quote?.speaker);
const count = article.quotes.filter((q) => q.speaker === speaker?.id && !q.continues).length;

const page = html`<main>
  <article-view .article=${article}>${inlineJson(article)}</article-view>
  ${quote
    ? html`<quote-card speaker=${speaker?.name ?? ''} role=${speaker?.role ?? ''} source=${article.source ?? ''} date=${article.published ?? ''}>${quote.text}</quote-card>`
    : ''}
  ${speaker ? html`<speaker-badge name=${speaker.name} role=${speaker.role ?? ''} count=${count}></speaker-badge>` : ''}
</main>`;

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
const body = collectResultSync(render(page));

mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'index.html'),
  `<!doctype html>
<html lang="${escape(article.language || 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.headline || 'Article')}</title>
<script type="module" src="./client.js"></script>
<script type="application/ld+json">${jsonLdScriptText(article)}</script>
</head>
<body>
${body}
</body>
</html>
`,
);

// The browser's part: one module, the hydration support before the elements.
await build({
  root: here,
  logLevel: 'warn',
  build: {
    outDir: resolve(outDir),
    emptyOutDir: false,
    rollupOptions: { input: join(here, 'client.js'), output: { entryFileNames: 'client.js', chunkFileNames: '[name]-[hash].js' } },
  },
});
console.log(`Wrote ${join(outDir, 'index.html')} and its script.`);
