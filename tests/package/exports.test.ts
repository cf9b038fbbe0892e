import { expect } from '@open-wc/testing';

/**
 * The package as an application imports it: by name, through package.json "exports", from the
 * built npm files in dist/ (npm test builds first).
 */
describe('the npm package', () => {
  it('exports the classes without registering tags, then registers them from define/', async () => {
    const api = await import('article-annotations');
    expect(api.ArticleView).to.be.a('function');
    expect(api.validateArticle).to.be.a('function');
    expect(customElements.get('article-view')).to.equal(undefined);
    await import('article-annotations/define/all.js');
    expect(customElements.get('article-view')).to.equal(api.ArticleView);
    expect(customElements.get('quote-card')).to.equal(api.QuoteCard);
    expect(customElements.get('speaker-badge')).to.equal(api.SpeakerBadge);
  });

  it('exports the model and the extractor on their own, without the elements', async () => {
    const model = await import('article-annotations/model');
    const { extract } = await import('article-annotations/extract');
    const article = extract('"It works," she said.');
    expect(model.validateArticle(article).problems).to.deep.equal([]);
    expect(article.quotes.map((q) => q.text)).to.deep.equal(['It works,']);
  });

  it('exports the formats on their own: W3C Web Annotation out and back in', async () => {
    const { toWebAnnotation, fromWebAnnotation } = await import('article-annotations/formats');
    const { extract } = await import('article-annotations/extract');
    const article = extract('"It works," she said.');
    expect(fromWebAnnotation(toWebAnnotation(article)).article).to.deep.equal(article);
  });

  it('renders an article through the package build', async () => {
    const view = document.createElement('article-view') as HTMLElement & { article: unknown; updateComplete: Promise<unknown> };
    view.article = { version: 1, id: 'x', headline: 'H', language: 'en', body: '"Hi," he said.', speakers: [], quotes: [{ id: 'q', start: 1, end: 4, text: 'Hi,', kind: 'direct', speaker: null }] };
    document.body.append(view);
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector('q')!.textContent).to.equal('Hi,');
    view.remove();
  });
});
