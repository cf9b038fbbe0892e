import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ArticleView } from '../../src/elements/article-view/article-view.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import type { Article } from '../../src/model/types.js';
import { captureWarnings } from '../shared/warnings.js';
import { stubFetch, until } from '../elements/helpers.js';

/**
 * Network faults for `src`: HTTP errors, bodies that are not JSON or are web pages, responses that
 * never end, requests superseded by a newer `src` or orphaned by removing the element. Every
 * failure gives a readable error state and exactly one `article-error`; nothing is left as an
 * unhandled rejection; an older response never replaces a newer article.
 */

const ARTICLE: Article = {
  version: 1,
  id: 'net',
  headline: 'Network',
  language: 'en',
  body: 'She said “fine”.',
  speakers: [{ id: 'a', name: 'Ann' }],
  quotes: [{ id: 'q1', start: 10, end: 14, text: 'fine', kind: 'direct', speaker: 'a' }],
};
const other = (headline: string): Article => ({ ...ARTICLE, headline });

const encoder = new TextEncoder();

/** A body that sends `start` and then never ends. `cancelled` is set when the reader gives up. */
function endless(start: string, state: { cancelled: boolean } = { cancelled: false }): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(start));
    },
    cancel() {
      state.cancelled = true;
    },
  });
}

/** A fetch stub answering per URL; `signals` keeps each request's signal. */
function routes(table: Record<string, (signal: AbortSignal) => Promise<Response> | Response>, signals: Record<string, AbortSignal> = {}): typeof fetch {
  return async (input, init) => {
    const url = String(input);
    const signal = init?.signal ?? new AbortController().signal;
    signals[url] = signal;
    const handler = table[url];
    if (!handler) return new Response('no route', { status: 404, statusText: 'Not Found' });
    return handler(signal);
  };
}

const json = (data: unknown, type = 'application/json') => new Response(JSON.stringify(data), { status: 200, headers: { 'content-type': type } });
const never = () => new Promise<Response>(() => {});

const rejections: unknown[] = [];
const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);

interface Watched {
  view: ArticleView;
  errors: CustomEvent[];
  loads: CustomEvent[];
}

function watch(view: ArticleView): Watched {
  const w: Watched = { view, errors: [], loads: [] };
  view.addEventListener('article-error', (e) => w.errors.push(e));
  view.addEventListener('article-load', (e) => w.loads.push(e));
  return w;
}

