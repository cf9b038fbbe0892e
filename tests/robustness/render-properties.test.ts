import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fcParams } from '../shared/fast-check.js';
import { articles } from '../shared/arbitraries.js';
import '../../src/define/all.js';
import type { ArticleView } from '../../src/elements/article-view/article-view.js';
import { validateArticle } from '../../src/model/validate.js';
import type { Article } from '../../src/model/types.js';

/**
 * Rendering properties (fast-check): random bodies full of characters that break naive code, with
 * random quote sets, valid and not (out of range, reversed, partly overlapping, unknown speakers,
 * duplicate ids). `<article-view>` must never throw, show the body exactly, draw every valid quote
 * once on exactly its words, list every invalid one, and give back the valid data unchanged.
 * (The model-level part is in tests/model/properties.test.ts.)
 */

const BREAKS = /[\n\r\u2029]+/g;

/** The offset of `node` in `container`'s text. */
function offsetOf(container: Node, node: Node): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEndBefore(node);
  return range.toString().length;
}

describe('rendering properties (random bodies and quote sets)', function () {
  this.timeout(120000);
  let view: ArticleView;
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);

  beforeEach(() => {
    view = document.createElement('article-view') as ArticleView;
    document.body.append(view);
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    view.remove();
    window.removeEventListener('error', onError);
  });

  it('never throws, shows the body exactly, draws each valid quote once on its words, lists the invalid ones, round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(articles, async (input) => {
        view.article = input as Article;
        await view.updateComplete;
        const root = view.shadowRoot!;
        const expected = validateArticle(input);
        const valid = view.validArticle!;

        // The article shown is the model's valid article, and it round-trips through JSON unchanged.
        expect(valid).to.deep.equal(expected.article);
        const again = validateArticle(JSON.parse(JSON.stringify(valid)));
        expect(again.article).to.deep.equal(valid);
        expect(again.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);

        // The visible body is the body, character for character.
        const container = root.querySelector('[part="body"]')!;
        expect(container.textContent).to.equal(input.body);

        // Every valid quote, once, on exactly its words.
        const drawn = [...container.querySelectorAll('q')];
        for (const q of drawn) expect(Number(q.dataset.i)).to.be.within(0, valid.quotes.length - 1);
        valid.quotes.forEach((quote, i) => {
          const pieces = drawn.filter((q) => q.dataset.i === String(i));
          expect(pieces.map((q) => q.textContent).join(''), `quote ${quote.id}`).to.equal(quote.text.replace(BREAKS, ''));
          expect(pieces.length, `quote ${quote.id} pieces`).to.be.greaterThan(0);
          // Line breaks at either end of a quote lie between paragraphs, outside any <q>.
          const lead = /^[\n\r\u2029]*/.exec(quote.text)![0].length;
          const trail = /[\n\r\u2029]*$/.exec(quote.text)![0].length;
          let previousEnd = quote.start + lead;
          pieces.forEach((q, k) => {
            const at = offsetOf(container, q);
            const text = q.textContent!;
            expect(input.body.slice(at, at + text.length)).to.equal(text);
            if (k === 0) expect(at, `quote ${quote.id} start`).to.equal(quote.start + lead);
            else expect(input.body.slice(previousEnd, at), `between pieces of ${quote.id}`).to.match(/^[\n\r\u2029]+$/);
            previousEnd = at + text.length;
          });
          expect(previousEnd, `quote ${quote.id} end`).to.equal(quote.end - trail);
        });

        // Every invalid quote is listed in the notice; so is every other error.
        const items = [...root.querySelectorAll('[part="notice"] li')].map((li) => li.textContent!);
        for (const o of expected.orphans) expect(items.some((t) => t.startsWith(`quotes[${o.index}]`)), `orphan ${o.index}`).to.equal(true);
        for (const p of expected.problems.filter((x) => x.severity === 'error')) {
          const where = p.path.replace(/\].*$/, ']');
          expect(items.some((t) => t.startsWith(where)), p.path).to.equal(true);
        }
        expect(view.state).to.equal(expected.orphans.length || expected.problems.some((p) => p.severity === 'error') ? 'partial' : 'ready');
      }),
      fcParams(150),
    );
    expect(errors).to.deep.equal([]);
  });
});
