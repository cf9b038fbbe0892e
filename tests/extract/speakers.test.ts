// Who speaks: people and organisations only, one speaker per person across name variants, and
// confidence that drops when nobody is named (all text written here).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/model/types.js';

const said = (text: string) => {
  const a: Article = extract(text);
  return a.quotes.map((q) => [q.text, a.speakers.find((s) => s.id === q.speaker)?.name ?? null]);
};

describe('extract: speakers', () => {
  it('a title on its own is a person: "the sheriff"', () => {
    expect(said('The sheriff said the inquiry was over.')).to.deep.equal([['the inquiry was over', 'Sheriff']]);
  });

  it('an event, an object or a result is never a speaker', () => {
    expect(said('The storm closed every road. “It was terrifying,” she said.')).to.deep.equal([['It was terrifying,', null]]);
    expect(said('The budget was approved. “About time,” he said.')).to.deep.equal([['About time,', null]]);
    expect(said('The motion says that the mayor must resign.')).to.deep.equal([['the mayor must resign', null]]);
  });

  it('a sentence-initial phrase in capitals is not a name ("Final vote")', () => {
    const a = extract('The motion passed. Final vote: seven in favour, four against. “We did it,” he said.');
    expect(a.speakers.map((s) => s.name)).to.not.include('Final vote');
  });

  it('full name, surname, title and surname, capitals and a role noun are one speaker', () => {
    const a = extract(
      'Senator Marta Haddad spoke first. “We have the votes,” the senator said. Later HADDAD added: “And the will.” “Enough,” Ms Haddad said.',
    );
    expect(new Set(a.quotes.map((q) => q.speaker)).size).to.equal(1);
    const sp = a.speakers[0]!;
    expect(sp.name).to.equal('Marta Haddad');
    expect(sp.aliases).to.include('Haddad');
  });

  it('"councillor Tom Price" and "Price" are one person, the role kept', () => {
    const a = extract(`'We tried,' said councillor Tom Price. Price said the vote was close. 'It hurts,' he said.`);
    expect(a.speakers.map((s) => [s.name, s.role])).to.deep.equal([['Tom Price', 'councillor']]);
  });

  it('a company and "the company" are one speaker; "the Treasury" is an organisation', () => {
    expect(said('Shares in Brightwell Mills fell. “Demand is weak,” the company said.')).to.deep.equal([['Demand is weak,', 'Brightwell Mills']]);
    expect(said('The plan will cost £2bn, according to the Treasury.')).to.deep.equal([['The plan will cost £2bn', 'Treasury']]);
  });

  it('inverted order with an organisation or a role and a name', () => {
    expect(said('“It is over,” said the ministry.')).to.deep.equal([['It is over,', 'Ministry']]);
    expect(said('“Rates will rise,” writes economist Ada Quist in a note to clients.')).to.deep.equal([['Rates will rise,', 'Ada Quist']]);
    expect(said('“Never,” retorted the mayor, Lin Park.')).to.deep.equal([['Never,', 'Lin Park']]);
  });

  it('manner-of-speaking verbs keep the quotation and its speaker', () => {
    for (const verb of ['snapped', 'mused', 'retorted', 'groused', 'scoffed'])
      expect(said(`“Not again,” ${verb} Tim Hale.`), verb).to.deep.equal([['Not again,', 'Tim Hale']]);
  });

  it('a quotation without a speaker is never given high confidence', () => {
    const a = extract('The storm closed every road. “It was terrifying,” she said.');
    expect(a.quotes[0]!.confidence).to.be.at.most(0.55);
    const b = extract('“It was terrifying,” said Ana Ruiz.');
    expect(b.quotes[0]!.confidence).to.be.above(0.9);
  });
});

describe('extract: quotation styles', () => {
  it('single marks as the primary style, double marks nested', () => {
    const a = extract(`'They called it "progress",' said Ana Ruiz. 'It was not.'`);
    expect(a.quotes.filter((q) => q.speaker).map((q) => q.text)).to.deep.equal([`They called it "progress",`, 'It was not.']);
  });

  it('double marks as the primary style, single marks nested, apostrophes left alone', () => {
    const a = extract(`“He told me ‘we’re done here,’ and walked out,” said Rosa Diaz. “That's Ray's way.”`);
    expect(a.quotes.filter((q) => q.speaker).map((q) => q.text)).to.deep.equal(['He told me ‘we’re done here,’ and walked out,', "That's Ray's way."]);
  });

  it('a straight opening mark closed by a curly one, and a curly closing mark typed as an opening one', () => {
    expect(said('"We will win,” said Ana Ruiz.')).to.deep.equal([['We will win,', 'Ana Ruiz']]);
    expect(said('“It is unusual,“ said Ana Ruiz.')).to.deep.equal([['It is unusual,', 'Ana Ruiz']]);
  });

  it('roundup lines and colon- or dash-introduced quotations', () => {
    expect(said('Ana Ruiz, Valley Gazette: "A fair result."')).to.deep.equal([['A fair result.', 'Ana Ruiz']]);
    expect(said('Ana Ruiz, head of the tenants’ union: "A fair result."')).to.deep.equal([['A fair result.', 'Ana Ruiz']]);
    expect(said('Union leader Ana Ruiz put it plainly: "We will strike."')).to.deep.equal([['We will strike.', 'Ana Ruiz']]);
  });

  it('transcripts: Q: and A: lines, and NAME: lines, questions included', () => {
    const a = extract('Q: Will you run again?\nA: Not this time.\nRUIZ: Maybe later?');
    expect(a.quotes.map((q) => [q.text, a.speakers.find((s) => s.id === q.speaker)?.name])).to.deep.equal([
      ['Will you run again?', 'Q'],
      ['Not this time.', 'A'],
      ['Maybe later?', 'Ruiz'],
    ]);
  });

  it('signs, product names and titles of works are not speech', () => {
    expect(extract('Protesters carried signs reading “No More Cuts”.').quotes).to.deep.equal([]);
    expect(extract('The bank launched its “Smart Saver” account in May.').quotes).to.deep.equal([]);
    expect(extract('Her novel “The Long Field” sold well.').quotes).to.deep.equal([]);
  });
});

describe('extract: reported questions and headlines', () => {
  it('a reported question after "asked", and a condition after "said"', () => {
    expect(said('Ana Ruiz asked whether the council would sell the site.')).to.deep.equal([['whether the council would sell the site', 'Ana Ruiz']]);
    expect(said('Ana Ruiz asked how the plan would be paid for.')).to.deep.equal([['how the plan would be paid for', 'Ana Ruiz']]);
  });

  it('a headline "Name: claim" reports the claim', () => {
    expect(said('Mayor Ortiz: Bridge will reopen in May\n\nThe bridge closed in March. Ortiz toured it.')).to.deep.equal([['Bridge will reopen in May', 'Ortiz']]);
  });
});
