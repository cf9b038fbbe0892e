// The article extract() returns around the quotations: its fields, filled in from the options or
// with defaults, and the lexicon chosen from the language tag.
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';

describe('extract: the article around the quotations', () => {
  it('fills in id, headline and language when they are not given', () => {
    const article = extract('No quotations here.');
    expect(article).to.deep.equal({ version: 1, id: 'extracted', headline: '', language: 'en', body: 'No quotations here.', speakers: [], quotes: [] });
  });

  it('takes id, headline and language from the options', () => {
    const article = extract('Text.', { id: 'story-1', headline: 'A headline', language: 'de-CH' });
    expect(article).to.deep.include({ id: 'story-1', headline: 'A headline', language: 'de-CH' });
  });

  it('reads a region tag with the language lexicon, in any case ("DE-ch" is German)', () => {
    const text = '„Wir bleiben hier“, sagte Karl Weber.';
    for (const language of ['de', 'DE-ch', 'de-AT']) {
      const article = extract(text, { language });
      expect(article.speakers.map((s) => s.name), language).to.deep.equal(['Karl Weber']);
    }
    // An unknown language falls back to English cues.
    expect(extract('"Yes," said Ana Ruiz.', { language: 'xx' }).speakers.map((s) => s.name)).to.deep.equal(['Ana Ruiz']);
    expect(extract('"Yes," said Ana Ruiz.', { language: '' }).speakers.map((s) => s.name)).to.deep.equal(['Ana Ruiz']);
  });

  it('gives an empty article for text that is not a string', () => {
    for (const text of [undefined, null, 5, {}]) {
      expect(extract(text as unknown as string)).to.deep.equal({ version: 1, id: 'extracted', headline: '', language: 'en', body: '', speakers: [], quotes: [] });
    }
  });
});
