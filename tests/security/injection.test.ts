import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/define/all.js';
import type { ArticleView } from '../../src/elements/article-view/article-view.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import type { SpeakerBadge } from '../../src/elements/speaker-badge/speaker-badge.js';
import { articleViewStrings } from '../../src/elements/shared/strings.js';
import { extract } from '../../src/extract/index.js';
import { parseArticle, validateArticle } from '../../src/model/validate.js';
import type { Article } from '../../src/model/types.js';
import { stubFetch } from '../elements/helpers.js';
import { cardWords } from '../../src/elements/shared/format.js';
import { armTrap, hostileStrings, PAYLOADS, renderedProblems, settle, trap } from './hostile.js';

/**
 * Injection: every text field of the data model and every attribute of the three elements, filled
 * with the Big List of Naughty Strings and our own payloads. Nothing may run (the trap stays
 * uncalled), nothing may become markup, URLs only ever become http(s) or relative, and every text
 * is shown exactly as given.
 */

const SEP = ' | ';

/** An article whose every text field is `s`: source, cue and quote are three copies of `s` in the body. */
function articleOf(s: string): Article {
  const body = `${s}${SEP}${s}${SEP}“${s}”.`;
  const at = (n: number) => n * (s.length + SEP.length);
  const quoteStart = at(2) + 1;
  return {
    version: 1,
    id: 'hostile',
    headline: s,
    byline: s,
    source: s,
    url: s,
    language: 'en',
    body,
    speakers: [{ id: 'sp', name: s, role: s, description: s, image: s, url: s, aliases: [s] }],
    quotes: [
      {
        id: 'q',
        start: quoteStart,
        end: quoteStart + s.length,
        text: s,
        kind: 'direct',
        speaker: 'sp',
        source: { start: 0, end: s.length, text: s },
        cue: { start: at(1), end: at(1) + s.length, text: s },
      },
    ],
  };
}

const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));

/** The attribute names of an element's reactive properties (whatever the lead adds), plus `lang` and `id`. */
function attributesOf(el: ReactiveElement): string[] {
  const props = (el.constructor as typeof ReactiveElement).elementProperties;
  const names = ['lang', 'id'];
  for (const [key, options] of props) {
    if (options.attribute === false || options.state) continue;
    names.push(typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase());
  }
  return names;
}

