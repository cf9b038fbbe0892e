import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { setViewport } from '../shared/viewport.js';
import { engine } from '../shared/engine.js';
import '../../src/define/article-view.js';
import type { ArticleView } from '../../src/elements/article-view/article-view.js';
import type { Article } from '../../src/model/types.js';
import { captureWarnings } from '../shared/warnings.js';
import { SEED, loadArticle, mount, until } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const quotes = (el: ArticleView) => $$(el, '[part="body"] q');
const quoteById = (el: ArticleView, article: Article, id: string) => $(el, `q[data-i="${article.quotes.findIndex((q) => q.id === id)}"]`)!;
const tooltip = (el: ArticleView) => $(el, '[role="tooltip"]');
const deepActive = () => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
/** The tooltip drawn, its badge too (it is placed again once its size is known, before the frame is painted). */
const settled = async (el: ArticleView) => {
  await elementUpdated(el);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
};
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Every line of the quote (all its pieces) the tooltip is showing. */
const linesOf = (el: ArticleView, q: HTMLElement) => $$(el, `q[data-i="${q.dataset.i}"]`).flatMap((p) => [...p.getClientRects()]);

/** The tooltip is fully inside the viewport and covers none of the lines of quote `q`. */
function isClearOf(el: ArticleView, q: HTMLElement): boolean {
  try {
    expectClearOf(el, q);
    return true;
  } catch {
    return false;
  }
}

function expectClearOf(el: ArticleView, q: HTMLElement) {
  const tip = tooltip(el)!.getBoundingClientRect();
  const { clientWidth, clientHeight } = document.documentElement;
  expect(tip.width).to.be.greaterThan(0);
  expect(tip.left, 'left edge').to.be.at.least(0);
  expect(tip.top, 'top edge').to.be.at.least(0);
  expect(tip.right, 'right edge').to.be.at.most(clientWidth);
  expect(tip.bottom, 'bottom edge').to.be.at.most(clientHeight);
  for (const line of linesOf(el, q)) expect(overlaps(tip, line), `tooltip ${JSON.stringify(tip)} over a line ${JSON.stringify(line)}`).to.equal(false);
}

