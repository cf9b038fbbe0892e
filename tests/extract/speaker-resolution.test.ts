// Who a quotation is given to when the story names people in different ways: pronouns by
// salience and gender, surnames and full names, roles, unnamed sources, organisations
// (all text written here).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';

/** Each quotation's words and the name of its speaker (null: nobody). */
const saidBy = (text: string) => {
  const a = extract(text);
  return a.quotes.map((q) => [q.text, a.speakers.find((s) => s.id === q.speaker)?.name ?? null]);
};

describe('extract: who said it', () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      'a pronoun names the latest subject of its gender, however many came after',
      'Ms Ann Cole spoke. Mr Tom Lee spoke. Mr Bo Ray spoke. "Yes," she said.',
      [['Yes,', 'Ann Cole']],
    ],
    [
      'a pronoun gives its gender to the person it names: "he" is then someone else',
      'Alex Kim spoke first. "We won," she said. "We lost," he said.',
      [['We won,', 'Alex Kim'], ['We lost,', null]],
    ],
    ['"he" never names a woman', 'Mrs Ada Hill arrived. "Fine," he said.', [['Fine,', null]]],
    [
      'a verb after a quotation and "and" keeps the sentence\'s speaker; the words after it are no source',
      'Ann Cole found the mayor “very charming” and called his record “unheard of.”',
      [['very charming', 'Ann Cole'], ['unheard of.', 'Ann Cole']],
    ],
    [
      'the lede\'s "its director" is the person named later with that title; "the island\'s council" is no other organisation',
      'Fares will rise, its director said. “We held out,” said Director Lena Marsh. On Tuesday the island’s council called it “a tax.”',
      [['Fares will rise', 'Lena Marsh'], ['We held out,', 'Lena Marsh'], ['a tax.', 'Island’s council']],
    ],
    [
      '"I" in a quotation inside a quotation is whoever speaks the outer one',
      'Ann Cole left early. “The hall went quiet. I said, ‘What now?’ Nobody answered,” she said.',
      [['The hall went quiet. I said, ‘What now?’ Nobody answered,', 'Ann Cole'], ['What now?', 'Ann Cole']],
    ],
    [
      'in a quotation of several sentences, a speaker inside it is named by its own sentence',
      '“We drove in and the crowd was loud. Then Tom Reyes told me, ‘Go home.’ I did,” said Ann Cole.',
      [['We drove in and the crowd was loud. Then Tom Reyes told me, ‘Go home.’ I did,', 'Ann Cole'], ['Go home.', 'Tom Reyes']],
    ],
    [
      'a phrase quoted inside reported speech is the reporting speaker\'s, not that of a verb inside it',
      'Ann Cole said the council would continue “to fight for every library” next year.',
      [['the council would continue “to fight for every library” next year', 'Ann Cole'], ['to fight for every library', 'Ann Cole']],
    ],
    [
      '"she" names a woman, "he" a man, whoever spoke last',
      '"Yes," said Mr Tom Lee. "No," said Ms Ann Cole. "Maybe," he said.',
      [['Yes,', 'Tom Lee'], ['No,', 'Ann Cole'], ['Maybe,', 'Tom Lee']],
    ],
    [
      '"they" names a group, "she" never does',
      'Some residents said that the park was unsafe. "We are afraid," they said. "I am not," she said.',
      [['the park was unsafe', 'Some residents'], ['We are afraid,', 'Some residents'], ['I am not,', null]],
    ],
    [
      'an institution "of" a place is one name, and "the bank" or "the university" after it is the same one',
      'The Bank of Leeds raised rates. "It was needed," the bank said. "Fees will rise," said the University of Leeds. The university said later that it would not.',
      [['It was needed,', 'Bank of Leeds'], ['Fees will rise,', 'University of Leeds'], ['it would not', 'University of Leeds']],
    ],
    [
      'two spaces after a full stop still end the sentence',
      'The vote passed.  "We will appeal," said Ann Cole.  Tom Lee said the vote was fair.',
      [['We will appeal,', 'Ann Cole'], ['the vote was fair', 'Tom Lee']],
    ],
    ['"it" names nobody', 'The committee met. "It is done," it said.', [['It is done,', null]]],
    [
      'two people with one surname stay two people',
      '"Yes," said Ann Cole. "No," said Tom Cole.',
      [['Yes,', 'Ann Cole'], ['No,', 'Tom Cole']],
    ],
    [
      'a surname alone is the full name written before it, however many words it has',
      'The prize went to Mary Ann Cole. "Yes," Cole said.',
      [['Yes,', 'Mary Ann Cole']],
    ],
    [
      'a surname inside a longer word is not that person',
      'Tom Doyleson spoke. "Yes," Doyle said.',
      [['Yes,', 'Doyle']],
    ],
    [
      'the title before a full name is not part of it',
      'The case went to Judge Alison Reeve. "Sit down," Reeve said.',
      [['Sit down,', 'Alison Reeve']],
    ],
    [
      '"the teacher" is not a headteacher named before (a role must end with the whole word)',
      'Headteacher Ann Cole opened the school. "It is a good day," the teacher said.',
      [['It is a good day,', 'Teacher']],
    ],
    [
      '"the minister" is the Foreign Minister named before',
      'Foreign Minister Sergei Ivanov arrived. "We will talk," the minister said.',
      [['We will talk,', 'Sergei Ivanov']],
    ],
    [
      'a company named before is "the company"; words in quotation marks are no company',
      'Protesters outside Brightwell Mills chanted “No More Cuts” all day. “Demand is weak,” the company said.',
      [['Demand is weak,', 'Brightwell Mills']],
    ],
    [
      'a company\'s name may have three words',
      'Shares in North Sea Oil fell. “Demand is weak,” the company said.',
      [['Demand is weak,', 'North Sea Oil']],
    ],
    [
      'a person who spoke is no company, even when named after it',
      'Shares in Brightwell Mills fell. Ann Cole said that the firm would recover. “Demand is weak,” the company said.',
      [['the firm would recover', 'Ann Cole'], ['Demand is weak,', 'Brightwell Mills']],
    ],
  ];
  for (const [what, text, want] of cases) it(what, () => expect(saidBy(text)).to.deep.equal(want));

  it('a new "a spokesman" gets a speaker of their own; the same words again are the same speaker', () => {
    const a = extract('"Fine," said a spokesman. "Not fine," said a spokesman. "Wait," said the spokesman.');
    expect(a.quotes.map((q) => q.speaker)).to.deep.equal(['spokesman', 'spokesman-2', 'spokesman-2']);
  });

  it('a company named too long before is not "the company"', () => {
    const filler = 'The day was long and nothing much happened in the town. '.repeat(40);
    expect(saidBy(`Shares in Brightwell Mills fell. ${filler}“Demand is weak,” the company said.`)).to.deep.equal([['Demand is weak,', 'Company']]);
  });
});

