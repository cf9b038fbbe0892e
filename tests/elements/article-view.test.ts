import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/define/article-view.js';
import type { ArticleView } from '../../src/elements/article-view/article-view.js';
import type { SpeakerBadge } from '../../src/elements/speaker-badge/speaker-badge.js';
import type { Article } from '../../src/model/types.js';
import { setViewport } from '../shared/viewport.js';
import { engine, skipBecause } from '../shared/engine.js';
import { distance } from '../shared/colour.js';
import { mount, INVALID, MISSING, NOT_ARTICLE, PARTIAL, SEED, SMALL, fixtureText, loadArticle, slowFetch, stubFetch, until } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const bodyOf = (el: ArticleView) => $(el, '[part="body"]')!;
const quotes = (el: ArticleView) => $$(el, 'q');
/** The quotes a reader sees highlighted: with a speaker chosen, those that keep a background. */
const highlighted = (el: ArticleView) =>
  $(el, '.filtering') ? quotes(el).filter((q) => getComputedStyle(q).backgroundColor !== 'rgba(0, 0, 0, 0)') : [];
const quoteById = (el: ArticleView, article: Article, id: string) => {
  const i = article.quotes.findIndex((q) => q.id === id);
  return $(el, `q[data-i="${i}"]`)!;
};
const badges = (el: ArticleView) => $$<SpeakerBadge>(el, 'speaker-badge[selectable]');
const badgeButton = (b: SpeakerBadge) => b.shadowRoot!.querySelector('button')!;
const tooltip = (el: ArticleView) => $(el, '[role="tooltip"]');
/** The deepest focused element, through shadow roots. */
const deepActive = () => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/**
 * emulateMedia where the engine's driver can (Chromium over CDP; not Firefox over WebDriver BiDi, nor
 * WebKit over WebDriver: asking them fills the log with a stack trace). Any other failure fails the test.
 */
async function emulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if (engine !== 'chromium') return false;
  await emulateMedia(media);
  return true;
}

async function shown(article: Article, template = html`<article-view .article=${article}></article-view>`) {
  const el = await fixture<ArticleView>(template);
  await elementUpdated(el);
  return el;
}

async function fromSrc(src: string) {
  const el = await fixture<ArticleView>(html`<article-view src=${src}></article-view>`);
  await until(() => el.state !== 'loading', 5000, `${src} to load`);
  await elementUpdated(el);
  return el;
}

