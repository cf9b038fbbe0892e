import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ArticleView } from '../../src/elements/article-view/article-view.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import type { SpeakerBadge } from '../../src/elements/speaker-badge/speaker-badge.js';
import type { Article } from '../../src/model/types.js';
import { contrast, distance } from '../shared/colour.js';
import { SEED, loadArticle, mount, until } from './helpers.js';

const avatar = (b: Element) => getComputedStyle(b.shadowRoot!.querySelector('[part="avatar"]')!);
const panelBadges = (el: ArticleView) => [...el.shadowRoot!.querySelectorAll<SpeakerBadge>('speaker-badge[selectable]')];
const quoteOf = (el: ArticleView, article: Article, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`q[data-i="${article.quotes.findIndex((q) => q.id === id)}"]`)!;

/** An article with `n` speakers, each with one direct quote. */
function crowd(n: number, prefix: string): Article {
  const speakers = Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} Person ${i}` }));
  let body = '';
  const quotes = speakers.map((sp, i) => {
    body += `${sp.name} said: “`;
    const start = body.length;
    body += `Point number ${i}.`;
    const q = { id: `q${i}`, start, end: body.length, text: body.slice(start), kind: 'direct' as const, speaker: sp.id };
    body += '”\n';
    return q;
  });
  return { version: 1, id: prefix, headline: prefix, language: 'en', body, speakers, quotes };
}

async function view(article: Article, scheme = 'light') {
  const el = await fixture<ArticleView>(html`<article-view style="color-scheme:${scheme}" .article=${article}></article-view>`);
  await elementUpdated(el);
  return el;
}

describe('speaker colours', () => {
  for (const scheme of ['light', 'dark']) {
    it(`tell ten speakers of one article apart and keep text readable on their tints (${scheme})`, async () => {
      const article = crowd(10, scheme);
      const el = await view(article, scheme);
      const colours = panelBadges(el).map((b) => avatar(b).backgroundColor);
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          expect(distance(colours[i], colours[j]), `speakers ${i} and ${j}: ${colours[i]} vs ${colours[j]}`).to.be.above(0.06);
        }
      }
      const page = getComputedStyle(el).backgroundColor;
      for (const [i, b] of panelBadges(el).entries()) {
        // initials on the avatar, and the underline against the page
        expect(contrast(avatar(b).color, avatar(b).backgroundColor), `initials of speaker ${i}`).to.be.at.least(4.5);
        expect(contrast(colours[i], page), `speaker ${i}'s colour on the page`).to.be.at.least(3);
        const q = quoteOf(el, article, `q${i}`);
        const style = getComputedStyle(q);
        expect(style.textDecorationColor).to.equal(colours[i]);
        expect(contrast(style.color, style.backgroundColor), `text on speaker ${i}'s tint`).to.be.at.least(4.5);
      }
      // and with a speaker chosen, on the stronger highlight
      el.speaker = article.speakers[3].id;
      await elementUpdated(el);
      const chosen = getComputedStyle(quoteOf(el, article, 'q3'));
      expect(contrast(chosen.color, chosen.backgroundColor)).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });
  }

  it('never gives two speakers of the seed article the same colour', async () => {
    const article = await loadArticle(SEED);
    const el = await view(article);
    const colours = panelBadges(el).map((b) => avatar(b).backgroundColor);
    expect(colours).to.have.length(4);
    expect(new Set(colours).size).to.equal(4);
    for (let i = 0; i < colours.length; i++) for (let j = i + 1; j < colours.length; j++) expect(distance(colours[i], colours[j])).to.be.above(0.06);
  });

  it('keeps a speaker in one colour across the elements of a page, by id or by name', async () => {
    const article = crowd(3, 'Shared');
    const wrapper = await mount(html`
      <speaker-badge name="Shared Person 2"></speaker-badge>
      <article-view .article=${article}></article-view>
      <quote-card .article=${article} quote-id="q1"></quote-card>
      <speaker-badge name="  shared person 1 "></speaker-badge>
    `);
    const [before, after] = [...wrapper.querySelectorAll<SpeakerBadge>('speaker-badge')];
    const el = wrapper.querySelector('article-view')!;
    const card = wrapper.querySelector<QuoteCard>('quote-card')!;
    await until(() => card.state === 'ready' && el.state === 'ready', 5000, 'the article and card');
    await elementUpdated(card);
    const inPanel = panelBadges(el).map((b) => avatar(b).backgroundColor);
    expect(new Set(inPanel).size).to.equal(3);
    expect(avatar(before).backgroundColor).to.equal(inPanel[2]);
    expect(avatar(after).backgroundColor).to.equal(inPanel[1]);
    expect(getComputedStyle(quoteOf(el, article, 'q2')).textDecorationColor).to.equal(inPanel[2]);
    const cardBadge = card.shadowRoot!.querySelector('speaker-badge')!;
    expect(avatar(cardBadge).backgroundColor).to.equal(inPanel[1]);
    expect(getComputedStyle(card.shadowRoot!.querySelector('figure')!).borderInlineStartColor).to.equal(inPanel[1]);
  });

  it('gives the speakers of a second article colours of their own beside the first', async () => {
    const wrapper = await mount(html`<article-view .article=${crowd(4, 'First')}></article-view><article-view .article=${crowd(4, 'Second')}></article-view>`);
    const [a, b] = [...wrapper.querySelectorAll('article-view')];
    await until(() => a.state === 'ready' && b.state === 'ready', 5000, 'both articles');
    await elementUpdated(b);
    const second = panelBadges(b).map((x) => avatar(x).backgroundColor);
    expect(new Set(second).size).to.equal(4);
  });

  it('lets the color attribute override the palette', async () => {
    const el = await fixture<SpeakerBadge>(html`<speaker-badge name="Shared Person 0" color="rgb(0, 90, 0)"></speaker-badge>`);
    expect(avatar(el).backgroundColor).to.equal('rgb(0, 90, 0)');
  });
});
