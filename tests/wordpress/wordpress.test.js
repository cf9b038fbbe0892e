// The WordPress plugin in a real WordPress: Debian's package with MariaDB, PHP-FPM and nginx, started
// by site.sh on 127.0.0.1:8700, the built zip installed by WordPress's own plugin installer. Posts
// are made through the REST API as an author, a contributor and an editor, and in the block editor,
// the way a newsroom makes them; the published pages are then checked in headless Chromium. Skipped,
// saying what is missing, where WordPress is not installed (tests/wordpress/install.sh installs it on
// Debian; .ci/run calls it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/browser-path.js';
import { BLOCKS, FALLBACK, HOSTILE, HOSTILE_SHORTCODES, QUOTE_PARAGRAPHS, SHORTCODES, TAGS, TRICKY, words } from './content.js';

const here = (path) => new URL(path, import.meta.url).pathname;
const SITE = here('site.sh');
const SEED_FILE = here('../../demo/data/bondarev-resignation.json');
const seed = JSON.parse(readFileSync(SEED_FILE, 'utf8'));
const readme = readFileSync(here('../../README.md'), 'utf8');

function whatIsMissing() {
  const absent = ['/usr/share/wordpress/wp-load.php', '/usr/sbin/nginx', '/usr/sbin/mariadbd', '/usr/bin/php'].filter((p) => !existsSync(p));
  if (!existsSync('/usr/sbin') || !readdirSync('/usr/sbin').some((f) => f.startsWith('php-fpm'))) absent.push('php-fpm');
  if (!existsSync(here('../../dist-wordpress/article-annotations.zip'))) absent.push('the built plugin (npm run build)');
  if (!findChrome()) absent.push('Chromium');
  return absent.length ? `needs ${absent.join(', ')}; on Debian: sudo bash tests/wordpress/install.sh` : false;
}

// On a developer's machine without WordPress the tests are skipped, saying why; in CI, which installs
// it, a missing piece is a failure.
const missing = whatIsMissing();
if (missing && process.env.CI) throw new Error(`The WordPress test ${missing}`);
if (missing) console.log(`\nWordPress test skipped: it ${missing}.`);
const skip = missing && `WordPress ${missing}`;

