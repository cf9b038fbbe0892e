// The element's path to the extractor: the core with English, and another language's lexicon
// loaded on demand. It must find what the all-languages entry finds.
import { expect } from '@open-wc/testing';
import { withExtractedQuotes } from '../../src/elements/shared/extraction.js';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/model/types.js';

const article = (language: string, body: string): Article => ({ version: 1, id: 'a', headline: '', language, body, speakers: [], quotes: [] });

describe('extract: the element path (core + English, other languages on demand)', () => {
  const texts: [string, string][] = [
    ['en', '"We will win," said Mary Smith on Monday.'],
    ['de-AT', '„Wir bleiben hier“, sagte Karl Weber am Montag.'],
    ['fr', '— Nous ne céderons pas, a déclaré Marie Dupont.'],
    ['es', '—No vamos a ceder —dijo Ana López—.'],
    ['ja', '田中首相は記者団に「増税はしない」と述べた。'],
    ['xx', '"We will win," said Mary Smith.'],
  ];
  for (const [language, body] of texts) {
    it(`${language}: the same quotations as extract()`, async () => {
      const pending = withExtractedQuotes(article(language, body));
      expect(pending).to.be.instanceOf(Promise);
      const got = await pending;
      expect(got.quotes.length).to.equal(1);
      expect(got.quotes).to.deep.equal(extract(body, { language, id: 'a' }).quotes);
    });
  }
});