describe('article-view', () => {
  // Two test pages share a browser: take the focus back before each test.
  beforeEach(() => window.focus());
  afterEach(async () => {
    await resetMouse();
  });

  describe('from the article property', () => {
    it('shows the headline, byline, source link and a formatted date', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      const headline = $(el, '[part="headline"]')!;
      expect(headline.textContent).to.equal('Archer and Brown disagree');
      expect(headline.getAttribute('role')).to.equal('heading');
      expect(headline.getAttribute('aria-level')).to.equal('2');
      const meta = $(el, '[part="meta"]')!;
      expect(meta.textContent).to.contain('By Test Writer');
      expect($(el, '[part="meta"] a')!.getAttribute('href')).to.equal('https://example.com/small');
      const time = $(el, 'time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-03-05');
      expect(time.textContent).to.equal('March 5, 2024');
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('uses the heading-level attribute for the headline and one below for the panel', async () => {
      const article = await loadArticle();
      const el = await shown(article, html`<article-view heading-level="3" .article=${article}></article-view>`);
      expect($(el, '[part="headline"]')!.getAttribute('aria-level')).to.equal('3');
      expect($(el, '.panel-head')!.getAttribute('aria-level')).to.equal('4');
    });

    it('formats the date in the article language', async () => {
      const article = { ...(await loadArticle()), language: 'de' };
      const el = await shown(article);
      expect($(el, 'time')!.textContent).to.equal('5. März 2024');
      expect($(el, '[part="body"]')!.getAttribute('lang')).to.equal('de');
    });

    it('keeps the body text exactly, with nested quotes and a quote across paragraphs', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      expect(bodyOf(el).textContent).to.equal(article.body);
      expect($$(el, '[part="paragraph"]')).to.have.length(5);
      // a3 runs over two paragraphs: one <q> in each
      expect($$(el, `q[data-i="4"]`)).to.have.length(2);
      // b2 is inside b1
      expect(quoteById(el, article, 'b2').parentElement).to.equal(quoteById(el, article, 'b1'));
      expect(quoteById(el, article, 'b2').textContent).to.equal('not likely at all');
    });

    it('keeps the body text exactly for the seed article', async () => {
      const el = await fromSrc(SEED);
      const article = JSON.parse(await fixtureText(SEED)) as Article;
      expect(bodyOf(el).textContent).to.equal(article.body);
      expect(new Set(quotes(el).map((q) => q.dataset.i)).size).to.equal(el.validArticle!.quotes.length);
      expect(el.state).to.equal('ready');
      await expect(el).to.be.accessible();
    });

    it('adds no quotation marks to what is seen', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      const q = quotes(el)[0];
      expect(getComputedStyle(q, '::before').content).to.equal('none');
      expect(getComputedStyle(q, '::after').content).to.equal('none');
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(squash(bodyOf(el).innerText)).to.equal(squash(article.body));
    });

    it('renders data as text, never as markup, and drops unsafe links', async () => {
      const article = await loadArticle();
      article.headline = '<img src=x onerror="window.__pwned=1">Headline';
      article.url = 'javascript:alert(1)';
      const el = await shown(article);
      expect($(el, '[part="headline"]')!.textContent).to.equal(article.headline);
      expect($(el, '[part="headline"] img')).to.equal(null);
      expect($(el, '[part="meta"] a')).to.equal(null);
      expect($(el, '[part="meta"]')!.textContent).to.contain('Test Gazette');
    });

    it('makes every quote focusable and describes it as quoted or paraphrased, by its speaker', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      const q = quoteById(el, article, 'a1');
      // one Tab stop for the body: the first quote; the others are reached with the arrow keys
      expect(quotes(el).map((x) => x.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1]);
      const desc = el.shadowRoot!.getElementById(q.getAttribute('aria-describedby')!)!;
      expect(desc.textContent).to.equal('Quoted, said by Alice Archer');
      const paraphrase = quoteById(el, article, 'b1');
      expect(el.shadowRoot!.getElementById(paraphrase.getAttribute('aria-describedby')!)!.textContent).to.equal('Paraphrased, said by Bob Brown');
      // the description lives outside the body, so the text stays the body
      expect(bodyOf(el).contains(desc)).to.equal(false);
      const machine = quoteById(el, article, 'a3');
      expect(el.shadowRoot!.getElementById(machine.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'Quoted, said by Alice Archer; machine-detected, 82% confidence',
      );
      const unknown = quoteById(el, article, 'u1');
      expect(el.shadowRoot!.getElementById(unknown.getAttribute('aria-describedby')!)!.textContent).to.equal('Quoted, said by Unknown speaker');
    });

    it('fires article-load with the validated article and its problems', async () => {
      const article = await loadArticle();
      const el = document.createElement('article-view');
      el.article = article;
      const loaded = oneEvent(el, 'article-load');
      document.body.append(el);
      const { detail } = await loaded;
      expect(detail.article.id).to.equal('small');
      expect(detail.problems).to.deep.equal([]);
      el.remove();
    });

    it('shows the light DOM content until there is data', async () => {
      const el = await fixture<ArticleView>(html`<article-view><p>Plain article</p></article-view>`);
      expect(el.state).to.equal('empty');
      expect(el.getAttribute('state')).to.equal('empty');
      const slot = $<HTMLSlotElement>(el, 'slot:not([name])')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Plain article');
      expect(slot.parentElement!.hidden).to.equal(false);
      el.article = await loadArticle();
      await elementUpdated(el);
      expect(slot.parentElement!.hidden).to.equal(true);
      expect(el.shadowRoot!.querySelector('.fallback')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('from inline JSON', () => {
    it('reads a <script type="application/json"> child', async () => {
      const json = await fixtureText(SMALL);
      const holder = await mount(html``);
      const el = document.createElement('article-view');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      const loaded = oneEvent(el, 'article-load');
      holder.append(el);
      await loaded;
      await elementUpdated(el);
      expect(bodyOf(el).textContent).to.equal(JSON.parse(json).body);
      expect(el.state).to.equal('ready');
    });

    it('picks up inline JSON added after the element was upgraded', async () => {
      const el = await fixture<ArticleView>(html`<article-view></article-view>`);
      expect(el.state).to.equal('empty');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = await fixtureText(SMALL);
      const loaded = oneEvent(el, 'article-load');
      el.append(script);
      await loaded;
      expect(el.state).to.equal('ready');
    });

    it('says where malformed inline JSON goes wrong', async () => {
      const el = document.createElement('article-view');
      el.innerHTML = '<script type="application/json">{\n  "version": 1,\n    oops\n}</script><p>Fallback text</p>';
      const failed = oneEvent(el, 'article-error');
      document.body.append(el);
      const { detail } = await failed;
      await elementUpdated(el);
      expect(detail.message).to.equal('The article in the inline JSON could not be used: not valid JSON at line 3, column 5: unexpected "oops\\n}"');
      // the reader is told in plain words, as a status: there is nothing to do about it
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('status');
      expect($(el, '[part="error"]')!.textContent).to.equal('The annotations of this article could not be loaded. The article is shown without them.');
      expect(el.state).to.equal('error');
      // the fallback stays readable
      expect($<HTMLElement>(el, '.fallback')!.hidden).to.equal(false);
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('from src', () => {
    it('fetches, validates and shows the article', async () => {
      const loaded = oneEvent(document, 'article-load');
      const el = await fromSrc(SMALL);
      const { detail } = await loaded;
      expect(detail.article.headline).to.equal('Archer and Brown disagree');
      expect(el.state).to.equal('ready');
      expect(quotes(el).length).to.equal(7);
    });

    it('names the HTTP status and the URL on a 404', async () => {
      const failed = oneEvent(document, 'article-error');
      const el = await fromSrc(MISSING);
      const { detail } = await failed;
      expect(detail.status).to.equal(404);
      expect(detail.src).to.equal(MISSING);
      expect(detail.message).to.equal(`Could not load ${MISSING}: HTTP 404 Not Found.`);
      // no fallback content: nothing is said to be shown instead
      expect($(el, '[part="error"]')!.textContent).to.equal('The annotations of this article could not be loaded.');
      expect(el.getAttribute('state')).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('names the line and column of invalid JSON in the event, not to the reader', async () => {
      const failed = oneEvent(document, 'article-error');
      const el = await fromSrc(INVALID);
      expect((await failed).detail.message).to.contain(`The article in ${INVALID} could not be used: not valid JSON at line 3, column 5`);
      expect($(el, '[part="error"]')!.textContent).to.not.contain('JSON');
    });

    it('says why JSON that is not an article cannot be used', async () => {
      const failed = oneEvent(document, 'article-error');
      const el = await fromSrc(NOT_ARTICLE);
      const { detail } = await failed;
      expect(detail.problems![0].path).to.equal('$');
      expect(detail.message).to.contain('expected an article object');
      expect($(el, '[part="error"]')!.textContent).to.equal('The annotations of this article could not be loaded.');
    });

    it('shows the loading state with the light DOM content', async () => {
      const restore = stubFetch(slowFetch(10000, () => ''));
      try {
        const el = await fixture<ArticleView>(html`<article-view src="/slow.json"><p>Read this meanwhile</p></article-view>`);
        expect(el.state).to.equal('loading');
        expect(el.getAttribute('state')).to.equal('loading');
        expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
        expect($(el, '[role="status"]')!.textContent).to.equal('Loading article…');
        expect($<HTMLElement>(el, '.fallback')!.hidden).to.equal(false);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('lets the newest src win and aborts the older request', async () => {
      const small = await fixtureText(SMALL);
      const partial = await fixtureText(PARTIAL);
      const signals: AbortSignal[] = [];
      const restore = stubFetch((input, init) => {
        signals.push(init!.signal!);
        return slowFetch(String(input).includes('first') ? 300 : 20, () => (String(input).includes('first') ? small : partial))(input, init);
      });
      try {
        const events: string[] = [];
        const el = await fixture<ArticleView>(html`<article-view src="/first.json"></article-view>`);
        el.addEventListener('article-load', (e) => events.push(e.detail.article.id));
        el.src = '/second.json';
        await until(() => el.state !== 'loading');
        await aTimeout(400);
        expect(signals[0].aborted).to.equal(true);
        expect(events).to.deep.equal(['partial']);
        expect(el.validArticle!.id).to.equal('partial');
      } finally {
        restore();
      }
    });

    it('aborts the request when the element is removed', async () => {
      const signals: AbortSignal[] = [];
      const restore = stubFetch((input, init) => {
        signals.push(init!.signal!);
        return slowFetch(10000, () => '')(input, init);
      });
      try {
        const el = await fixture<ArticleView>(html`<article-view src="/slow.json"></article-view>`);
        el.remove();
        expect(signals).to.have.length(1);
        expect(signals[0].aborted).to.equal(true);
      } finally {
        restore();
      }
    });

    it('gives up after the timeout with a clear message', async () => {
      const restore = stubFetch(slowFetch(10000, () => ''));
      try {
        const failed = oneEvent(document, 'article-error');
        const el = await fixture<ArticleView>(html`<article-view timeout="50" src="/slow.json"></article-view>`);
        const { detail } = await failed;
        await elementUpdated(el);
        expect(detail.message).to.equal('Loading /slow.json took longer than 0.05 s and was stopped.');
        expect($(el, '[part="error"]')!.textContent).to.equal('The annotations of this article could not be loaded.');
      } finally {
        restore();
      }
    });
  });

  describe('partial data', () => {
    it('shows what could be placed and lists the orphaned quotes with their reasons', async () => {
      const loaded = oneEvent<HTMLElementEventMap['article-load']>(document, 'article-load');
      const el = await fromSrc(PARTIAL);
      const { detail } = await loaded;
      expect(detail.orphans.map((o) => o.id)).to.deep.equal(['x1', 'x2']);
      expect(el.state).to.equal('partial');
      expect(el.getAttribute('state')).to.equal('partial');
      const notice = $(el, '[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      // plain words for readers; what exactly, for the newsroom, behind Details (a real mouse opens it)
      expect(notice.innerText.trim()).to.equal('Some quotes could not be marked in this article (2).\nDetails');
      const list = notice.querySelector('ul')!;
      expect(list.checkVisibility()).to.equal(false);
      const summary = notice.querySelector('summary')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(summary.left + 10), Math.round(summary.top + summary.height / 2)] });
      await until(() => list.checkVisibility(), 2000, 'the details to open');
      const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
      expect(items).to.have.length(2);
      expect(items[0]).to.contain('partly overlaps quote "a1"');
      expect(items[1]).to.contain('“Nothing like this”');
      expect(items[1]).to.contain('not found in the body');
      expect(bodyOf(el).textContent).to.equal(el.validArticle!.body);
      await expect(el).to.be.accessible();
    });
  });

  describe('speaker filter', () => {
    it('lists each speaker with a quote count (continuations not counted twice)', async () => {
      const el = await shown(await loadArticle());
      const list = badges(el);
      expect(list.map((b) => b.name)).to.deep.equal(['Alice Archer', 'Bob Brown']);
      expect(list.map((b) => b.count)).to.deep.equal([3, 1]);
      expect($(el, 'aside')!.getAttribute('aria-labelledby')).to.equal('sp');
      expect($(el, '#sp')!.textContent).to.equal('Speakers');
    });

    it('highlights the quotes of the speaker named by the attribute, and dims the rest', async () => {
      const article = await loadArticle();
      const el = await shown(article, html`<article-view speaker="bob" .article=${article}></article-view>`);
      // Bob's paraphrase: undimmed and underlined in his colour, never highlighted as his own words
      expect(highlighted(el)).to.deep.equal([]);
      const bobQuote = quoteById(el, article, 'b1');
      const aliceQuote = quoteById(el, article, 'a1');
      const bobColour = getComputedStyle(badges(el)[1].shadowRoot!.querySelector('[part="avatar"]')!).backgroundColor;
      expect(getComputedStyle(bobQuote).textDecorationColor).to.equal(bobColour);
      expect(getComputedStyle(bobQuote).color).to.equal(getComputedStyle(el).color);
      expect(getComputedStyle(aliceQuote).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(aliceQuote).color).to.not.equal(getComputedStyle(bobQuote).color);
      expect(badges(el).map((b) => b.selected)).to.deep.equal([false, true]);
      expect(badgeButton(badges(el)[1]).getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
      // Alice's own words are highlighted, also where Bob's paraphrase quotes them
      el.speaker = 'alice';
      await elementUpdated(el);
      expect(highlighted(el).map((q) => q.dataset.i)).to.deep.equal(['0', '2', '3', '4', '4']);
      const strong = getComputedStyle(aliceQuote).backgroundColor;
      el.speaker = null;
      await elementUpdated(el);
      // and more strongly than the subdued tint every quote has by default
      const [bg, fg] = [getComputedStyle(el).backgroundColor, getComputedStyle(aliceQuote).backgroundColor];
      expect(distance(strong, bg)).to.be.above(2 * distance(fg, bg));
    });

    it('does not fire speaker-select when the owner sets the speaker', async () => {
      const el = await shown(await loadArticle());
      let fired = 0;
      el.addEventListener('speaker-select', () => fired++);
      el.speaker = 'alice';
      await elementUpdated(el);
      expect(highlighted(el).length).to.be.greaterThan(0);
      expect(fired).to.equal(0);
    });

    it('selects a speaker on click, reflects it, and clears with a second click', async () => {
      const el = await shown(await loadArticle());
      const picked = oneEvent(el, 'speaker-select');
      badgeButton(badges(el)[0]).click();
      const { detail } = await picked;
      expect(detail.speaker!.id).to.equal('alice');
      await elementUpdated(el);
      expect(el.getAttribute('speaker')).to.equal('alice');
      // a1, b2, a2 and both paragraphs of a3
      expect(highlighted(el).length).to.equal(5);
      const cleared = oneEvent(el, 'speaker-select');
      badgeButton(badges(el)[0]).click();
      expect((await cleared).detail.speaker).to.equal(null);
      await elementUpdated(el);
      expect(el.hasAttribute('speaker')).to.equal(false);
    });

    it('clears with the Show all button', async () => {
      const article = await loadArticle();
      const el = await shown(article, html`<article-view speaker="bob" .article=${article}></article-view>`);
      const showAll = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Show all')!;
      expect(showAll.getAttribute('aria-pressed')).to.equal('false');
      const cleared = oneEvent(el, 'speaker-select');
      showAll.click();
      expect((await cleared).detail.speaker).to.equal(null);
      await elementUpdated(el);
      expect(el.speaker).to.equal(null);
      expect(showAll.getAttribute('aria-pressed')).to.equal('true');
      expect(highlighted(el)).to.have.length(0);
    });

    it('gives each speaker one colour in the badge, the quotes and the tooltip', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      const alice = badges(el)[0];
      const avatar = alice.shadowRoot!.querySelector('[part="avatar"]')!;
      const q = quoteById(el, article, 'a1');
      const bob = quoteById(el, article, 'b1');
      expect(getComputedStyle(q).textDecorationColor).to.equal(getComputedStyle(avatar).backgroundColor);
      expect(getComputedStyle(bob).textDecorationColor).to.not.equal(getComputedStyle(q).textDecorationColor);
      q.focus();
      await elementUpdated(el);
      expect(getComputedStyle(tooltip(el)!).borderTopColor).to.equal(getComputedStyle(avatar).backgroundColor);
    });
  });

  describe('keyboard', () => {
    it('reaches a quote with Tab and fires quote-select on Enter', async () => {
      const article = await loadArticle();
      const wrapper = await mount(
        html`<button>before</button><article-view style="--article-view-focus-ring: 3px solid rgb(255, 0, 0)" .article=${article}></article-view>`,
      );
      const el = wrapper.querySelector('article-view')!;
      await elementUpdated(el);
      wrapper.querySelector('button')!.focus();
      const visited: string[] = [];
      for (let i = 0; i < 10 && deepActive()?.localName !== 'q'; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive()!;
        visited.push(active.localName);
        // a visible focus ring on every button reached, in the themed colour (quotes: see reading tests)
        if (getComputedStyle(active).display !== 'none' && active.localName !== 'q') {
          expect(getComputedStyle(active).outlineStyle, active.outerHTML).to.equal('solid');
          expect(getComputedStyle(active).outlineColor).to.equal('rgb(255, 0, 0)');
        }
      }
      expect(visited).to.include('button');
      const q = deepActive() as HTMLElement;
      expect(q.localName).to.equal('q');
      expect(q.dataset.i).to.equal('0');
      const selected = oneEvent(el, 'quote-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await selected;
      expect(detail.quote.id).to.equal('a1');
      expect(detail.speaker!.name).to.equal('Alice Archer');
    });

    it('fires quote-select with the innermost quote on click', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      const selected = oneEvent(el, 'quote-select');
      quoteById(el, article, 'b2').click();
      const { detail } = await selected;
      expect(detail.quote.id).to.equal('b2');
      expect(detail.speaker!.id).to.equal('alice');
    });

    it('toggles a speaker badge with Enter and Space', async () => {
      const el = await shown(await loadArticle());
      badges(el)[1].focus();
      const picked = oneEvent(el, 'speaker-select');
      await sendKeys({ press: 'Enter' });
      expect((await picked).detail.speaker!.id).to.equal('bob');
      const cleared = oneEvent(el, 'speaker-select');
      await sendKeys({ press: ' ' });
      expect((await cleared).detail.speaker).to.equal(null);
    });

    it('clears the speaker filter with Escape', async () => {
      const article = await loadArticle();
      const el = await shown(article, html`<article-view speaker="bob" .article=${article}></article-view>`);
      badges(el)[1].focus();
      const cleared = oneEvent(el, 'speaker-select');
      await sendKeys({ press: 'Escape' });
      expect((await cleared).detail.speaker).to.equal(null);
      await elementUpdated(el);
      expect(el.hasAttribute('speaker')).to.equal(false);
    });
  });

  describe('tooltip', () => {
    it('names the speaker and the cue when a quote gets focus, and Escape dismisses it', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      expect(tooltip(el)).to.equal(null);
      quoteById(el, article, 'a1').focus();
      await elementUpdated(el);
      const tip = tooltip(el)!;
      expect(tip.querySelector('speaker-badge')!.name).to.equal('Alice Archer');
      expect(tip.textContent).to.contain('Team captain');
      expect(tip.textContent).to.contain('“said”');
      expect(tip.textContent).to.contain('Quoted');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(tooltip(el)).to.equal(null);
    });

    it('shows the confidence of a machine-detected quote', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      quoteById(el, article, 'a3').focus();
      await elementUpdated(el);
      expect(tooltip(el)!.textContent).to.contain('machine-detected, 82% confidence');
    });

    it('appears on hover', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      const r = quoteById(el, article, 'b1').getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + 5), Math.round(r.top + r.height / 2)] });
      await until(() => tooltip(el), 2000, 'the tooltip');
      expect(tooltip(el)!.querySelector('speaker-badge')!.name).to.equal('Bob Brown');
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => !tooltip(el), 2000, 'the tooltip to go');
    });
  });

  describe('layout', () => {
    it('puts the panel beside the text on wide screens and collapses it on narrow ones', async () => {
      const article = await loadArticle();
      await setViewport({ width: 1200, height: 800 });
      const el = await shown(article);
      const panel = $(el, '[part="panel"]')!;
      const body = bodyOf(el);
      expect(panel.getBoundingClientRect().right).to.be.at.most(body.getBoundingClientRect().left);
      expect(getComputedStyle($(el, '.toggle')!).display).to.equal('none');

      // narrow: under the 48rem breakpoint, and no narrower than MiniBrowser's smallest window (WebKit)
      await setViewport({ width: 480, height: 800 });
      await aTimeout(50);
      expect(panel.getBoundingClientRect().bottom).to.be.at.most(body.getBoundingClientRect().top);
      const toggle = $<HTMLButtonElement>(el, '.toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(badges(el)[0].getBoundingClientRect().height).to.equal(0);
      toggle.click();
      await elementUpdated(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(badges(el)[0].getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      await setViewport({ width: 1200, height: 800 });
    });
  });

  describe('theming', () => {
    it('follows --article-view-text-color', async () => {
      const article = await loadArticle();
      const el = await shown(article, html`<article-view style="--article-view-text-color: rgb(10, 20, 30)" .article=${article}></article-view>`);
      expect(getComputedStyle($(el, '[part="paragraph"]')!).color).to.equal('rgb(10, 20, 30)');
    });

    it('exposes parts, including the nested badges', async () => {
      const article = await loadArticle();
      const el = await shown(article);
      for (const part of ['base', 'header', 'headline', 'meta', 'body', 'paragraph', 'quote', 'panel']) {
        expect($(el, `[part~="${part}"]`), part).to.not.equal(null);
      }
      expect(badges(el)[0].getAttribute('exportparts')).to.contain('avatar:badge-avatar');
    });

    it('turns dark when the reader prefers dark', async function () {
      const el = await shown(await loadArticle());
      const light = getComputedStyle(el).backgroundColor;
      if (!(await emulate({ colorScheme: 'dark' }))) {
        // MiniBrowser takes dark mode only as a start-up flag (--dark-mode), for the whole run.
        skipBecause(this, 'its driver cannot emulate prefers-color-scheme');
      }
      try {
        const dark = getComputedStyle(el).backgroundColor;
        expect(dark).to.not.equal(light);
        const [r, g, b] = dark.match(/\d+/g)!.map(Number);
        expect(r + g + b).to.be.lessThan(150);
        await expect(el).to.be.accessible();
      } finally {
        await emulate({ colorScheme: 'light' });
      }
    });

    it('turns dark when the page pins color-scheme: dark', async () => {
      // The dark palette in every engine, media emulation or not (a page pins it this way).
      const el = await shown(await loadArticle());
      const light = getComputedStyle(el).backgroundColor;
      el.style.colorScheme = 'dark';
      const dark = getComputedStyle(el).backgroundColor;
      expect(dark).to.not.equal(light);
      const [r, g, b] = dark.match(/\d+/g)!.map(Number);
      expect(r + g + b).to.be.lessThan(150);
      const q = quotes(el)[0];
      expect(getComputedStyle(q).textDecorationLine).to.equal('underline');
      await expect(el).to.be.accessible();
    });
  });

  describe('strings', () => {
    it('replaces interface words', async () => {
      const article = await loadArticle();
      const el = await shown(
        article,
        html`<article-view .strings=${{ speakers: 'Sprecher', showAll: 'Alle zeigen', saidBy: 'gesagt von {speaker}', quoted: 'Zitiert', quotes: 'Zitate' }} .article=${article}></article-view>`,
      );
      expect($(el, '#sp')!.textContent).to.equal('Sprecher');
      expect(el.shadowRoot!.textContent).to.contain('Alle zeigen');
      expect(el.shadowRoot!.getElementById('d0')!.textContent).to.equal('Zitiert, gesagt von Alice Archer');
      expect(badges(el)[0].shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('3 Zitate');
    });
  });

  describe('several on a page', () => {
    it('do not interfere', async () => {
      const a = await loadArticle();
      const b = await loadArticle();
      const wrapper = await mount(html`<article-view .article=${a}></article-view><article-view .article=${b}></article-view>`);
      const [one, two] = [...wrapper.querySelectorAll('article-view')];
      await elementUpdated(one);
      await elementUpdated(two);
      badgeButton(badges(one)[0]).click();
      await elementUpdated(one);
      expect(one.speaker).to.equal('alice');
      expect(two.speaker).to.equal(null);
      expect(highlighted(two)).to.have.length(0);
    });
  });
});
