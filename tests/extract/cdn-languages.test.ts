// The CDN build (npm run build first): <article-view extract> in German loads the extractor chunk
// and the German lexicon chunk, and no other language.
import { expect } from '@open-wc/testing';
import { until } from '../shared/wait.js';

const PAGE = `<!doctype html><html lang="de"><head>
<script type="module" src="/cdn/article-annotations.js"></script>
</head><body>
<article-view extract><p>„Wir bleiben hier“, sagte Karl Weber am Montag.</p></article-view>
</body></html>`;

describe('the CDN build loads a language on demand', () => {
  it('German text: the German lexicon chunk, German cues, and no other language', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentDocument!.open();
      frame.contentDocument!.write(PAGE);
      frame.contentDocument!.close();
      const win = frame.contentWindow as Window & typeof globalThis;
      const view = () => win.document.querySelector('article-view')?.shadowRoot?.querySelector('q');
      await until(() => view(), 'an extracted quote');
      expect(view()!.textContent).to.equal('Wir bleiben hier');
      const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
      expect(loaded.some((n) => /article-annotations-lexicon-de-/.test(n))).to.equal(true);
      expect(loaded.some((n) => /article-annotations-lexicon-(?:fr|es|ja)-/.test(n))).to.equal(false);
    } finally {
      frame.remove();
    }
  });
});
