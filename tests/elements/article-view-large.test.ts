import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/article-view.js';
import type { ArticleView } from '../../src/elements/index.js';
import type { Article } from '../../src/model/types.js';

/** An article of `n` paragraphs with two quotes each, one nested in the other; text written here. */
function largeArticle(n: number): Article {
  const paragraphs: string[] = [];
  const quotes: Article['quotes'] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const words = `We will review plan ${i} and the "budget ${i}" next week,`;
    const paragraph = `Item ${i}: "${words}" said speaker ${i % 7}.`;
    const start = offset + paragraph.indexOf(words);
    quotes.push({ id: `q${i}`, start, end: start + words.length, text: words, kind: 'direct', speaker: `s${i % 7}` });
    const inner = `budget ${i}`;
    const innerStart = offset + paragraph.indexOf(inner);
    quotes.push({ id: `n${i}`, start: innerStart, end: innerStart + inner.length, text: inner, kind: 'mixed', speaker: `s${(i + 1) % 7}` });
    paragraphs.push(paragraph);
    offset += paragraph.length + 1;
  }
  const speakers = Array.from({ length: 7 }, (_, k) => ({ id: `s${k}`, name: `Speaker ${k}` }));
  return { version: 1, id: 'large', headline: 'Large', language: 'en', body: paragraphs.join('\n'), speakers, quotes };
}

describe('<article-view> with a large article', () => {
  it('draws the body in chunks, first chunk first, and ends with exactly the body', async () => {
    const article = largeArticle(3000);
    const el = document.createElement('article-view') as ArticleView;
    el.article = article;
    const loaded = oneEvent(el, 'article-load');
    document.body.append(el);
    await loaded;
    const paragraphs = () => el.shadowRoot!.querySelectorAll('[part="paragraph"]').length;
    // The reader sees the beginning before the whole article is drawn.
    expect(paragraphs()).to.be.greaterThan(0).and.lessThan(3000);
    await el.updateComplete;
    expect(paragraphs()).to.equal(3000);
    expect(el.shadowRoot!.querySelector('[part="body"]')!.textContent).to.equal(article.body);
    expect(el.shadowRoot!.querySelectorAll('q')).to.have.length(6000);
    // Every quote has its description, naming its speaker.
    const last = el.shadowRoot!.querySelector('q[data-i="5999"]')!;
    expect(el.shadowRoot!.getElementById(last.getAttribute('aria-describedby')!)!.textContent).to.equal('Quoted, said by Speaker 4'); // n2999: speaker (2999 + 1) % 7
    el.remove();
  });

  it('changes the highlighted speaker without drawing the quotes again', async () => {
    const article = largeArticle(1500);
    const el = document.createElement('article-view') as ArticleView;
    el.article = article;
    document.body.append(el);
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('q')!;
    el.speaker = 's0';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('q')).to.equal(first);
    expect(getComputedStyle(first).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    const other = el.shadowRoot!.querySelector('q[data-i="2"]')!; // speaker s1
    expect(getComputedStyle(other).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.remove();
  });

  it('drops the rest of an old article when a new one arrives mid-way', async () => {
    const el = document.createElement('article-view') as ArticleView;
    el.article = largeArticle(3000);
    const loaded = oneEvent(el, 'article-load');
    document.body.append(el);
    await loaded;
    const small = largeArticle(3);
    el.article = small;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="body"]')!.textContent).to.equal(small.body);
    el.remove();
  });
});