describe('article-view for readers', () => {
  beforeEach(() => window.focus());
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  describe('kinds of quotation', () => {
    it('tells quoted words from paraphrase by more than colour, in the tooltip too', async () => {
      const article = await loadArticle(SEED);
      const el = await fixture<ArticleView>(html`<article-view .article=${article}></article-view>`);
      await elementUpdated(el);
      const look = (id: string) => {
        const s = getComputedStyle(quoteById(el, article, id));
        return { highlighted: s.backgroundColor !== 'rgba(0, 0, 0, 0)', line: s.textDecorationLine, style: s.textDecorationStyle };
      };
      // the seed article has all four kinds: q3 direct, q2 mixed, q1 indirect, q29 unmarked
      const direct = look('q3');
      const mixed = look('q2');
      const indirect = look('q1');
      const unmarked = look('q29');
      expect(direct).to.deep.equal({ highlighted: true, line: 'underline', style: 'solid' });
      expect(indirect.highlighted).to.equal(false);
      expect(indirect.line).to.equal('underline');
      const styles = [direct, mixed, indirect, unmarked].map((l) => `${l.highlighted} ${l.style}`);
      expect(new Set(styles).size, styles.join(', ')).to.equal(4);

      for (const [id, word] of [['q3', 'Quoted'], ['q1', 'Paraphrased'], ['q2', 'Quoted'], ['q29', 'Quoted']]) {
        quoteById(el, article, id).focus();
        await elementUpdated(el);
        expect(tooltip(el)!.querySelector('.kind')!.textContent, id).to.equal(word);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('makes the body one Tab stop, moved with the arrow keys, Home and End', async () => {
      const article = await loadArticle(SEED);
      const wrapper = await mount(html`<button id="before">before</button><article-view .article=${article}></article-view><button id="after">after</button>`);
      const el = wrapper.querySelector('article-view')!;
      await elementUpdated(el);
      const all = quotes(el);
      expect(all.length).to.equal(29);
      // the panel's buttons keep their own stops: 4 speakers and "Show all", then the body
      wrapper.querySelector<HTMLElement>('#before')!.focus();
      const visited: string[] = [];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(deepActive()!.localName);
        if (deepActive()!.id === 'after') break;
      }
      expect(visited).to.deep.equal(['button', 'button', 'button', 'button', 'button', 'q', 'button']);

      await shiftTab();
      expect(deepActive()).to.equal(all[0]);
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(all[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()).to.equal(all[2]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive()).to.equal(all[1]);
      await sendKeys({ press: 'End' });
      expect(deepActive()).to.equal(all[28]);
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(all[28]);
      await sendKeys({ press: 'Home' });
      expect(deepActive()).to.equal(all[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(deepActive()).to.equal(all[0]);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      // leaving and coming back returns to the quote last reached
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.id).to.equal('after');
      await shiftTab();
      expect(deepActive()).to.equal(all[2]);
      expect(all.filter((q) => q.tabIndex === 0)).to.deep.equal([all[2]]);
      const selected = oneEvent(el, 'quote-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.quote.id).to.equal(article.quotes[Number(all[2].dataset.i)].id);
    });

    it('shows focus clearly without covering the quotation marks around the words', async () => {
      const article = await loadArticle();
      const el = await fixture<ArticleView>(html`<article-view .article=${article}></article-view>`);
      await elementUpdated(el);
      const q = quotes(el)[0];
      const before = getComputedStyle(q).backgroundColor;
      q.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive()).to.equal(q);
      const s = getComputedStyle(q);
      expect(s.boxShadow).to.not.equal('none');
      expect(s.backgroundColor).to.not.equal(before);
      // the mark before the words: “We will win. Really.” — the focus is drawn on none of it
      const text = [...q.parentNode!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent && n.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING).pop()!;
      const range = document.createRange();
      range.setStart(text, text.textContent!.length - 1);
      range.setEnd(text, text.textContent!.length);
      expect(range.toString()).to.equal('“');
      const mark = range.getBoundingClientRect();
      const box = q.getClientRects()[0];
      const outline = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
      // box-shadows are bars above and below: no horizontal offset or spread
      for (const shadow of s.boxShadow.split(/,(?![^(]*\))/)) {
        const lengths = shadow.replace(/rgba?\([^)]*\)|oklab\([^)]*\)|color\([^)]*\)/g, '').trim().split(/\s+/).map(parseFloat);
        expect(lengths[0], shadow).to.equal(0);
        expect(lengths[3] || 0, shadow).to.equal(0);
      }
      expect(box.left - outline).to.be.at.least(mark.right - 0.5);
    });
  });

  describe('tooltip placement', () => {
    async function longQuote() {
      const words = 'These are the words of a long quotation that runs over several lines of the column. '.repeat(4);
      const body = `Intro line.\nShe said: “${words.trim()}” And then she left.\nMore text follows here.`;
      const start = body.indexOf('“') + 1;
      const end = body.indexOf('”');
      const article: Article = {
        version: 1,
        id: 'long',
        headline: 'Long',
        language: 'en',
        body,
        speakers: [{ id: 'she', name: 'Ada Lovelace', role: 'Mathematician' }],
        quotes: [{ id: 'q', start, end, text: body.slice(start, end), kind: 'direct', speaker: 'she' }],
      };
      return article;
    }

    for (const [name, width, height] of [
      ['desktop', 1000, 700],
      // MiniBrowser's window is never narrower than about 450 px: WebKit's phone is a wide one.
      ['phone', engine === 'webkit' ? 460 : 360, 640],
    ] as const) {
      it(`never covers a line of a long quote and stays in the viewport (${name})`, async () => {
        await setViewport({ width, height });
        const el = await fixture<ArticleView>(html`<article-view style="display:block;margin-top:200px" .article=${await longQuote()}></article-view>`);
        await elementUpdated(el);
        const q = quotes(el)[0];
        expect(q.getClientRects().length).to.be.greaterThan(2);
        q.focus();
        await settled(el);
        expectClearOf(el, q);
        // near the top of the screen: below the whole quote instead
        window.scrollTo(0, q.getBoundingClientRect().top + window.scrollY - 10);
        await until(() => isClearOf(el, q), 3000, 'the tooltip moved below the quote');
        expectClearOf(el, q);
        window.scrollTo(0, 0);
      });
    }

    it('follows the quote in a scrolled container, and when the window is resized', async () => {
      const article = await longQuote();
      const wrapper = await mount(html`<div id="box" style="height:300px;overflow:auto;margin-top:150px">
        <div style="height:400px"></div>
        <article-view .article=${article}></article-view>
        <div style="height:800px"></div>
      </div>`);
      const el = wrapper.querySelector('article-view')!;
      const box = wrapper.querySelector<HTMLElement>('#box')!;
      await elementUpdated(el);
      box.scrollTop = 380;
      const q = quotes(el)[0];
      q.focus({ preventScroll: true });
      await settled(el);
      expectClearOf(el, q);
      const gap = () => tooltip(el)!.getBoundingClientRect().top - q.getBoundingClientRect().top;
      const first = gap();
      // The tooltip moves on the next frame: wait for it (a busy machine may take more than one), and
      // fail only when it never follows.
      box.scrollTop += 40;
      await until(() => Math.abs(gap() - first) <= 1, 3000, 'the tooltip following the scrolled quote');
      expectClearOf(el, q);
      await setViewport({ width: 500, height: 700 });
      await until(() => isClearOf(el, q), 3000, 'the tooltip clear of the quote after the resize');
      expectClearOf(el, q);
    });

    it('shows on hover beside a multi-line quote without covering it', async () => {
      const el = await fixture<ArticleView>(html`<article-view style="display:block;margin-top:250px" .article=${await longQuote()}></article-view>`);
      await elementUpdated(el);
      const q = quotes(el)[0];
      const r = q.getClientRects()[1];
      await sendMouse({ type: 'move', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
      await until(() => tooltip(el), 2000, 'the tooltip');
      await settled(el);
      expectClearOf(el, q);
    });
  });

  describe('narrow panel', () => {
    it('opens and closes from its whole heading, a disclosure button, and closes with Escape', async () => {
      // narrow: under the 48rem breakpoint, and no narrower than MiniBrowser's smallest window (WebKit)
      await setViewport({ width: 480, height: 800 });
      const article = await loadArticle();
      const el = await fixture<ArticleView>(html`<article-view .article=${article}></article-view>`);
      await elementUpdated(el);
      const toggle = $<HTMLButtonElement>(el, '.toggle')!;
      expect(toggle.textContent!.trim()).to.equal('Speakers');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
      // a tap on the middle of the heading opens it
      const r = toggle.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      await elementUpdated(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const badge = $(el, 'speaker-badge')!;
      expect(badge.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      // Escape from a speaker button closes the list and returns to the heading
      badge.focus();
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(badge.getBoundingClientRect().height).to.equal(0);
      expect(deepActive()).to.equal(toggle);
      // and the keyboard opens it again
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    it('is a plain heading beside the text on a wide screen', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await fixture<ArticleView>(html`<article-view .article=${await loadArticle()}></article-view>`);
      await elementUpdated(el);
      expect($(el, '.toggle')!.getBoundingClientRect().width).to.equal(0);
      expect($(el, '#sp')!.getBoundingClientRect().width).to.be.greaterThan(0);
    });
  });

  describe('errors in plain words', () => {
    const warnings = captureWarnings();
    it('keeps the fallback, says so as a status, and logs the technical reason', async () => {
      const failed = oneEvent(document, 'article-error');
      const el = await fixture<ArticleView>(html`<article-view src="/tests/fixtures/missing-story.json"><p>The story as plain HTML.</p></article-view>`);
      const { detail } = await failed;
      await elementUpdated(el);
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('status');
      expect(error.textContent).to.equal('The annotations of this article could not be loaded. The article is shown without them.');
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(detail.message).to.contain('HTTP 404');
      expect(warnings.join('\n')).to.contain(detail.message);
      await expect(el).to.be.accessible();
    });
  });
});
