import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/article-view.js';
import type { ArticleView } from '../../src/elements/index.js';
import type { Article } from '../../src/model/types.js';
import { mount } from './helpers.js';

const body = (el: ArticleView) => el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
const quotes = (el: ArticleView) => [...el.shadowRoot!.querySelectorAll('q')];
const describedBy = (el: ArticleView, q: Element) => el.shadowRoot!.getElementById(q.getAttribute('aria-describedby')!)!.textContent;
const extractorRequested = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/src/extract/'));

const ARTICLE: Article = {
  version: 1,
  id: 'council',
  headline: 'Bridge to reopen in spring',
  language: 'en',
  body: 'The mayor spoke on Monday.\n"We will not cut corners," Ana Ruiz told reporters.',
  speakers: [{ id: 'mayor', name: 'Ana Ruiz', role: 'Mayor' }],
  quotes: [],
};

describe('<article-view extract>', () => {
  it('does not download the extractor for hand-made data', async () => {
    const el = await fixture<ArticleView>(html`<article-view .article=${{ ...ARTICLE }}></article-view>`);
    expect(body(el).textContent).to.equal(ARTICLE.body);
    expect(quotes(el)).to.have.length(0);
    expect(extractorRequested()).to.equal(false);
  });

  it('finds the quotations in the text written inside the tag', async () => {
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('article-load', (e) => resolve(e as CustomEvent), { once: true }));
    const container = await mount(html`<article-view extract>
      <h2>Council votes on the bridge</h2>
      <p>The vote was close.</p>
      <p>"We will rebuild it by spring," said Ana Ruiz, the mayor.</p>
    </article-view>`);
    const el = container.querySelector('article-view')!;
    const { detail } = await loaded;
    await el.updateComplete;
    expect(extractorRequested()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="headline"]')!.textContent).to.equal('Council votes on the bridge');
    expect(body(el).textContent).to.equal('The vote was close.\n"We will rebuild it by spring," said Ana Ruiz, the mayor.');
    expect(quotes(el).map((q) => q.textContent)).to.deep.equal(['We will rebuild it by spring,']);
    expect(describedBy(el, quotes(el)[0])).to.match(/^Quoted, said by Ana Ruiz; machine-detected, \d+% confidence$/);
    expect(detail.article.quotes[0]).to.include({ text: 'We will rebuild it by spring,', kind: 'direct' });
    expect(detail.article.quotes[0].confidence).to.be.within(0, 1);
  });

  it('fills in the quotes of data that has none, keeping the speakers it knows', async () => {
    const el = await fixture<ArticleView>(html`<article-view extract .article=${{ ...ARTICLE }}></article-view>`);
    expect(quotes(el).map((q) => q.textContent)).to.deep.equal(['We will not cut corners,']);
    expect(el.validArticle!.quotes[0].speaker).to.equal('mayor');
    expect(el.validArticle!.speakers).to.deep.equal(ARTICLE.speakers);
    expect(body(el).textContent).to.equal(ARTICLE.body);
  });

  it("never credits a found speaker's quotes to a known speaker who only shares the id", async () => {
    const article = { ...ARTICLE, speakers: [{ id: 'ana-ruiz', name: 'City Hall' }] };
    const el = await fixture<ArticleView>(html`<article-view extract .article=${article}></article-view>`);
    const [quote] = el.validArticle!.quotes;
    const speaker = el.validArticle!.speakers.find((s) => s.id === quote.speaker)!;
    expect(speaker.name).to.equal('Ana Ruiz');
    expect(el.validArticle!.speakers.map((s) => s.id)).to.deep.equal(['ana-ruiz', 'ana-ruiz-2']);
  });

  it('leaves hand-made quotes alone', async () => {
    const start = ARTICLE.body.indexOf('We will');
    const article = { ...ARTICLE, quotes: [{ id: 'q1', start, end: start + 8, text: 'We will ', kind: 'mixed' as const, speaker: 'mayor' }] };
    const el = await fixture<ArticleView>(html`<article-view extract .article=${article}></article-view>`);
    expect(quotes(el).map((q) => q.textContent)).to.deep.equal(['We will ']);
    expect(el.validArticle!.quotes[0]).not.to.have.property('confidence');
  });

  it('says so when there is nothing to annotate', async () => {
    const el = await fixture<ArticleView>(html`<article-view extract></article-view>`);
    expect(el.state).to.equal('empty');
    expect(quotes(el)).to.have.length(0);
  });

  it('announces machine-made quotes to screen readers and passes axe', async () => {
    const el = await fixture<ArticleView>(html`<article-view extract .article=${{ ...ARTICLE }}></article-view>`);
    const q = quotes(el)[0];
    q.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="tooltip"]')!.textContent).to.match(/machine-detected, \d+% confidence/);
    await expect(el).to.be.accessible();
  });

  it('fires article-load with the extracted article', async () => {
    const el = document.createElement('article-view');
    el.extract = true;
    el.article = { ...ARTICLE };
    setTimeout(() => document.body.append(el));
    const { detail } = await oneEvent(el, 'article-load');
    expect(detail.article.quotes).to.have.length(1);
    el.remove();
  });
});
