// Quotation marks as extract() pairs them: a quotation over paragraphs (the next paragraph opens
// with a mark, the previous one is left open), single quotes inside double ones told apart from
// apostrophes, and an unclosed mark that ends at its paragraph.
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';

const quotes = (text: string) => extract(text).quotes.map((q) => [q.text, q.kind]);

describe('extract: pairing quotation marks', () => {
  it('runs a quotation on when the next paragraph opens with a mark and the first was left open', () => {
    expect(quotes('She said: "The first part goes on.\n\n"And the second part ends here." Then she left.')).to.deep.equal([
      ['The first part goes on.\n\n"And the second part ends here.', 'direct'],
    ]);
  });

  it('ends an unclosed quotation at its paragraph: the narration after it is no quotation', () => {
    expect(quotes('"Unclosed quote that never ends\nNext paragraph is narration.')).to.deep.equal([]);
  });

  it('pairs single quotes inside double ones, and leaves apostrophes alone', () => {
    expect(quotes('"The students\' union said \'no\' twice," he said.')).to.deep.equal([
      ["The students' union said 'no' twice,", 'direct'],
      ['no', 'mixed'],
    ]);
    expect(quotes('"The students\' demands are fair," he said.')).to.deep.equal([["The students' demands are fair,", 'direct']]);
    expect(quotes('"It\'s the \'90s all over," he said.')).to.deep.equal([["It's the '90s all over,", 'direct']]);
  });

  it('reads single quotes as quotation marks when they stand alone', () => {
    expect(quotes("'Single quoted words,' she said.")).to.deep.equal([['Single quoted words,', 'direct']]);
  });
});