describe('WordPress plugin', { skip, timeout: 600_000 }, () => {
  let site;
  let browser;

  async function rest(role, method, route, body) {
    const { login, password } = site.users[role];
    const [path, query = ''] = route.split('?');
    const res = await fetch(`${site.url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: { authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const data = await res.json();
    assert.ok(res.ok, `${method} ${route} as ${role}: ${res.status} ${JSON.stringify(data)}`);
    return data;
  }
  const rawContent = async (id) => (await rest('administrator', 'GET', `/wp/v2/posts/${id}?context=edit`)).content.raw;

  /** Opens a page in Chromium, waits for the elements to load, and hands back the page. */
  async function open(url) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      dialog.dismiss();
    });
    // Wider than the theme's content column, as on a desktop.
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(async () => {
      for (const tag of ['article-view', 'quote-card', 'speaker-badge']) {
        if (document.querySelector(tag)) await customElements.whenDefined(tag);
      }
      await Promise.all([...document.querySelectorAll('article-view, quote-card, speaker-badge')].map((el) => el.updateComplete));
    });
    page.errors = errors;
    return page;
  }

  before(async () => {
    site = JSON.parse(execFileSync('bash', [SITE, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
    copyFileSync(SEED_FILE, join(site.contentDir, 'uploads', 'bondarev-resignation.json'));
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  });

  after(async () => {
    await browser?.close();
    execFileSync('bash', [SITE, 'stop'], { stdio: 'inherit' });
  });

  const posts = {};

  test('an author publishes shortcodes and tags; scripts, event handlers and javascript: URLs are removed', async () => {
    const content = [...SHORTCODES, TAGS, QUOTE_PARAGRAPHS, HOSTILE, HOSTILE_SHORTCODES].join('\n\n');
    const post = await rest('author', 'POST', '/wp/v2/posts', { title: 'Shortcodes and tags', status: 'publish', content });
    posts.author = post;
    const raw = await rawContent(post.id);
    for (const snippet of [...SHORTCODES, TAGS]) assert.ok(raw.includes(snippet), `kept: ${snippet}\n--- in ---\n${raw}`);
    assert.ok(raw.includes('<quote-card speaker="Mallory"'), 'the hostile quote card itself is kept');
    assert.ok(raw.includes('<speaker-badge name="Eve"'), 'the hostile badge itself is kept');
    assert.doesNotMatch(raw.replace(HOSTILE_SHORTCODES, ''), /<script|onclick|onmouseover|onerror|javascript:/i);
  });

  test('a contributor submits blocks for review; the administrator publishes them unchanged', async () => {
    const post = await rest('contributor', 'POST', '/wp/v2/posts', { title: 'Blocks', status: 'pending', content: BLOCKS });
    assert.equal(post.status, 'pending');
    const published = await rest('administrator', 'POST', `/wp/v2/posts/${post.id}`, { status: 'publish' });
    assert.equal(published.status, 'publish');
    posts.contributor = published;
    const raw = await rawContent(post.id);
    assert.equal(raw, BLOCKS);
    const [, attributes] = /<!-- wp:article-annotations\/article-view (\{.*?\}) \/-->/.exec(raw);
    assert.deepEqual(JSON.parse(JSON.parse(attributes).article), TRICKY, 'the article data is exactly what was written');
  });

  test("an author who edits only the title of an editor's post keeps every embed", async () => {
    const content = [...SHORTCODES, TAGS, BLOCKS, '<speaker-badge name="Boris Bondarev" speaker-role="Diplomat" count="22" compact></speaker-badge>'].join('\n\n');
    const post = await rest('editor', 'POST', '/wp/v2/posts', { title: 'By the editor', status: 'publish', author: site.users.author.id, content });
    assert.equal(await rawContent(post.id), content);
    await rest('author', 'POST', `/wp/v2/posts/${post.id}`, { title: 'By the editor, retitled by the author' });
    assert.equal(await rawContent(post.id), content);
    posts.editor = post;
  });

  test('the README shows the snippets used here', () => {
    for (const snippet of [...SHORTCODES, TAGS]) assert.ok(readme.includes(snippet), `README.md lacks: ${snippet}`);
  });

  test('the page of shortcodes shows the upgraded elements, exactly as written', async () => {
    const page = await open(posts.author.link);
    const seen = await page.evaluate(() => {
      const [view, typedView] = document.querySelectorAll('article-view');
      const cards = [...document.querySelectorAll('quote-card')];
      const visible = (el) => el.getClientRects().length > 0;
      const card = cards.find((c) => c.getAttribute('speaker') === 'Boris Bondarev');
      const typed = cards.find((c) => c.getAttribute('speaker') === 'Hiller Neuer');
      const blockquote = (c) => c.shadowRoot.querySelector('blockquote');
      const lineHeight = parseFloat(getComputedStyle(blockquote(typed)).lineHeight);
      return {
        state: view.getAttribute('state'),
        paragraphs: [...view.shadowRoot.querySelectorAll('[part="paragraph"]')].map((p) => p.textContent),
        fallbackVisible: [...view.querySelectorAll('p')].some(visible),
        typedState: typedView.getAttribute('state'),
        typedFallback: typedView.querySelector('p')?.textContent,
        fallbacksShown: [...document.querySelectorAll('p')].filter((p) => p.textContent.includes('shown until') && visible(p)).length,
        cardText: card.textContent,
        cardBrs: card.querySelectorAll('br').length,
        typedBrs: typed.querySelectorAll('br').length,
        cardOverLines: cards.find((c) => c.getAttribute('speaker') === 'Ana Ruiz').innerHTML,
        cardBadge: card.shadowRoot.querySelector('speaker-badge')?.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        cardLink: card.shadowRoot.querySelector('a')?.href,
        typedLines: Math.round(blockquote(typed).getBoundingClientRect().height / lineHeight),
        typedBrsShown: [...typed.querySelectorAll('br')].filter(visible).length,
        badge: document.querySelector('speaker-badge[name="Boris Bondarev"]').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        // A badge standing alone is a direct child of the block theme's content column.
        badgeLeft: document.querySelector('speaker-badge[name="Boris Bondarev"]').getBoundingClientRect().left,
        columnLeft: card.getBoundingClientRect().left,
        hostileLinks: [...document.querySelectorAll('[href], [src], [image]')]
          .flatMap((el) => ['href', 'src', 'image'].map((a) => el.getAttribute(a) ?? ''))
          .filter((v) => /javascript:/i.test(v)),
        handlers: document.querySelectorAll('[onclick], [onmouseover], [onerror]').length,
        hacked: window.hacked ?? null,
      };
    });
    assert.deepEqual(page.errors, []);
    assert.equal(seen.state, 'ready');
    assert.deepEqual(seen.paragraphs, seed.body.split('\n').filter((line) => line.trim()), 'the whole body, character for character');
    assert.equal(seen.fallbackVisible, false, 'the fallback paragraphs are hidden once the article is shown');
    assert.equal(seen.typedState, 'ready');
    assert.equal(seen.typedFallback, FALLBACK, 'the typed fallback stays inside its tag');
    assert.equal(seen.fallbacksShown, 0, 'and is hidden once the article is shown');
    assert.equal(seen.cardText, "I didn't think so far.", 'the words as typed: no curly quotes');
    assert.equal(seen.cardBrs, 0);
    assert.match(seen.cardBadge, /Boris Bondarev/);
    assert.equal(seen.cardLink, 'https://apnews.com/');
    assert.equal(seen.typedBrs, 0, 'no <br> inside the typed tag');
    assert.equal(seen.typedBrsShown, 0);
    assert.equal(seen.cardOverLines, '<p>We will rebuild it.</p>\n<p>By spring.</p>', 'the paragraphs of a quote card over several lines, whole');
    assert.equal(seen.typedLines, 1, 'no empty line above or below the quote');
    assert.match(seen.badge, /Boris Bondarev.*Diplomat.*22/);
    assert.ok(Math.abs(seen.badgeLeft - seen.columnLeft) < 1, `the badge (x = ${seen.badgeLeft}) lines up with the content column (x = ${seen.columnLeft})`);
    assert.deepEqual(seen.hostileLinks, []);
    assert.equal(seen.handlers, 0);
    assert.equal(seen.hacked, null);
    await page.close();
  });

  test('the page of blocks shows the inline article and prints its schema.org data', async () => {
    const page = await open(posts.contributor.link);
    const seen = await page.evaluate(() => {
      const view = document.querySelector('article-view');
      return {
        state: view.getAttribute('state'),
        headline: view.shadowRoot.querySelector('[part="headline"]')?.textContent,
        paragraphs: [...view.shadowRoot.querySelectorAll('[part="paragraph"]')].map((p) => p.textContent),
        quote: view.shadowRoot.querySelector('[part~="quote"]')?.textContent,
        card: document.querySelector('quote-card').textContent,
        badge: document.querySelector('speaker-badge').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
      };
    });
    assert.deepEqual(page.errors, []);
    assert.equal(seen.state, 'ready');
    assert.equal(seen.headline, TRICKY.headline, 'markup in the data is shown as text');
    assert.deepEqual(seen.paragraphs, TRICKY.body.split('\n'));
    assert.equal(seen.quote, words);
    assert.equal(seen.card, 'It is intolerable what my government is doing now,');
    assert.match(seen.badge, /Hiller Neuer.*UN Watch.*3/);
    assert.equal(seen.jsonLd.length, 1);
    assert.deepEqual(JSON.parse(seen.jsonLd[0]), {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': TRICKY.url,
      headline: TRICKY.headline,
      inLanguage: 'en',
      datePublished: '2024-05-02',
      url: TRICKY.url,
      publisher: { '@type': 'Organization', name: 'Example News' },
      hasPart: [
        {
          '@type': 'Quotation',
          text: words,
          isPartOf: { '@id': TRICKY.url },
          creator: { '@type': 'Person', name: 'Ana Ruiz', jobTitle: 'Mayor' },
          spokenByCharacter: { '@type': 'Person', name: 'Ana Ruiz', jobTitle: 'Mayor' },
        },
        {
          '@type': 'Quotation',
          text: 'a vote in June',
          isPartOf: { '@id': TRICKY.url },
          creator: { '@type': 'Organization', name: 'City council', description: 'The elected council' },
          spokenByCharacter: { '@type': 'Organization', name: 'City council', description: 'The elected council' },
        },
      ],
    });
    await page.close();
  });

  test('the article loaded by URL gets its schema.org data too, without indirect quotes', async () => {
    const html = await (await fetch(posts.author.link)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
    assert.equal(scripts.length, 1);
    const [data] = scripts;
    assert.equal(data.headline, seed.headline);
    assert.equal(data['@id'], '#article');
    const quoted = seed.quotes.filter((q) => q.kind !== 'indirect');
    assert.deepEqual(data.hasPart.map((part) => part.text), quoted.map((q) => q.text));
    assert.ok(data.hasPart.every((part) => part.isPartOf['@id'] === '#article' && part.creator?.name));
  });

  test('the block editor: an author fills in blocks, sees the server preview, and publishes', async () => {
    const { login, loginPassword } = site.users.author;
    const page = await browser.newPage();
    // The editor is a large application: give a busy machine time.
    page.setDefaultTimeout(90_000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // What the page saw, told when a step times out: a failure names its cause, not just the wait.
    const seen = [];
    page.on('console', (message) => message.type() === 'error' && seen.push(`console: ${message.text()}`));
    page.on('requestfailed', (request) => seen.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400 || response.url().includes('block-renderer')) seen.push(`HTTP ${response.status()}: ${decodeURIComponent(response.url())}`);
    });
    const waitFor = async (what, fn, ...args) => {
      try {
        return await page.waitForFunction(fn, { polling: 100 }, ...args);
      } catch (error) {
        const state = await page.evaluate(() => ({
          url: location.href,
          title: document.title,
          wp: Object.keys(window.wp ?? {}).join(' '),
          blocks: window.wp?.blocks?.getBlockTypes?.().filter((b) => b.name.startsWith('article-annotations/')).map((b) => b.name),
          text: document.body?.innerText.slice(0, 400),
          selected: window.wp?.data?.select('core/block-editor').getSelectedBlock()?.attributes,
          active: document.activeElement?.outerHTML.slice(0, 160),
          previews: [...document.querySelectorAll('.wp-block quote-card, .wp-block article-view')].map((e) => e.outerHTML.slice(0, 300)),
        })).catch((e) => `unreadable: ${e.message}`);
        throw new Error(`${what}: ${error.message}\n${JSON.stringify(state, null, 2)}\n${[...errors, ...seen].join('\n')}`);
      }
    };
    await page.goto(`${site.url}/wp-login.php`);
    // The login page focuses and selects the name field 200 ms after it loads: typing before that
    // would have the first letters replaced, or the password typed into the name.
    await waitFor('the login form', () => document.activeElement?.id === 'user_login');
    await page.type('#user_login', login);
    await page.type('#user_pass', loginPassword);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    assert.doesNotMatch(page.url(), /wp-login\.php/, `logged in as ${login}`);
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await waitFor('the block editor with our blocks', () => window.wp?.blocks?.getBlockType('article-annotations/quote-card') && document.querySelector('.block-editor-block-list__layout'));
    await page.evaluate(() => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      wp.data.dispatch('core/editor').editPost({ title: 'Made in the editor' });
    });
    // The welcome guide closes when the editor gets to it, and gives the focus back as it goes: the
    // typing starts after that.
    await waitFor('the welcome guide closed', () => !document.querySelector('.components-modal__screen-overlay'));
    const insert = (name) => page.evaluate((n) => wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock(n)), name);

    // A quote card: typed into the form in the block.
    await insert('article-annotations/quote-card');
    const form = '.wp-block.is-selected .components-placeholder';
    const typeInto = async (field, name, text) => {
      await (await page.waitForSelector(`${form} ${field}`)).click();
      await page.keyboard.type(text);
      await waitFor(`"${text}" typed into the block's ${name}`, (n, t) => wp.data.select('core/block-editor').getSelectedBlock()?.attributes[n] === t, name, text);
    };
    await typeInto('textarea', 'text', "I didn't think so far.");
    await typeInto('input', 'speaker', 'Boris Bondarev');
    await waitFor('the quote card preview', () => document.querySelector('.wp-block quote-card')?.shadowRoot?.querySelector('speaker-badge'));
    assert.equal(await page.$eval('.wp-block quote-card', (card) => card.textContent), "I didn't think so far.");

    // An article: its JSON file opened in the block.
    await insert('article-annotations/article-view');
    const file = join(site.contentDir, 'uploads', 'bridge-vote.json');
    writeFileSync(file, JSON.stringify(TRICKY, null, 2));
    const input = await page.waitForSelector(`${form} input[type="file"]`);
    await input.uploadFile(file);
    await waitFor('the article preview', () => document.querySelector('.wp-block article-view')?.getAttribute('state') === 'ready');
    assert.equal(await page.$eval('.wp-block article-view', (view) => view.validArticle.headline), TRICKY.headline);

    const id = await page.evaluate(async () => {
      wp.data.dispatch('core/editor').editPost({ status: 'publish' });
      await wp.data.dispatch('core/editor').savePost();
      return wp.data.select('core/editor').getCurrentPostId();
    });
    assert.deepEqual(errors, []);
    await page.close();

    const raw = await rawContent(id);
    assert.match(raw, /<!-- wp:article-annotations\/quote-card \{"text":"I didn't think so far.","speaker":"Boris Bondarev"\} \/-->/);
    const [, attributes] = /<!-- wp:article-annotations\/article-view (\{.*?\}) \/-->/.exec(raw);
    assert.deepEqual(JSON.parse(JSON.parse(attributes).article), TRICKY, 'the article data is exactly the file');
  });

  test("PHP logged no notice, warning or error in the plugin's code", () => {
    // WordPress 6.1 itself logs deprecations under PHP 8.2: only the plugin's lines count.
    const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
    assert.deepEqual(log.split('\n').filter((line) => line.includes('/plugins/article-annotations/')), []);
  });

  test('the script is a module, on the pages that embed something and no others', async () => {
    const plain = await rest('author', 'POST', '/wp/v2/posts', { title: 'No embeds', status: 'publish', content: '<p>Nothing to see.</p>' });
    const scriptTags = async (url) => [...(await (await fetch(url)).text()).matchAll(/<script[^>]*article-annotations\.js[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(await scriptTags(plain.link), []);
    for (const post of [posts.author, posts.contributor, posts.editor]) {
      const tags = await scriptTags(post.link);
      assert.equal(tags.length, 1, post.link);
      assert.match(tags[0], /type="module"/);
    }
  });
});
