// Markup as CMSs store it: WordPress's wpautop turns the line breaks inside a tag typed over several
// lines into `<br>`, around the words. The elements show the words without empty lines around them.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ArticleView, QuoteCard } from '../../src/elements/index.js';
import type { Article } from '../../src/model/types.js';
import { until } from './helpers.js';

const shown = (el: Element) => el.getClientRects().length > 0;
const quoteHeight = (card: QuoteCard) => card.shadowRoot!.querySelector('blockquote')!.getBoundingClientRect().height;

describe('markup from a CMS', () => {
  describe('quote-card', () => {
    it('shows no empty line for the <br> that wpautop puts around the words', async () => {
      const typed = await fixture<QuoteCard>('<quote-card speaker="Ana Ruiz"><br />\nWe will rebuild it by spring.<br />\n</quote-card>');
      const plain = await fixture<QuoteCard>('<quote-card speaker="Ana Ruiz">We will rebuild it by spring.</quote-card>');
      expect([...typed.querySelectorAll('br')].map(shown)).to.deep.equal([false, false]);
      expect(quoteHeight(typed)).to.be.closeTo(quoteHeight(plain), 1);
      expect(typed.copyText).to.equal(plain.copyText);
    });

    it('keeps a line break between the words, and the <br> at the edges stay hidden', async () => {
      const card = await fixture<QuoteCard>('<quote-card speaker="Ana Ruiz"><br />\nFirst line,<br />\nsecond line.<br />\n</quote-card>');
      const oneLine = await fixture<QuoteCard>('<quote-card speaker="Ana Ruiz">First line,</quote-card>');
      expect([...card.querySelectorAll('br')].map(shown)).to.deep.equal([false, true, false]);
      expect(Math.round(quoteHeight(card) / quoteHeight(oneLine))).to.equal(2);
    });

    it('ignores white space and <br> added later', async () => {
      const card = await fixture<QuoteCard>('<quote-card speaker="Ana Ruiz">Words.</quote-card>');
      const before = quoteHeight(card);
      card.prepend(document.createElement('br'), '\n  ');
      card.append('\n', document.createElement('br'));
      await until(() => [...card.querySelectorAll('br')].every((br) => !shown(br)), 2000, 'the <br> to be hidden');
      expect(quoteHeight(card)).to.be.closeTo(before, 1);
    });
  });

  describe('article-view', () => {
    const ARTICLE: Article = { version: 1, id: 'a', headline: 'Bridge', language: 'en', body: 'The mayor spoke.', speakers: [], quotes: [] };

    it('shows its fallback without the <br> around it, and hides the fallback once the article is shown', async () => {
      const view = await fixture<ArticleView>('<article-view><br />\n<p>The article, as plain HTML.</p><br />\n</article-view>');
      expect([...view.querySelectorAll('br')].map(shown)).to.deep.equal([false, false]);
      expect(shown(view.querySelector('p')!)).to.equal(true);
      view.article = { ...ARTICLE };
      await until(() => view.state === 'ready', 5000, 'the article');
      await view.updateComplete;
      expect(shown(view.querySelector('p')!)).to.equal(false);
      expect(view.shadowRoot!.querySelector('[part="body"]')!.textContent).to.equal('The mayor spoke.');
    });

    it('reads each line of plain text ended by a <br> as a paragraph for extract', async () => {
      const view = await fixture<ArticleView>(
        '<article-view extract><br />\nThe mayor spoke on Monday.<br />\n"We will not cut corners," Ana Ruiz told reporters.<br>Then she left.<br />\n</article-view>',
      );
      await until(() => view.state === 'ready', 10000, 'the extracted article');
      await view.updateComplete;
      expect(view.validArticle!.body).to.equal('The mayor spoke on Monday.\n"We will not cut corners," Ana Ruiz told reporters.\nThen she left.');
    });
  });
});