describe('extract: speakers as returned', () => {
  const speakers = (text: string) => extract(text).speakers;

  it('different people whose names make the same id get -2, -3', () => {
    expect(speakers('"Yes," said José Ruiz. "No," said Jose Ruiz. "Maybe," said José Rúiz.').map((s) => s.id)).to.deep.equal(['jose-ruiz', 'jose-ruiz-2', 'jose-ruiz-3']);
  });

  it('the longest name is the name, whatever came first; a single name has no aliases', () => {
    expect(speakers('"Yes," Cole said. Later Ann Cole left. "No," said Tom Lee.')).to.deep.equal([
      { id: 'ann-cole', name: 'Ann Cole', aliases: ['Cole'] },
      { id: 'tom-lee', name: 'Tom Lee' },
    ]);
  });

  it('a lede\'s unnamed source named later is one speaker, with the role of the name', () => {
    const a = extract('A veteran diplomat said on Monday that he had resigned. Ambassador Boris Lind, 41, wrote that the war was "a crime against us."');
    expect(a.speakers).to.deep.equal([{ id: 'boris-lind', name: 'Boris Lind', role: 'Ambassador' }]);
    expect(a.quotes.map((q) => q.speaker)).to.deep.equal(['boris-lind', 'boris-lind']);
  });
});