describe('network faults for src', function () {
  this.timeout(20000);
  let restore: (() => void) | undefined;
  const views: Element[] = [];

  function view(attrs: Record<string, string> = {}): Watched {
    const el = document.createElement('article-view') as ArticleView;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    views.push(el);
    const w = watch(el);
    document.body.append(el);
    return w;
  }

  beforeEach(() => {
    rejections.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
  });

  // The technical reasons the elements log for developers.
  const warnings = captureWarnings();

  afterEach(async () => {
    await new Promise((r) => setTimeout(r, 50));
    for (const el of views.splice(0)) el.remove();
    restore?.();
    restore = undefined;
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections.map(String), 'unhandled rejections').to.deep.equal([]);
  });

  /**
   * Waits for the error state and returns the technical message of its article-error (exactly one
   * came); the reader sees plain words, as a status, and the console the technical message.
   */
  async function failsWith(w: Watched, ms = 5000): Promise<string> {
    await until(() => w.view.state === 'error', ms, 'the error state');
    await w.view.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    expect(w.errors.length, 'article-error events').to.equal(1);
    expect(w.loads.length, 'article-load events').to.equal(0);
    const shown = w.view.shadowRoot!.querySelector('[part="error"]')!;
    expect(shown.getAttribute('role')).to.equal('status');
    expect(shown.textContent).to.equal('The annotations of this article could not be loaded.');
    expect(warnings).to.include(`<article-view>: ${w.errors[0].detail.message}`);
    expect(w.view.validArticle).to.equal(null);
    expect(w.view.shadowRoot!.querySelector('q')).to.equal(null);
    return w.errors[0].detail.message;
  }

  describe('HTTP and content errors', () => {
    it('404: says which URL and which status', async () => {
      restore = stubFetch(routes({}));
      const w = view({ src: '/data/missing.json' });
      expect(await failsWith(w)).to.equal('Could not load /data/missing.json: HTTP 404 Not Found.');
      expect(w.errors[0].detail.status).to.equal(404);
      expect(w.errors[0].detail.src).to.equal('/data/missing.json');
      expect(w.errors[0].bubbles && w.errors[0].composed).to.equal(true);
    });

    it('500: says which URL and which status', async () => {
      restore = stubFetch(routes({ '/a.json': () => new Response('<h1>oops</h1>', { status: 500, statusText: 'Internal Server Error', headers: { 'content-type': 'text/html' } }) }));
      const w = view({ src: '/a.json' });
      expect(await failsWith(w)).to.equal('Could not load /a.json: HTTP 500 Internal Server Error.');
      expect(w.errors[0].detail.status).to.equal(500);
    });

    it('a body that is not JSON: says where the JSON breaks', async () => {
      restore = stubFetch(routes({ '/a.json': () => new Response('{"version": 1, "body": nope}', { headers: { 'content-type': 'application/json' } }) }));
      const w = view({ src: '/a.json' });
      expect(await failsWith(w)).to.match(/^The article in \/a\.json could not be used: not valid JSON at line 1, column 24: unexpected "nope}"/);
    });

    it('an empty body: says the document is empty', async () => {
      restore = stubFetch(routes({ '/a.json': () => new Response('', { headers: { 'content-type': 'application/json' } }) }));
      expect(await failsWith(view({ src: '/a.json' }))).to.contain('the document is empty');
    });

    it('JSON served as text/plain (a misconfigured CMS) is accepted when it parses', async () => {
      restore = stubFetch(routes({ '/a.json': () => json(ARTICLE, 'text/plain; charset=utf-8') }));
      const w = view({ src: '/a.json' });
      await until(() => w.loads.length === 1, 5000, 'article-load');
      expect(w.view.state).to.equal('ready');
      expect(w.errors).to.deep.equal([]);
    });

    it('an HTML page with 200 text/html (a login page): says it got HTML instead of JSON', async () => {
      const login = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form>…</form></body></html>';
      restore = stubFetch(routes({ '/a.json': () => new Response(login, { headers: { 'content-type': 'text/html; charset=utf-8' } }) }));
      expect(await failsWith(view({ src: '/a.json' }))).to.equal('Could not load /a.json: got an HTML page (text/html) instead of JSON.');
    });

    it('an HTML page labelled as JSON, or with no content type: still says HTML', async () => {
      const page = '\ufeff  <html lang="en"><body>Maintenance</body></html>';
      restore = stubFetch(routes({ '/a.json': () => new Response(page, { headers: { 'content-type': 'application/json' } }) }));
      expect(await failsWith(view({ src: '/a.json' }))).to.contain('got an HTML page (application/json) instead of JSON');
    });

    it('a network failure: says so with the browser’s reason', async () => {
      restore = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      expect(await failsWith(view({ src: '/a.json' }))).to.equal('Could not load /a.json: Failed to fetch.');
    });

    it('a body that breaks off half way: a readable network error', async () => {
      const broken = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('{"version":1,'));
          setTimeout(() => controller.error(new TypeError('network error')), 20);
        },
      });
      restore = stubFetch(routes({ '/a.json': () => new Response(broken, { headers: { 'content-type': 'application/json' } }) }));
      expect(await failsWith(view({ src: '/a.json' }))).to.match(/^Could not load \/a\.json: .+\.$/);
    });

    it('a real 404 from the server', async () => {
      const w = view({ src: '/tests/fixtures/hostile/does-not-exist.json' });
      expect(await failsWith(w)).to.equal('Could not load /tests/fixtures/hostile/does-not-exist.json: HTTP 404 Not Found.');
    });
  });

  describe('responses that never end', () => {
    it('a body that never ends is stopped at the timeout, with a message', async () => {
      const stream = { cancelled: false };
      restore = stubFetch(routes({ '/slow.json': () => new Response(endless('{"version":1,', stream), { headers: { 'content-type': 'application/json' } }) }));
      const started = performance.now();
      const w = view({ src: '/slow.json', timeout: '300' });
      expect(await failsWith(w)).to.equal('Loading /slow.json took longer than 0.3 s and was stopped.');
      expect(performance.now() - started).to.be.within(250, 3000);
    });

    it('a fetch that never answers and ignores its signal is stopped at the timeout too', async () => {
      restore = stubFetch(never);
      const w = view({ src: '/never.json', timeout: '200' });
      expect(await failsWith(w)).to.equal('Loading /never.json took longer than 0.2 s and was stopped.');
    });

    it('the request is aborted at the timeout', async () => {
      const signals: Record<string, AbortSignal> = {};
      restore = stubFetch(routes({ '/never.json': never }, signals));
      await failsWith(view({ src: '/never.json', timeout: '100' }));
      expect(signals['/never.json'].aborted).to.equal(true);
    });

    it('a timeout too long for setTimeout means "no timeout", not "at once"', async () => {
      restore = stubFetch(routes({ '/late.json': () => new Promise((r) => setTimeout(() => r(json(ARTICLE)), 200)) }));
      const w = view({ src: '/late.json', timeout: '9999999999' });
      await until(() => w.loads.length === 1 || w.errors.length > 0, 5000, 'an outcome');
      expect(w.errors.map((e) => e.detail.message)).to.deep.equal([]);
      expect(w.view.state).to.equal('ready');
    });

    it('timeout="0" and hostile timeouts never time out at once', async () => {
      restore = stubFetch(routes({ '/late.json': () => new Promise((r) => setTimeout(() => r(json(ARTICLE)), 100)) }));
      for (const timeout of ['0', '-1', 'NaN', 'Infinity', '1e400', '<script>']) {
        const w = view({ src: '/late.json', timeout });
        await until(() => w.loads.length === 1 || w.errors.length > 0, 5000, `an outcome for ${timeout}`);
        expect(w.errors.length, timeout).to.equal(0);
      }
    });
  });

  describe('superseded and orphaned requests', () => {
    it('changing src aborts the older request; only the newer article is shown', async () => {
      const signals: Record<string, AbortSignal> = {};
      restore = stubFetch(routes({ '/old.json': never, '/new.json': () => json(other('Newer')) }, signals));
      const w = view({ src: '/old.json' });
      await until(() => signals['/old.json'], 2000, 'the first request');
      w.view.src = '/new.json';
      await until(() => w.loads.length === 1, 5000, 'the newer article');
      expect(signals['/old.json'].aborted).to.equal(true);
      expect(w.view.validArticle!.headline).to.equal('Newer');
      expect(w.errors).to.deep.equal([]);
    });

    it('an older response that arrives late (its fetch ignored the abort) never replaces the newer article', async () => {
      let releaseOld!: () => void;
      const oldArrives = new Promise<void>((r) => (releaseOld = r));
      restore = stubFetch(routes({ '/old.json': async () => (await oldArrives, json(other('Older'))), '/new.json': () => json(other('Newer')) }));
      const w = view({ src: '/old.json' });
      await new Promise((r) => setTimeout(r, 20));
      w.view.src = '/new.json';
      await until(() => w.loads.length === 1, 5000, 'the newer article');
      releaseOld();
      await new Promise((r) => setTimeout(r, 100));
      await w.view.updateComplete;
      expect(w.view.validArticle!.headline).to.equal('Newer');
      expect(w.view.shadowRoot!.querySelector('[part="headline"]')!.textContent).to.equal('Newer');
      expect(w.loads.length).to.equal(1);
      expect(w.errors).to.deep.equal([]);
    });

    it('an older request that fails late never replaces the newer article with its error', async () => {
      let failOld!: () => void;
      const oldFails = new Promise<void>((r) => (failOld = r));
      restore = stubFetch(routes({ '/old.json': async () => (await oldFails, new Response('', { status: 500 })), '/new.json': () => json(other('Newer')) }));
      const w = view({ src: '/old.json' });
      await new Promise((r) => setTimeout(r, 20));
      w.view.src = '/new.json';
      await until(() => w.loads.length === 1, 5000, 'the newer article');
      failOld();
      await new Promise((r) => setTimeout(r, 100));
      expect(w.view.state).to.equal('ready');
      expect(w.errors).to.deep.equal([]);
    });

    it('a newer src that fails replaces the older article with the error (no stale article)', async () => {
      restore = stubFetch(routes({ '/good.json': () => json(other('Good')) }));
      const w = view({ src: '/good.json' });
      await until(() => w.loads.length === 1, 5000, 'the first article');
      w.loads.length = 0;
      w.view.src = '/bad.json';
      expect(await failsWith(w)).to.contain('HTTP 404');
      expect(w.view.shadowRoot!.textContent).not.to.contain('Good');
    });

    it('switching from src to the article property mid-request shows the property and drops the response', async () => {
      let release!: () => void;
      const arrives = new Promise<void>((r) => (release = r));
      restore = stubFetch(routes({ '/a.json': async () => (await arrives, json(other('From src'))) }));
      const w = view({ src: '/a.json' });
      await new Promise((r) => setTimeout(r, 20));
      w.view.article = other('From property');
      await w.view.updateComplete;
      release();
      await new Promise((r) => setTimeout(r, 100));
      expect(w.view.validArticle!.headline).to.equal('From property');
      expect(w.errors).to.deep.equal([]);
    });

    it('removing the element mid-request aborts it quietly; putting it back loads again', async () => {
      const signals: Record<string, AbortSignal> = {};
      let answer: () => Promise<Response> | Response = never;
      restore = stubFetch(routes({ '/a.json': () => answer() }, signals));
      const w = view({ src: '/a.json' });
      await until(() => signals['/a.json'], 2000, 'the request');
      const first = signals['/a.json'];
      w.view.remove();
      expect(first.aborted).to.equal(true);
      await new Promise((r) => setTimeout(r, 100));
      expect(w.errors).to.deep.equal([]);
      expect(w.loads).to.deep.equal([]);
      answer = () => json(other('Back'));
      document.body.append(w.view);
      await until(() => w.loads.length === 1, 5000, 'the article after re-insertion');
      expect(signals['/a.json']).not.to.equal(first);
      expect(w.view.validArticle!.headline).to.equal('Back');
      expect(w.errors).to.deep.equal([]);
    });

    it('removing the element while a never-ending body streams cancels it, with no error and no rejection', async () => {
      const stream = { cancelled: false };
      const signals: Record<string, AbortSignal> = {};
      restore = stubFetch(routes({ '/a.json': () => new Response(endless('{"version":', stream)) }, signals));
      const w = view({ src: '/a.json', timeout: '0' });
      await until(() => signals['/a.json'], 2000, 'the request');
      await new Promise((r) => setTimeout(r, 50));
      w.view.remove();
      await new Promise((r) => setTimeout(r, 100));
      expect(signals['/a.json'].aborted).to.equal(true);
      expect(w.errors).to.deep.equal([]);
    });

    it('many quick src changes: one article-load, for the last src', async () => {
      restore = stubFetch(async (input, init) => {
        const n = Number(/(\d+)/.exec(String(input))![1]);
        await new Promise((r) => setTimeout(r, (20 - n) * 5)); // older requests answer later
        if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
        return json(other(`Article ${n}`));
      });
      const w = view({ src: '/a0.json' });
      for (let n = 1; n < 20; n++) {
        w.view.src = `/a${n}.json`;
        await new Promise((r) => setTimeout(r, 2));
      }
      await until(() => w.loads.length >= 1, 5000, 'an article');
      await new Promise((r) => setTimeout(r, 200));
      expect(w.loads.length).to.equal(1);
      expect(w.view.validArticle!.headline).to.equal('Article 19');
      expect(w.errors).to.deep.equal([]);
    });
  });

  describe('<quote-card src>', () => {
    const cases: Array<[string, () => Response | Promise<Response>, RegExp]> = [
      ['404', () => new Response('', { status: 404, statusText: 'Not Found' }), /HTTP 404/],
      ['500', () => new Response('', { status: 500, statusText: 'Internal Server Error' }), /HTTP 500/],
      ['not JSON', () => new Response('nope'), /not valid JSON/],
      ['HTML', () => new Response('<!doctype html><p>Sign in', { headers: { 'content-type': 'text/html' } }), /got an HTML page \(text\/html\) instead of JSON/],
      ['never ends', () => new Response(endless('{')), /took longer than 0\.2 s/],
    ];
    for (const [name, answer, message] of cases) {
      it(`${name}: a readable error state`, async () => {
        restore = stubFetch(routes({ '/c.json': answer }));
        const card = document.createElement('quote-card') as QuoteCard;
        card.setAttribute('src', '/c.json');
        card.setAttribute('quote-id', 'q1');
        card.setAttribute('timeout', '200');
        views.push(card);
        document.body.append(card);
        await until(() => card.state === 'error', 5000, 'the error state');
        await card.updateComplete;
        const shown = card.shadowRoot!.querySelector('[part="error"]')!;
        expect(shown.getAttribute('role')).to.equal('status');
        expect(shown.textContent).to.equal('This quote could not be loaded.');
        expect(warnings.at(-1)).to.match(message);
      });
    }
  });
});
