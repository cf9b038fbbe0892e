// The package as applications get it: `npm pack`, installed from the .tgz into a scratch copy of
// examples/ in a temporary folder, with the third-party packages those examples pin (from the
// registry the first time, from npm's cache after that). Run after the build (`npm test` builds).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome, findFirefox } from '../../scripts/browser-path.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const INSTALL_TIMEOUT = 5 * 60 * 1000;

/** The scratch project: examples/ with the packed package installed. */
let dir = '';

before(
  async () => {
    assert.ok(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'article-annotations-consumers-'));
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root });
    const [{ filename }] = JSON.parse(stdout);
    cpSync(join(root, 'examples'), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) });
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    pkg.dependencies['article-annotations'] = `file:./${filename}`;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, timeout: INSTALL_TIMEOUT });
  },
  { timeout: INSTALL_TIMEOUT + 60_000 },
);

/** The engines, as for the browser suite: Chromium, and Firefox when installed (BROWSERS=… picks). */
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
const engines = ['chromium', 'firefox'].filter((e) => wanted.includes(e) && (e === 'chromium' || findFirefox()));
const launch = {
  chromium: () => puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS }),
  firefox: () => puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true }),
};
const browsers = {};
after(async () => {
  for (const browser of Object.values(browsers)) await browser.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ORIGIN = 'http://consumer.test';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * A page in a headless browser that gets the files of `folder` from `ORIGIN` (answered from disk
 * by request interception: no server, no port), with what it logs and throws collected. Without
 * JavaScript, the page is served with a Content-Security-Policy that runs no script (both engines).
 */
async function open(engine, folder, { javaScript = true, path = 'index.html' } = {}) {
  browsers[engine] ??= await launch[engine]();
  const page = await browsers[engine].newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/favicon.ico') return request.respond({ status: 204 });
    const path = join(folder, decodeURIComponent(url.pathname));
    if (url.origin !== ORIGIN || !existsSync(path)) {
      problems.push(`404: ${request.url()}`);
      return request.respond({ status: 404, body: 'not found' });
    }
    const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
    const headers = javaScript ? {} : { 'content-security-policy': "script-src 'none'" };
    request.respond({ status: 200, contentType: type, headers, body: readFileSync(path) });
  });
  await page.goto(`${ORIGIN}/${path}`);
  return { page, problems };
}

const seed = JSON.parse(readFileSync(join(root, 'demo/data/bondarev-resignation.json'), 'utf8'));

/** What a reader sees of the server-rendered (or hydrated) elements. */
const readPage = () => {
  const view = document.querySelector('article-view');
  const root = view.shadowRoot;
  const card = document.querySelector('quote-card')?.shadowRoot;
  const badge = document.querySelector('speaker-badge')?.shadowRoot;
  return {
    headlines: [...root.querySelectorAll('[part="headline"]')].map((h) => h.textContent),
    paragraphs: [...root.querySelectorAll('[part="paragraph"]')].map((p) => p.textContent),
    quotes: [...new Set([...root.querySelectorAll('q[data-i]')].map((q) => Number(q.dataset.i)))].sort((a, b) => a - b),
    badges: root.querySelectorAll('speaker-badge').length,
    cardRole: card?.querySelector('speaker-badge')?.shadowRoot?.querySelector('[part="role"]')?.textContent,
    cardHasRoleAttribute: document.querySelector('quote-card').hasAttribute('role'),
    badgeName: badge?.querySelector('[part="name"]')?.textContent,
  };
};

/** Runs `tsc` of one TypeScript version on a tsconfig of the scratch project; resolves with its report. */
async function typeCheck(typescript, project) {
  const tsc = join(dir, 'node_modules', typescript, 'bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', project], { cwd: dir });
    return '';
  } catch (e) {
    return `${e.stdout}${e.stderr}` || String(e);
  }
}

describe('TypeScript consumers (strict, skipLibCheck false)', { concurrency: true }, () => {
  for (const typescript of ['typescript', 'typescript-7']) {
    for (const resolution of ['bundler', 'node16']) {
      // examples/typescript: the define import alone types the tags and their events; examples/react:
      // React 19 TSX with the components and with the tags themselves.
      test(`${typescript}, moduleResolution ${resolution}: the tags, their events and React 19 TSX type-check`, async () => {
        assert.equal(await typeCheck(typescript, `tsconfig.${resolution}.json`), '');
      });
    }
  }
});

