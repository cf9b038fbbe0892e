// Constructions added to the extractor, one short text each (all text written here).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/model/types.js';

const quotes = (text: string) => extract(text).quotes;
const speakerOf = (a: Article, i: number) => a.speakers.find((s) => s.id === a.quotes[i]?.speaker)?.name;

describe('extract: more constructions', () => {
  it('reported speech without "that" after a say-verb', () => {
    const q = quotes('Nora Vance said the bridge would reopen in May.');
    expect(q.map((x) => [x.kind, x.text, x.source?.text])).to.deep.equal([['indirect', 'the bridge would reopen in May', 'Nora Vance']]);
  });

  it('a subject and a finite verb after a cue that needs one', () => {
    expect(quotes('The council warned the budget had run out.').map((x) => x.text)).to.deep.equal(['the budget had run out']);
    expect(quotes('The council wrote the new budget for schools.')).to.deep.equal([]);
  });

  it('a cue before a quotation with its subject elsewhere: inverted, coordinated, or a participle after an earlier quotation', () => {
    const src = (t: string) => quotes(t).map((x) => [x.text, x.source?.text]);
    expect(src('Said Ann Cole, “The whole street turned out to help.”')).to.deep.equal([['The whole street turned out to help.', 'Ann Cole']]);
    expect(src('Tom Reyes put on a stern face and joked, “Nobody leaves before the cake is gone.”')).to.deep.equal([['Nobody leaves before the cake is gone.', 'Tom Reyes']]);
    const q = quotes('Ruth Ellis told the radio station that the budget was “a mess,” adding, “We will fix it by spring.”');
    expect(q.map((x) => [x.text, x.source?.text])).to.deep.include(['We will fix it by spring.', 'Ruth Ellis']);
  });

  it('a full stop inside an abbreviation before a lower-case word does not end the reported clause', () => {
    expect(quotes('Ruth Ellis said the vote was the closest in U.S. history.').map((x) => x.text)).to.deep.equal(['the vote was the closest in U.S. history']);
  });

  it('a "Name: words" line is reported speech, but not a column label, a tally or a short heading', () => {
    expect(quotes('Mayor Ortiz: Bridge will reopen in May\nOrtiz toured the bridge in June.').map((x) => [x.text, x.source?.text])).to.deep.equal([['Bridge will reopen in May', 'Mayor Ortiz']]);
    expect(quotes('The Briefing: Bridge will reopen in May\nThe Briefing has the news.')).to.deep.equal([]);
    expect(quotes('Ruth Ellis: 412\nTom Reyes: 388')).to.deep.equal([]);
    expect(quotes('Ellis: Stay close\nShe needs a good night.')).to.deep.equal([]);
  });

  it('"state" and "remarks" are nouns unless a clause or a quotation follows', () => {
    expect(quotes('Voters in Western states remain split on the bridge. Her remarks drew applause.')).to.deep.equal([]);
    expect(quotes('The inspection record states that the bridge is unsafe.').map((x) => x.text)).to.deep.equal(['the bridge is unsafe']);
  });

  it('a trailing attribution reports its sentence, not an opening phrase, a relative clause or a passive', () => {
    const q = (t: string) => quotes(t).map((x) => [x.kind, x.text]);
    expect(q('After all, she added, the club “has never lost a home final.”')).to.deep.equal([['mixed', 'has never lost a home final.']]);
    expect(q('The vote was close in the north of the county, which wants a new road.')).to.deep.equal([]);
    expect(q('By Friday, Ellis was assured of a majority on the board.')).to.deep.equal([]);
    expect(q('The road will reopen in May, the council said.')).to.deep.equal([['indirect', 'The road will reopen in May']]);
  });

  it('"that" after the thing a verb takes starts a relative clause, not a report', () => {
    expect(quotes('Ruth Ellis found jobs that pay well.')).to.deep.equal([]);
    expect(quotes('Ruth Ellis said in a statement that the road is safe.').map((x) => x.text)).to.deep.equal(['the road is safe']);
    expect(quotes('Ruth Ellis warned voters that the road is unsafe.').map((x) => x.text)).to.deep.equal(['the road is unsafe']);
  });

  it('a participle after a clause speaks for the subject of the clause', () => {
    const q = (t: string) => quotes(t).map((x) => [x.kind, x.text, x.source?.text, x.cue?.text]);
    expect(q('The lawyer asked for a lighter sentence, calling the thefts “an addiction of sorts.”')).to.deep.include(['mixed', 'an addiction of sorts.', 'The lawyer', 'calling']);
    expect(q('Tom Reyes stood by the groundsmen all season, noting that they had produced “the finest pitch in the league.”')).to.deep.equal([['mixed', 'the finest pitch in the league.', 'Tom Reyes', 'noting']]);
    expect(q('Tom Reyes maintained that the choir had grown, claiming that the new conductor deserves the credit.')).to.deep.include(['indirect', 'the new conductor deserves the credit', 'Tom Reyes', 'claiming']);
    expect(q('Ann Lee read it quickly, acknowledging that the budget was tight.')).to.deep.equal([['indirect', 'the budget was tight', 'Ann Lee', 'acknowledging']]);
    expect(q('At least a third of the residents polled say the ferry is “far too slow.”')[0]?.slice(2)).to.deep.equal(['a third of the residents polled', 'say']);
  });

  it('a manner of speaking reports a clause, never an object', () => {
    const q = quotes('Tom Reyes groused to fans in Elmford that the league “never gives us a fair hearing.”');
    expect(q.map((x) => [x.kind, x.text, x.source?.text, x.cue?.text])).to.deep.equal([['mixed', 'never gives us a fair hearing.', 'Tom Reyes', 'groused']]);
    expect(quotes('Tom Reyes shrugged his shoulders and smiled a thin smile.')).to.deep.equal([]);
  });

  it('a participle after a quotation does not attribute it', () => {
    const q = quotes('Ann Lee said the choir will keep rehearsing, but said, “We need a bigger hall by spring,” promising an update.');
    expect(q.map((x) => [x.kind, x.text, x.source?.text, x.cue?.text])).to.deep.include(['direct', 'We need a bigger hall by spring,', 'Ann Lee', 'said']);
  });

  it('"According to" a long source at the start of a sentence reports the rest of it', () => {
    const q = quotes('According to figures from the county council and two local charities, most residents back the bridge plan.');
    expect(q.map((x) => [x.kind, x.text, x.cue?.text])).to.deep.equal([['indirect', 'most residents back the bridge plan', 'According to']]);
  });

  it('a name someone gives another is their words, capitalised or not; a title right after the verb is not', () => {
    const q = (t: string) => quotes(t).map((x) => [x.kind, x.text, x.source?.text, x.cue?.text]);
    expect(q('Ruth Ellis called the mayor “The Emperor of Potholes.”')).to.deep.equal([['mixed', 'The Emperor of Potholes.', 'Ruth Ellis', 'called']]);
    expect(q('Ruth Ellis praised “Brief Encounter” as a classic.')).to.deep.equal([]);
  });

  it('"went on to" before a cue: the cue spans the phrase, the subject is that of "went"', () => {
    const q = quotes('Ruth Ellis went on to call the plan “a disgrace.”');
    expect(q.map((x) => [x.kind, x.text, x.source?.text, x.cue?.text])).to.deep.equal([['mixed', 'a disgrace.', 'Ruth Ellis', 'went on to call']]);
  });

  it('an approximate share of people is a source: "About four in 10", "Around 40 percent"', () => {
    const q = quotes('About four in 10 tenants said the rent was “far too high.”');
    expect(q.map((x) => [x.kind, x.text, x.source?.text])).to.deep.equal([['mixed', 'far too high.', 'four in 10 tenants']]);
  });

  it('an attribution after or inside reported speech with a quoted phrase in it: the phrase is the speaker\'s', () => {
    const q = (t: string) => quotes(t).map((x) => [x.kind, x.text, x.source?.text, x.cue?.text]);
    expect(q('The council’s “excesses” are shameful, Reyes said on Tuesday, noting the budget was late.')).to.deep.include.members([
      ['indirect', 'The council’s “excesses” are shameful', 'Reyes', 'said'],
      ['mixed', 'excesses', 'Reyes', 'said'],
    ]);
    expect(q('Last spring, the councillor said, the press treated him as a “fringe candidate,” with a grin.')).to.deep.include.members([
      ['indirect', 'the press treated him as a “fringe candidate,” with a grin', 'the councillor', 'said'],
      ['mixed', 'fringe candidate,', 'the councillor', 'said'],
    ]);
  });

  it('"as" before the attribution: "…, as Cole said on the radio"', () => {
    const q = (t: string) => quotes(t).map((x) => [x.kind, x.text, x.source?.text, x.cue?.text]);
    expect(q('The race is a dead heat, as Ruth Ellis said on the radio.')).to.deep.equal([['indirect', 'The race is a dead heat', 'Ruth Ellis', 'said']]);
    expect(q('The fact that the race “is a dead heat,” as Ruth Ellis said on the radio, matters.')).to.deep.equal([['mixed', 'is a dead heat,', 'Ruth Ellis', 'said']]);
  });

  it('a single quoted word in narration is the subject\'s only after "as"', () => {
    const q = (t: string) => quotes(t).map((x) => [x.kind, x.text, x.source?.text]);
    expect(q('Ruth Ellis hailed the deal as a “breakthrough.”')).to.deep.equal([['mixed', 'breakthrough.', 'Ruth Ellis']]);
    expect(q('Ruth Ellis met the “establishment” candidate.')).to.deep.equal([]);
    expect(q('The council greeted the plan as “a cheap gimmick.”')).to.deep.equal([['mixed', 'a cheap gimmick.', 'The council']]);
  });

  it('"according to" after a quoted phrase or with a source whose noun is also a verb', () => {
    const q = (t: string) => quotes(t).map((x) => [x.kind, x.text, x.source?.text, x.cue?.text]);
    expect(q('The visit became “the high point of the year,” according to Ruth Ellis.')).to.deep.equal([['mixed', 'the high point of the year,', 'Ruth Ellis', 'according to']]);
    expect(q('The mayor left the dinner early, according to a pool report.')).to.deep.equal([['indirect', 'The mayor left the dinner early', 'a pool report', 'according to']]);
    expect(q('The bridge is “unsafe” and must close, according to the council.')).to.deep.include.members([
      ['indirect', 'The bridge is “unsafe” and must close', 'the council', 'according to'],
      ['mixed', 'unsafe', 'the council', 'according to'],
    ]);
  });

  it('a "so-called" phrase is a scare quote, not a mixed quotation', () => {
    expect(quotes('Ruth Ellis said the so-called “road diet” would slow traffic.').map((x) => x.kind)).to.deep.equal(['indirect']);
    expect(quotes('Ruth Ellis walked past the so-called “road diet” on Friday.')).to.deep.equal([]);
  });

  it('the object or infinitive of a reporting verb is what was said', () => {
    const q = (t: string) => quotes(t).map((x) => [x.kind, x.text, x.source?.text]);
    expect(q('The council announced the new budget for schools.')).to.deep.equal([['indirect', 'the new budget for schools', 'The council']]);
    expect(q('Mayor Ruth Ellis later criticized the bus contract.')).to.deep.equal([['indirect', 'the bus contract', 'Mayor Ruth Ellis']]);
    expect(q('A club spokesman declined to comment on the transfer.')).to.deep.equal([['indirect', 'to comment on the transfer', 'A club spokesman']]);
    expect(q('The teachers union wants a new vote on the deal.')).to.deep.equal([['indirect', 'a new vote on the deal', 'The teachers union']]);
    expect(q('Councillor Amir Shah called for a review of the contract.')).to.deep.equal([['indirect', 'for a review of the contract', 'Councillor Amir Shah']]);
    expect(q('Councillor Amir Shah railed against the contract.')).to.deep.equal([['indirect', 'the contract', 'Councillor Amir Shah']]);
    expect(quotes('If you want a ticket, come early.')).to.deep.equal([]);
    expect(q('Independent candidate Sen. Ann Lee (I-Maine) on Saturday criticized the port deal.')).to.deep.equal([['indirect', 'the port deal', 'Independent candidate Sen. Ann Lee (I-Maine)']]);
    // Not a speaker, a passive, a possessive noun, or a verb inside what another cue reports.
    expect(quotes('The storm denied the village its harvest.')).to.deep.equal([]);
    expect(quotes('The plan was criticized by few.')).to.deep.equal([]);
    expect(quotes("The mayor's attacks drew a crowd.")).to.deep.equal([]);
    expect(q('Ellis said that she had criticized the contract.')).to.deep.equal([['indirect', 'she had criticized the contract', 'Ellis']]);
  });

  it('nouns that look like cues are not cues', () => {
    expect(quotes('His remarks the next day drew crowds. The state of the roads is poor.')).to.deep.equal([]);
  });

  it('an attribution in the middle of reported speech, and after an adverbial', () => {
    const q = quotes('The tax plan, Ella Moss said in an interview, would cost too much.');
    expect(q.map((x) => x.text)).to.deep.equal(['The tax plan', 'would cost too much']);
    expect(q[1]?.continues).to.equal(q[0]?.id);
    expect(quotes('Prices will rise again next year, Ella Moss said on Friday.')[0]?.text).to.equal('Prices will rise again next year');
  });

  it('an inverted cue with the source after it', () => {
    const q = quotes('The mill will close in June, said Ivo Brandt, the union leader.');
    expect([q[0]?.text, q[0]?.source?.text]).to.deep.equal(['The mill will close in June', 'Ivo Brandt']);
  });

  it('a cue line ending in a colon gives the next paragraph its speaker', () => {
    const a = extract('Omar Haddad said:\n\n"We will rebuild the school before winter comes."');
    expect(a.quotes.map((x) => [x.kind, x.cue?.text])).to.deep.equal([['direct', 'said']]);
    expect(speakerOf(a, 0)).to.equal('Omar Haddad');
  });

  it('a name with a state after it ("Sam Reed, R-Ky., said")', () => {
    const a = extract('"The vote will pass," Sam Reed, R-Ky., said Tuesday.');
    expect(speakerOf(a, 0)).to.equal('Sam Reed');
  });

  it('a dash and a name with an initial', () => {
    const a = extract('"We need better schools." ― Julie A. Moreno\nMore text.');
    expect(a.quotes[0]?.source?.text).to.equal('Julie A. Moreno');
  });

  it('a curly opening mark closed by a straight one, and a quote opening with an ellipsis', () => {
    expect(quotes('“Deals must not be a reward," Lena Park said.')[0]?.text).to.equal('Deals must not be a reward,');
    expect(quotes('Intro.\n” … the trip was long and hard,” he said.').map((x) => x.kind)).to.deep.equal(['direct']);
  });

  it('cues beyond the old lexicon: yells, reads, demanded', () => {
    expect(quotes('"Get out of the road now," she yells at him.')[0]?.cue?.text).to.equal('yells');
    expect(quotes('"We support the new schools," the letter reads.')[0]?.source?.text).to.equal('the letter');
    expect(quotes('The mayor demanded that the works stop.')[0]?.text).to.equal('the works stop');
  });

  it('a lone quotation after a mixed one whose cue follows it keeps its speaker', () => {
    const a = extract('Ada Stone left because "the hours were too long," she said. "We never saw our families at all."');
    expect(a.quotes.length).to.equal(2);
    expect(a.quotes[1]?.speaker).to.equal(a.quotes[0]?.speaker);
  });

  it('a cue with no subject of its own falls back to the subject of the sentence, with less confidence', () => {
    const a = extract('Mayor Jo Hart outlined her budget and vowed to end the "waste at city hall" by June.');
    expect(a.quotes.map((x) => [x.kind, x.text, x.source?.text, x.cue?.text])).to.deep.equal([['mixed', 'waste at city hall', 'Mayor Jo Hart', 'vowed']]);
    expect(speakerOf(a, 0)).to.equal('Jo Hart');
    expect(a.quotes[0]!.confidence).to.be.below(0.75);
  });

  it('interview transcript lines: "NAME: …" is a direct quote with NAME as source', () => {
    const a = extract('Part of the interview:\n"HOLT: Will the road open soon?\n"GRANT: Yes. We finish in May.\nThe interview ended.');
    expect(a.quotes.map((x) => [x.kind, x.text, x.source?.text, x.cue?.text])).to.deep.equal([
      ['direct', 'Will the road open soon?', 'HOLT', ':'],
      ['direct', 'Yes. We finish in May.', 'GRANT', ':'],
    ]);
  });

  it('a title in an introductory phrase is not what the cue after it reports', () => {
    const q = quotes('On “Morning Hour,” Ida Kerr said the vote was “a farce.”');
    expect(q.map((x) => [x.kind, x.text])).to.deep.include(['mixed', 'a farce.']);
    expect(q.map((x) => x.text)).to.not.include('Morning Hour,');
  });

  const mixed = (text: string) => quotes(text).filter((x) => x.kind === 'mixed').map((x) => [x.text, x.source?.text, x.cue?.text]);

  it('a participle after a cue speaks for that cue\'s subject, or for the sentence subject', () => {
    expect(mixed('"We will not close the school," the mayor said, adding that repairs would take "several more weeks."')).to.deep.equal([['several more weeks.', 'the mayor', 'adding']]);
    expect(mixed('Ivo Bell spoke on Monday while showing support for the “public option” in the bill.')).to.deep.equal([['public option', 'Ivo Bell', 'showing']]);
  });

  it('"After saying …," the participle speaks for the subject after its clause', () => {
    const q = (text: string) => quotes(text).map((x) => [x.kind, x.text, x.source?.text, x.cue?.text]);
    expect(q('After saying the roof was “close to falling in,” she closed the hall.')).to.deep.equal([['mixed', 'close to falling in,', 'she', 'saying']]);
    const a = extract('Before telling reporters the deal was “finished,” Gov. Lena Ortiz left the room.');
    expect(a.quotes.map((x) => [x.kind, x.text, x.source?.text, x.cue?.text])).to.deep.equal([
      ['indirect', 'the deal was “finished,”', 'Gov. Lena Ortiz', 'telling reporters'],
      ['mixed', 'finished,', 'Gov. Lena Ortiz', 'telling reporters'],
    ]);
    expect(speakerOf(a, 1)).to.equal('Lena Ortiz');
    // A nominal subject; the cue after the quotation does not take it; a clause without marks ends at its comma.
    expect(q('While insisting the fee was “fair,” the director admitted it would rise. After arguing the law was wrong, Tom Reyes voted for it.')).to.deep.equal([
      ['indirect', 'the fee was “fair,”', 'the director', 'insisting'],
      ['mixed', 'fair,', 'the director', 'insisting'],
      ['indirect', 'it would rise', 'the director', 'admitted'],
      ['indirect', 'the law was wrong', 'Tom Reyes', 'arguing'],
    ]);
  });

  it('a capitalized clause word starts the clause of the subject ("Though she called …")', () => {
    expect(mixed('Though she called the plan “reckless,” Mayor Ada Cole signed it.')).to.deep.equal([['reckless,', 'she', 'called']]);
  });

  it('several quoted phrases of one report continue one another', () => {
    const q = quotes('Lia Moss called the deal “a fraud” and “a disgrace.”');
    expect(q.map((x) => [x.kind, x.text])).to.deep.equal([['mixed', 'a fraud'], ['mixed', 'a disgrace.']]);
    expect(q[1]?.continues).to.equal(q[0]?.id);
  });

  it('a capitalized label after "as" is quoted words, not a title', () => {
    expect(mixed('Tom Reyes described the law as “The Great Giveaway.”')).to.deep.equal([['The Great Giveaway.', 'Tom Reyes', 'described']]);
  });

  it('an adverb between subject and cue; rulings, admiration, encouragement', () => {
    expect(mixed('The court then ruled that the fee was “unlawful.”')).to.deep.equal([['unlawful.', 'The court', 'ruled']]);
    expect(mixed('Ana Ruiz openly admires the mayor as a “true reformer.”')).to.deep.equal([['true reformer.', 'Ana Ruiz', 'admires']]);
  });

  it('reported speech ends before a second verb ("wrote that … and encouraged …")', () => {
    const q = quotes('Omar Diaz wrote that the bill was “a mess” and encouraged readers to “call their senators.”');
    expect(q.map((x) => [x.kind, x.text, x.cue?.text])).to.deep.equal([
      ['indirect', 'the bill was “a mess”', 'wrote'],
      ['mixed', 'a mess', 'wrote'],
      ['mixed', 'call their senators.', 'encouraged'],
    ]);
  });

  it('subjects with a parenthesis and an aside, a time, a number, or another verb before the cue', () => {
    expect(mixed('Sen. Ray Holt (D-Ore.), in particular, has been attacking the plan as a “giveaway.”')).to.deep.equal([['giveaway.', 'Sen. Ray Holt (D-Ore.)', 'attacking']]);
    expect(mixed('Lee met Ada Moss, who in 2012 said the tax was "a mistake."')).to.deep.equal([['a mistake.', 'who', 'said']]);
    expect(mixed('63 percent said the plan was "unfair."')).to.deep.equal([['unfair.', '63 percent', 'said']]);
    expect(mixed('Rita Cole, the union leader, met the board and said the offer was "an insult."')).to.deep.equal([['an insult.', 'Rita Cole', 'said']]);
  });
});
