import { expect } from '@open-wc/testing';

describe('define modules', () => {
  it('importing the package entry registers nothing and offers the whole API', async () => {
    const api = await import('../../src/index.js');
    for (const name of ['ArticleView', 'QuoteCard', 'SpeakerBadge', 'validateArticle', 'parseArticle', 'anchorSpan', 'layoutBody', 'extract', 'toBrat', 'parseBrat', 'articleSchema', 'safeUrl']) {
      expect(api, name).to.have.property(name);
    }
    const { ArticleView, QuoteCard, SpeakerBadge } = api;
    expect(ArticleView).to.be.a('function');
    expect(QuoteCard).to.be.a('function');
    expect(SpeakerBadge).to.be.a('function');
    expect(customElements.get('article-view')).to.equal(undefined);
    expect(customElements.get('quote-card')).to.equal(undefined);
    expect(customElements.get('speaker-badge')).to.equal(undefined);
  });

  it('register the tags, leave a tag someone else registered alone, and never throw when run twice', async () => {
    class Mine extends HTMLElement {}
    customElements.define('quote-card', Mine);
    await import('../../src/define/all.js');
    const { ArticleView, SpeakerBadge } = await import('../../src/elements/index.js');
    expect(customElements.get('article-view')).to.equal(ArticleView);
    expect(customElements.get('speaker-badge')).to.equal(SpeakerBadge);
    expect(customElements.get('quote-card')).to.equal(Mine);
    // a second copy of each module, as when a CMS page loads the script twice
    for (const name of ['all', 'article-view', 'quote-card', 'speaker-badge']) {
      const url = `/src/define/${name}.ts?twice`;
      await import(/* @vite-ignore */ url);
    }
    expect(customElements.get('article-view')).to.equal(ArticleView);
  });

  it('a custom tag name works for a class', async () => {
    const { SpeakerBadge } = await import('../../src/elements/index.js');
    customElements.define('my-badge', class extends SpeakerBadge {});
    const el = document.createElement('my-badge') as InstanceType<typeof SpeakerBadge>;
    el.name = 'Alice Archer';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="avatar"]')!.textContent).to.equal('AA');
    el.remove();
  });
});
