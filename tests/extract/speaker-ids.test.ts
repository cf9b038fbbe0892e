// The speakers extract() returns: ids made from names (accents folded, punctuation as hyphens),
// name variants as aliases of one speaker, titles as roles, and unnamed sources named by their words.
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';

const speakersOf = (text: string) => {
  const article = extract(text);
  return { speakers: article.speakers, saidBy: article.quotes.map((q) => [q.text, q.speaker]) };
};

describe('extract: speaker ids, aliases and roles', () => {
  it('makes an id from the name, folding accents and joining words with hyphens', () => {
    expect(speakersOf('"We will win," said José Ñúñez-Ortega. "It is late," Ñúñez-Ortega added.')).to.deep.equal({
      speakers: [{ id: 'jose-nunez-ortega', name: 'José Ñúñez-Ortega', aliases: ['Ñúñez-Ortega'] }],
      saidBy: [['We will win,', 'jose-nunez-ortega'], ['It is late,', 'jose-nunez-ortega']],
    });
  });

  it('keeps a title as the role and gives the surname and a pronoun to the same speaker', () => {
    expect(speakersOf('"One," said Foreign Minister Sergey Lavrov. "Two," Lavrov said. "Three," he said.')).to.deep.equal({
      speakers: [{ id: 'sergey-lavrov', name: 'Sergey Lavrov', role: 'Foreign Minister', aliases: ['Lavrov'] }],
      saidBy: [['One,', 'sergey-lavrov'], ['Two,', 'sergey-lavrov'], ['Three,', 'sergey-lavrov']],
    });
  });

  it('names an unnamed source by its words, one speaker per different description', () => {
    expect(speakersOf('"Fine," said a spokesperson. "Not fine," said another spokesperson.')).to.deep.equal({
      speakers: [{ id: 'spokesperson', name: 'Spokesperson' }, { id: 'another-spokesperson', name: 'Another spokesperson' }],
      saidBy: [['Fine,', 'spokesperson'], ['Not fine,', 'another-spokesperson']],
    });
  });
});