describe('server rendering with @lit-labs/ssr (examples/ssr), then hydration in the browsers', () => {
  let out = '';
  before(async () => {
    out = join(dir, 'ssr-out');
    await run(process.execPath, ['ssr/render.js', join(root, 'demo/data/bondarev-resignation.json'), out], { cwd: dir });
  });

  test('each element renders on the server without a DOM, whatever it is given', async () => {
    // Run in the scratch project, where the packed package and @lit-labs/ssr are installed.
    const script = `
      import { render } from '@lit-labs/ssr';
      import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
      import { html } from 'lit';
      import 'article-annotations/ssr';
      const cases = {
        empty: html\`<article-view><p>Fallback</p></article-view>\`,
        src: html\`<article-view src="/story.json"></article-view>\`,
        invalid: html\`<article-view .article=\${{ version: 1, body: 42 }}></article-view>\`,
        card: html\`<quote-card speaker="Ana Ruiz" role="Mayor" source="Courier" date="2022-05-23">Words.</quote-card>\`,
        cardFromData: html\`<quote-card src="/story.json" quote-id="q1"></quote-card>\`,
        badge: html\`<speaker-badge name="Ana Ruiz" role="Mayor" count="3" selectable></speaker-badge>\`,
      };
      const out = { document: typeof document, fetched: 0 };
      globalThis.fetch = () => (out.fetched++, Promise.reject(new Error('no network on the server')));
      for (const [name, template] of Object.entries(cases)) out[name] = collectResultSync(render(template));
      console.log(JSON.stringify(out));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
    const out = JSON.parse(stdout);
    assert.equal(out.document, 'undefined', 'no DOM shim');
    assert.equal(out.fetched, 0, 'the browser makes the request, not the server');
    const text = (markup) => markup.replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '');
    for (const name of ['empty', 'src', 'invalid', 'card', 'cardFromData', 'badge']) assert.match(out[name], /<template shadowroot(mode)?="open"/, name);
    assert.match(text(out.empty), /<slot ?><\/slot>[\s\S]*<p>Fallback<\/p>/);
    assert.match(text(out.src), /aria-busy="true"/);
    // Readers get one plain sentence, as a status (they have nothing to do about it).
    assert.match(text(out.invalid), /role="status">The annotations of this article could not be loaded\./);
    assert.match(text(out.card), /<time datetime="2022-05-23">May 23, 2022<\/time>/);
    assert.match(text(out.card), /speaker-role="Mayor"/);
    assert.doesNotMatch(text(out.card).split('<template')[0], / role=/, 'role="…" became speaker-role');
    assert.match(text(out.card), /<span part="role" class="role" title="Mayor">Mayor<\/span>/);
    assert.match(text(out.cardFromData), /aria-busy="true"/);
    assert.match(text(out.badge), /<button part="base"[^>]*aria-pressed="false"/);
    assert.match(text(out.badge), /class="count">3 quotes<\/span>/);
  });

  test('the page carries the article as schema.org JSON-LD, with its quotations and their speakers', () => {
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
    assert.ok(script, 'a JSON-LD script in the page');
    const data = JSON.parse(script[1]);
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.headline, seed.headline);
    const quoted = seed.quotes.filter((q) => q.kind !== 'indirect');
    assert.deepEqual(data.hasPart.map((q) => q.text), quoted.map((q) => q.text));
    const named = seed.speakers.find((s) => s.id === quoted[0].speaker);
    assert.equal(data.hasPart[0].spokenByCharacter.name, named.name);
  });

  const expectWhole = (seen) => {
    assert.deepEqual(seen.headlines, [seed.headline]);
    // The whole body, character for character, one paragraph per line.
    assert.deepEqual(seen.paragraphs, seed.body.split('\n').filter((line) => line.trim()));
    assert.deepEqual(seen.quotes, seed.quotes.map((_, i) => i));
    assert.equal(seen.badges, seed.speakers.length);
  };

  for (const engine of engines) {
    test(`${engine}: the page shows the headline, the whole body and every quote without JavaScript`, async () => {
      const { page } = await open(engine, out, { javaScript: false });
      assert.equal(await page.evaluate(() => customElements.get('article-view')), undefined, 'no script ran');
      const seen = await page.evaluate(readPage);
      expectWhole(seen);
      assert.equal(seen.cardRole, seed.speakers.find((s) => s.id === seed.quotes.find((q) => q.kind === 'direct' && q.speaker).speaker).role);
      assert.ok(seen.badgeName);
      await page.close();
    });

    test(`${engine}: hydrated without a mismatch: same content, no errors, and it responds`, async () => {
      const { page, problems } = await open(engine, out);
      await page.waitForFunction(() => ['article-view', 'quote-card', 'speaker-badge'].every((t) => customElements.get(t)));
      await page.evaluate(() => Promise.all([...document.querySelectorAll('article-view, quote-card, speaker-badge')].map((el) => el.updateComplete)));
      const seen = await page.evaluate(readPage);
      expectWhole(seen);
      assert.equal(seen.cardHasRoleAttribute, false, 'role="…" is taken as the speaker role, not left as an ARIA role');
      // Hydrated, not drawn again: a click on a quote fires quote-select.
      const selected = await page.evaluate(() => {
        const view = document.querySelector('article-view');
        const got = new Promise((resolve) => view.addEventListener('quote-select', (e) => resolve(e.detail.quote.id), { once: true }));
        view.shadowRoot.querySelector('q[data-i="0"]').click();
        return got;
      });
      assert.equal(selected, seed.quotes[0].id);
      // Lit does not report every mismatch (a value where the server drew a template leaves the
      // server's nodes in place): the hydrated elements must equal copies drawn by the browser alone.
      const [hydrated, fresh] = await page.evaluate(async () => {
        const els = [...document.querySelectorAll('main > *')];
        const copies = els.map((el) => {
          const t = document.createElement('template');
          t.innerHTML = el.outerHTML;
          return document.body.appendChild(t.content.firstElementChild);
        });
        await Promise.all(copies.map((el) => el.updateComplete));
        const canon = (root) => {
          const out = [];
          let text = '';
          const flush = () => (text.trim() && out.push(JSON.stringify(text.replace(/\s+/g, ' ').trim())), (text = ''));
          const walk = (node) => {
            for (const n of node.childNodes) {
              if (n.nodeType === Node.TEXT_NODE) text += n.data;
              if (n.nodeType !== Node.ELEMENT_NODE || n.localName === 'style' || n.localName === 'script') continue;
              flush();
              const attrs = [...n.attributes].filter((a) => a.name !== 'style' && a.name !== 'defer-hydration').map((a) => `${a.name}="${a.value}"`);
              out.push(`<${n.localName} ${attrs.sort().join(' ')}>`);
              if (n.shadowRoot) walk(n.shadowRoot);
              walk(n);
              flush();
              out.push(`</${n.localName}>`);
            }
          };
          walk(root.shadowRoot);
          walk(root);
          flush();
          return out;
        };
        return [els.map(canon), copies.map(canon)];
      });
      assert.equal(hydrated.length, 3);
      assert.deepEqual(hydrated, fresh);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

describe('a React 19 app bundled with Vite (examples/react), in the browsers', () => {
  let out = '';
  before(async () => {
    out = join(dir, 'react-out');
    await run(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', 'react', '--outDir', out, '--logLevel', 'warn'], { cwd: dir });
  });

  /** The article's headline and quotes as drawn, once `<article-view>` has drawn them. */
  const drawn = (page) =>
    page
      .waitForFunction(
        () => {
          const root = document.querySelector('article-view')?.shadowRoot;
          const quotes = [...(root?.querySelectorAll('q') ?? [])].map((q) => q.textContent);
          return quotes.length && { headline: root.querySelector('[part="headline"]').textContent, quotes };
        },
        { timeout: 10_000 },
      )
      .then((handle) => handle.jsonValue());

  for (const engine of engines) {
    test(`${engine}: the components render the article and their events reach React`, async () => {
      const { page, problems } = await open(engine, out);
      assert.deepEqual(await drawn(page), { headline: 'Council votes to rebuild the bridge', quotes: ['We will rebuild it by spring,', 'The money is there,'] });
      await page.evaluate(() => document.querySelector('article-view').shadowRoot.querySelectorAll('q')[1].click());
      await page.waitForFunction(() => document.getElementById('said').textContent === 'Tom Berg: The money is there,');
      // A speaker picked in the panel goes to React's state and back into the `speaker` prop.
      await page.evaluate(() => document.querySelector('article-view').shadowRoot.querySelector('speaker-badge[data-id="ana-ruiz"]').shadowRoot.querySelector('button').click());
      await page.waitForFunction(() => document.querySelector('article-view').getAttribute('speaker') === 'ana-ruiz');
      const card = await page.evaluate(() => document.querySelector('quote-card').shadowRoot.querySelector('blockquote').textContent);
      // A card leaves out the punctuation that ends the article's sentence.
      assert.equal(card, 'We will rebuild it by spring');
      assert.deepEqual(problems, []);
      await page.close();
    });

    test(`${engine}: tags written in JSX and registered after the first render still get their data as properties`, async () => {
      const { page, problems } = await open(engine, out, { path: 'late.html' });
      assert.deepEqual(await drawn(page), { headline: 'Council votes to rebuild the bridge', quotes: ['We will rebuild it by spring,', 'The money is there,'] });
      const seen = await page.evaluate(() => ({
        article: document.querySelector('article-view').article?.id,
        card: document.querySelector('quote-card').shadowRoot.querySelector('blockquote').textContent,
      }));
      assert.deepEqual(seen, { article: 'bridge', card: 'The money is there' });
      await page.evaluate(() => document.querySelector('article-view').shadowRoot.querySelector('q').click());
      await page.waitForFunction(() => document.getElementById('said').textContent === 'We will rebuild it by spring,');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