/** What a real fetch does with a URL: reject non-http(s) schemes, else here a 404. */
const fake404: typeof fetch = async (input) => {
  const url = new URL(String(input), location.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('Failed to fetch');
  return new Response('not here', { status: 404, statusText: 'Not Found' });
};

async function settled(el: ReactiveElement & { state: string }) {
  await el.updateComplete;
  const end = performance.now() + 3000;
  while (el.state === 'loading' && performance.now() < end) await new Promise((r) => setTimeout(r, 1));
  await el.updateComplete;
}

describe('injection', function () {
  this.timeout(180000);
  let disarm: () => void;
  let restoreFetch: () => void;
  let strings: string[];
  let host: HTMLDivElement;
  let base: HTMLBaseElement;

  before(async () => {
    strings = await hostileStrings();
    expect(strings.length).to.be.greaterThan(500);
  });

  beforeEach(() => {
    trap.calls = 0;
    trap.what = [];
    errors.length = 0;
    disarm = armTrap();
    restoreFetch = stubFetch(fake404);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    host = document.createElement('div');
    document.body.append(host);
    // Relative image URLs made of naughty strings resolve to a host that does not exist, not to the test server.
    base = document.createElement('base');
    base.href = 'https://example.invalid/hostile/';
    document.head.prepend(base);
  });

  afterEach(async () => {
    await settle(100); // late image errors and loads
    host.remove();
    base.remove();
    restoreFetch();
    disarm();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  describe('article data', () => {
    it('<article-view> shows every text field exactly as given, runs nothing and adds no markup', async () => {
      const view = document.createElement('article-view') as ArticleView;
      host.append(view);
      const failures: string[] = [];
      for (const s of strings) {
        const input = articleOf(s);
        view.article = input;
        await settled(view);
        const root = view.shadowRoot!;
        const check = (what: string, actual: unknown, expected: unknown) => {
          if (actual !== expected) failures.push(`${JSON.stringify(s)}: ${what}: ${JSON.stringify(actual)}`);
        };
        // An unsafe url or image is dropped and reported: 'partial'; never an error.
        check('state', ['ready', 'partial'].includes(view.state), true);
        check('headline', root.querySelector('[part="headline"]')?.textContent, s);
        check('meta', root.querySelector('[part="meta"]')?.textContent, `${s}${articleViewStrings.separator}${s}`);
        const link = root.querySelector<HTMLAnchorElement>('[part="meta"] a');
        if (link) check('source link', link.textContent, s);
        check('body', root.querySelector('[part="body"]')?.textContent, input.body);
        // A quote running over several paragraphs has one <q> per paragraph; the breaks lie between.
        check('quote', [...root.querySelectorAll('q[data-i="0"]')].map((q) => q.textContent).join(''), s.replace(/[\n\r\u2029]+/g, ''));
        check('description', root.getElementById('d0')?.textContent, `Quoted, said by ${s}`);
        const badge = root.querySelector('speaker-badge')!;
        await badge.updateComplete;
        check('badge name', badge.shadowRoot!.querySelector('[part="name"]')?.textContent, s);
        check('badge role', badge.shadowRoot!.querySelector('[part="role"]')?.textContent, s);
        // The tooltip shows the cue.
        root.querySelector('q')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        await view.updateComplete;
        check('cue', root.querySelector('[part="tooltip"] span:last-child')?.textContent, `“${s}”`);
        // Fields that are not shown still arrive unchanged.
        const valid = view.validArticle!;
        check('description field', valid.speakers[0]?.description, s);
        check('aliases field', JSON.stringify(valid.speakers[0]?.aliases), JSON.stringify([s]));
        check('quote field', valid.quotes[0]?.text, s);
        for (const p of renderedProblems(view)) failures.push(`${JSON.stringify(s)}: ${p}`);
      }
      await settle(100);
      expect(failures.slice(0, 20)).to.deep.equal([]);
      expect(trap.what).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('<article-view> lists orphaned hostile quotes in its notice as text', async () => {
      const view = document.createElement('article-view') as ArticleView;
      host.append(view);
      const failures: string[] = [];
      for (const s of strings) {
        if (s === '·') continue;
        view.article = { version: 1, id: 'o', headline: 'h', language: 'en', body: '·', speakers: [], quotes: [{ id: 'o', start: 0, end: 1, text: s, kind: 'direct', speaker: null }] };
        await settled(view);
        const item = view.shadowRoot!.querySelector('[part="notice"] li')?.textContent ?? '';
        if (!item.startsWith(`quotes[0]: “${s}”: `)) failures.push(`${JSON.stringify(s)}: ${JSON.stringify(item)}`);
        for (const p of renderedProblems(view)) failures.push(`${JSON.stringify(s)}: ${p}`);
      }
      await settle(100);
      expect(failures.slice(0, 20)).to.deep.equal([]);
      expect(trap.what).to.deep.equal([]);
    });

    it('<quote-card> shows a hostile quote, speaker and source exactly as given', async () => {
      const card = document.createElement('quote-card') as QuoteCard;
      card.quoteId = 'q';
      host.append(card);
      const failures: string[] = [];
      for (const s of strings) {
        card.article = articleOf(s);
        await settled(card);
        const root = card.shadowRoot!;
        const check = (what: string, actual: unknown, expected: unknown) => {
          if (actual !== expected) failures.push(`${JSON.stringify(s)}: ${what}: ${JSON.stringify(actual)}`);
        };
        // as text; a card shows a quote without its outer marks and trailing comma (tested in quote-card)
        check('quote', root.querySelector('blockquote')?.textContent, cardWords(s));
        check('source', root.querySelector('.meta')?.textContent?.trim(), s.trim());
        const badge = root.querySelector('speaker-badge')!;
        await badge.updateComplete;
        check('badge name', badge.shadowRoot!.querySelector('[part="name"]')?.textContent, s);
        // “words” — Speaker, Source: the card's words (runs of white space as one space).
        const by = [s, s].filter(Boolean).join(', ');
        check('copy text', card.copyText, `“${cardWords(s)}”${by ? ` — ${by}` : ''}`);
        for (const p of renderedProblems(card)) failures.push(`${JSON.stringify(s)}: ${p}`);
      }
      await settle(100);
      expect(failures.slice(0, 20)).to.deep.equal([]);
      expect(trap.what).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('prototype-pollution shaped keys and ids pollute nothing and still render', async () => {
      const json = `{"version":1,"id":"__proto__","headline":"constructor","language":"en","body":"__proto__ said “constructor”.",
        "__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},
        "speakers":[{"id":"__proto__","name":"Proto","__proto__":{"polluted":1}},{"id":"constructor","name":"Ctor"},{"id":"toString","name":"ToS"}],
        "quotes":[{"id":"__proto__","start":15,"end":26,"text":"constructor","kind":"direct","speaker":"__proto__","__proto__":{"polluted":1},
          "cue":{"start":10,"end":14,"text":"said","__proto__":{"polluted":1}}}]}`;
      const before = Object.getOwnPropertyNames(Object.prototype).join();
      const result = parseArticle(json);
      expect(result.article!.quotes.map((q) => q.speaker)).to.deep.equal(['__proto__']);
      const view = document.createElement('article-view') as ArticleView;
      view.innerHTML = `<script type="application/json">${json}</script>`;
      host.append(view);
      await settled(view);
      const q = view.shadowRoot!.querySelector('q')!;
      expect(q.textContent).to.equal('constructor');
      expect(view.shadowRoot!.getElementById('d0')!.textContent).to.equal('Quoted, said by Proto');
      const background = () => getComputedStyle(q).backgroundColor;
      view.speaker = 'constructor';
      await view.updateComplete;
      expect(background()).to.equal('rgba(0, 0, 0, 0)');
      view.speaker = '__proto__';
      await view.updateComplete;
      expect(background()).to.not.equal('rgba(0, 0, 0, 0)');
      const extracted = extract('“Hello,” said __proto__. “Bye,” said Constructor. “No,” toString said. hasOwnProperty said: “__proto__”.');
      expect(extracted.body).to.contain('hasOwnProperty');
      expect(Object.getOwnPropertyNames(Object.prototype).join()).to.equal(before);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype.hasOwnProperty.call(result.article, '__proto__')).to.equal(false);
      expect(Object.getPrototypeOf(result.article)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(result.article!.speakers[0])).to.equal(Object.prototype);
    });

    it('interface words with placeholder-shaped prototype keys are left as written', async () => {
      const view = document.createElement('article-view') as ArticleView;
      view.strings = { saidBy: 'said by {speaker} {constructor} {__proto__} {toString} {hasOwnProperty}' };
      view.article = articleOf('Ann');
      host.append(view);
      await settled(view);
      expect(view.shadowRoot!.getElementById('d0')!.textContent).to.equal('Quoted, said by Ann {constructor} {__proto__} {toString} {hasOwnProperty}');
    });
  });

  describe('URL fields', () => {
    const unsafe = [
      ...PAYLOADS.filter((p) => /^(?:\W|java|jav\t|data|vbscript|blob|file)/i.test(p) && /^[^<]*:/.test(p) && !/^\W*(?:red|url|expression)/.test(p)),
      '  JAVASCRIPT:__trap()  ',
      '\u00a0javascript:__trap()',
      '\u3000javascript:__trap()',
      'data:image/png;base64,iVBORw0KGgo=',
      'ftp://example.com/x',
      'mailto:a@example.com',
      'ws://example.com',
      'a:b',
    ];
    const safe = ['https://example.com/a.png', 'http://example.com/', '/tests/fixtures/pixel.png', 'pixel.png', '//example.com/x', '?q=1', '#top'];

    it('from data become http(s) or relative links and images, or nothing', async () => {
      const failures: string[] = [];
      const view = document.createElement('article-view') as ArticleView;
      const card = document.createElement('quote-card') as QuoteCard;
      card.quoteId = 'q';
      host.append(view, card);
      for (const url of [...unsafe, ...safe]) {
        const article = { ...articleOf('Ann'), url, speakers: [{ id: 'sp', name: 'Ann', image: url, url }] };
        view.article = article;
        card.article = article;
        await settled(view);
        await settled(card);
        const kept = safe.includes(url);
        const link = view.shadowRoot!.querySelector('[part="meta"] a');
        if (!!link !== kept) failures.push(`${JSON.stringify(url)}: link ${link ? 'kept' : 'dropped'}`);
        for (const p of [...renderedProblems(view), ...renderedProblems(card)]) failures.push(`${JSON.stringify(url)}: ${p}`);
      }
      expect(failures).to.deep.equal([]);
      expect(validateArticle({ ...articleOf('x'), url: 'javascript:__trap()' }).problems.map((p) => p.path)).to.include('url');
    });

    it('from attributes become http(s) or relative links and images, or nothing', async () => {
      const failures: string[] = [];
      for (const url of [...unsafe, ...safe]) {
        const card = document.createElement('quote-card') as QuoteCard;
        card.setAttribute('href', url);
        card.setAttribute('image', url);
        card.setAttribute('speaker', 'Ann');
        card.setAttribute('source', 'AP');
        card.textContent = 'words';
        const badge = document.createElement('speaker-badge') as SpeakerBadge;
        badge.setAttribute('name', 'Ann');
        badge.setAttribute('image', url);
        host.append(card, badge);
        await card.updateComplete;
        await badge.updateComplete;
        await card.shadowRoot!.querySelector('speaker-badge')!.updateComplete;
        for (const p of [...renderedProblems(card), ...renderedProblems(badge)]) failures.push(`${JSON.stringify(url)}: ${p}`);
        const cite = card.shadowRoot!.querySelector('blockquote')!.getAttribute('cite');
        if (safe.includes(url) && cite !== url) failures.push(`${url}: a safe URL was dropped`);
      }
      await settle(100);
      expect(failures).to.deep.equal([]);
      expect(trap.what).to.deep.equal([]);
    });

    it('a colour attribute cannot add styles or load URLs', async () => {
      const badge = document.createElement('speaker-badge') as SpeakerBadge;
      badge.name = 'Ann';
      host.append(badge);
      for (const color of ['red; background-image: url(https://tracker.invalid/x.png)', 'url(/tests/fixtures/pixel.png)', 'red}:host{display:none', 'var(--x); background: url(x)']) {
        badge.color = color;
        await badge.updateComplete;
        const base = badge.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.style.cssText, color).not.to.match(/url|background|display/);
        expect(getComputedStyle(base).backgroundImage, color).to.equal('none');
      }
      badge.color = 'rebeccapurple';
      await badge.updateComplete;
      expect(badge.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.style.getPropertyValue('--_c').trim()).to.equal('rebeccapurple');
    });
  });

  describe('attributes', () => {
    for (const tag of ['article-view', 'quote-card', 'speaker-badge'] as const) {
      it(`every attribute of <${tag}> set to each hostile string runs nothing and adds no markup`, async () => {
        const failures: string[] = [];
        const el = document.createElement(tag) as HTMLElementTagNameMap[typeof tag];
        host.append(el);
        const names = attributesOf(el);
        expect(names.length).to.be.greaterThan(4);
        for (const s of strings) {
          for (const name of names) el.setAttribute(name, s);
          try {
            await settled(el as ReactiveElement & { state: string });
          } catch (e) {
            failures.push(`${JSON.stringify(s)}: threw ${String(e)}`);
          }
          for (const p of renderedProblems(el)) failures.push(`${JSON.stringify(s)}: ${p}`);
          const root = el.shadowRoot!;
          if (tag === 'speaker-badge') {
            if (root.querySelector('[part="name"]')?.textContent !== s) failures.push(`${JSON.stringify(s)}: name not shown exactly`);
            if (root.querySelector('[part="role"]')?.textContent !== s) failures.push(`${JSON.stringify(s)}: role not shown exactly`);
          }
          if (tag === 'quote-card') {
            const badge = root.querySelector('speaker-badge');
            await badge?.updateComplete;
            if (badge?.shadowRoot!.querySelector('[part="name"]')?.textContent !== s) failures.push(`${JSON.stringify(s)}: speaker not shown exactly`);
            // readers get plain words, never the hostile URL (it goes to the console)
            if (root.querySelector('[part="error"]')?.textContent !== 'This quote could not be loaded.') failures.push(`${JSON.stringify(s)}: not the plain error`);
          }
          if (tag === 'article-view') {
            const error = root.querySelector('[part="error"]')?.textContent;
            if (error !== 'The annotations of this article could not be loaded.') failures.push(`${JSON.stringify(s)}: not the plain error: ${error}`);
          }
        }
        await settle(100);
        expect(failures.slice(0, 20)).to.deep.equal([]);
        expect(trap.what).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      });
    }
  });
});
