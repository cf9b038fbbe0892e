// Reported speech without quotation marks: which words after a cue are what was said, where
// they end, and which words only look like cues (all text written here).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';

/** Per quotation: kind, words, source mention, cue. */
const rows = (text: string) => extract(text).quotes.map((q) => [q.kind, q.text, q.source?.text ?? null, q.cue?.text ?? null]);

describe('extract: reported speech', () => {
  const cases: [string, string, (string | null)[][]][] = [
    ['"said nothing" reports nothing', 'Ann Cole said nothing about the plan.', []],
    ['an adverb or a day between the verb and "that" is not reported', 'Ann Cole said later that the plan failed. Tom Lee said Monday that it had not.', [['indirect', 'the plan failed', 'Ann Cole', 'said'], ['indirect', 'it had not', 'Tom Lee', 'said']]],
    ['a group named with an -ing word speaks; a question put to someone is not their words', 'Shipping analysts warned that the backlog would grow. Asked whether the union would accept arbitration, Okafor shrugged.', [['indirect', 'the backlog would grow', 'Shipping analysts', 'warned']]],
    ['"said so" reports nothing', 'Ann Cole said so at the meeting.', []],
    ['a clause that opens with a title and its full stop', "Ann Cole said Ms. Lane's comments were unfair.", [['indirect', "Ms. Lane's comments were unfair", 'Ann Cole', 'said']]],
    ['a reported question after "asked why"', 'Ann Cole asked why the plan failed.', [['indirect', 'why the plan failed', 'Ann Cole', 'asked']]],
    ['a reported explanation after "explained how"', 'Ann Cole explained how the plan failed.', [['indirect', 'how the plan failed', 'Ann Cole', 'explained']]],
    ['a subject after "why" opening the sentence', 'That is why critics say the plan failed.', [['indirect', 'the plan failed', 'critics', 'say']]],
    ['a reported doubt after "wondered if"', 'Ann Cole wondered if the plan would fail.', [['indirect', 'if the plan would fail', 'Ann Cole', 'wondered']]],
    ['a subject and a verb in the past after a cue that needs them', 'The council warned the staff worked late.', [['indirect', 'the staff worked late', 'The council', 'warned']]],
    ['the object of a reporting verb is what was reported', 'The council warned residents about the planned cuts.', [['indirect', 'residents about the planned cuts', 'The council', 'warned']]],
    ['"wants to claim" is her stance, not a claim she made', 'Ann Cole wants to claim that the plan failed.', [['indirect', 'to claim that the plan failed', 'Ann Cole', 'wants']]],
    ['"of claims" is a noun', 'Ann Cole read a list of claims that the plan failed.', []],
    ['the addressee is part of the cue', 'Ann Cole told the committee that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'told the committee']]],
    ["…with a possessive", "Ann Cole told CNN's Jake Tapper that the plan failed.", [['indirect', 'the plan failed', 'Ann Cole', "told CNN's Jake Tapper"]]],
    ['a second verb after "and" has the subject of the first', 'Ann Cole read the letter and stated that the plan was wrong.', [['indirect', 'the plan was wrong', 'Ann Cole', 'stated']]],
    ['…and after "but"', 'Ann Cole read the letter twice but insisted that the plan was wrong.', [['indirect', 'the plan was wrong', 'Ann Cole', 'insisted']]],
    ['the report ends before ", but …"', 'Tom Lee said that the plan would fail, but Ann Cole disagreed.', [['indirect', 'the plan would fail', 'Tom Lee', 'said']]],
    ['…before ", which …"', 'Tom Lee said that the plan would fail, which surprised Ann Cole.', [['indirect', 'the plan would fail', 'Tom Lee', 'said']]],
    ['…before a dash and a conjunction', 'Tom Lee said the plan had been led astray by “insiders” — and he named two of them.', [['indirect', 'the plan had been led astray by “insiders”', 'Tom Lee', 'said'], ['mixed', 'insiders', 'Tom Lee', 'said']]],
    ['…before "and" and another verb', 'Ann Cole said that the plan failed and blamed the mayor.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['…and an object before "but" and another cue', 'Ann Cole praised the mayor but warned that the plan would fail.', [['indirect', 'the mayor', 'Ann Cole', 'praised'], ['indirect', 'the plan would fail', 'Ann Cole', 'warned']]],
    ['a headline in title case reports with a capitalised cue', 'Mayor Cole Says Bridge Will Reopen In May', [['indirect', 'Bridge Will Reopen In May', 'Mayor Cole', 'Says']]],
    ['…but a capitalised cue word in a sentence is a name', 'Ann Cole met Tom Says in Leeds on Monday.', []],
    // Reports inside reports.
    ["another speaker's warning inside a report is part of the report", 'Tom Lee told reporters that Ann Cole had warned that the plan would fail.', [['indirect', 'Ann Cole had warned that the plan would fail', 'Tom Lee', 'told reporters']]],
    ['…but what another speaker said inside it is a report of its own', 'Tom Lee said that Ann Cole said the plan failed.', [['indirect', 'Ann Cole said the plan failed', 'Tom Lee', 'said'], ['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    // Who said it: the subject before the cue, past what stands between.
    ['a description between commas is passed over', 'The director, a former teacher, said that the plan failed.', [['indirect', 'the plan failed', 'The director', 'said']]],
    ['…and after a name, an age and a description', 'Ann Cole, 41, a nurse from Leeds, said that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['…and past an aside with a title in it', 'Ann Cole, the author of “Going Home”, said that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['…and past an aside between dashes', 'Ann Cole — a nurse from Leeds — said that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['…and between double hyphens', 'Ann Cole -- a nurse from Leeds -- said that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['a time between subject and cue', 'Ann Cole on Monday said that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['a year between subject and cue', 'Ann Cole in 2010 said that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['an opening phrase before the subject: a day', 'On Monday Ann Cole said that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['…a phrase with a determiner', 'In a statement the ministry said the plan failed.', [['indirect', 'the plan failed', 'the ministry', 'said']]],
    ['…before a pronoun', 'At the rally she said the plan had “failed.”', [['indirect', 'the plan had “failed.”', 'she', 'said'], ['mixed', 'failed.', 'she', 'said']]],
    ['a role with a noun that is also a verb ("secretary of state")', 'The former secretary of state said that the plan failed.', [['indirect', 'the plan failed', 'The former secretary of state', 'said']]],
    ['a dotted abbreviation does not end the reported clause', 'Ann Cole said the U.S. “clearly” needed a new plan.', [['indirect', 'the U.S. “clearly” needed a new plan', 'Ann Cole', 'said'], ['mixed', 'clearly', 'Ann Cole', 'said']]],
    ['a dateline is not part of what was said', 'PORTLAND, Maine (AP) — The plan failed, the mayor said.', [['indirect', 'The plan failed', 'the mayor', 'said']]],
    ['a party and state in brackets after the name', 'Rep. Gwen Moore (D-Wis.) said that the plan failed.', [['indirect', 'the plan failed', 'Rep. Gwen Moore (D-Wis.)', 'said']]],
    // Between the cue and the clause: a time phrase, an addressee of several words.
    ['a time phrase between the verb and a clause without "that"', 'Ann Cole said on Friday she met the council. Tom Lee said late Tuesday night the vote was lost.', [['indirect', 'she met the council', 'Ann Cole', 'said'], ['indirect', 'the vote was lost', 'Tom Lee', 'said']]],
    ['…and a time phrase before "that"', 'Ann Cole said earlier this week that the plan failed.', [['indirect', 'the plan failed', 'Ann Cole', 'said']]],
    ['…but a time phrase before a noun is no clause', 'Ann Cole said on Friday the vote.', []],
    ['a contracted pronoun starts the clause', "Ann Cole told reporters she's not running again.", [['indirect', "she's not running again", 'Ann Cole', 'told reporters']]],
    ['an addressee named with "of" and "and"', 'Ann Cole told The Herald of Leeds last week she would run. Tom Lee told The Post and Courier he would not.', [['indirect', 'she would run', 'Ann Cole', 'told The Herald of Leeds'], ['indirect', 'he would not', 'Tom Lee', 'told The Post and Courier']]],
    ['a verb of saying after "and" and any verb has the sentence subject', 'Ann Cole toured the plant and said it would close in May.', [['indirect', 'it would close in May', 'Ann Cole', 'said']]],
    // The object of a reporting verb after a subject with a role between commas.
    ['a role between commas before a reporting verb and its object', 'Ann Cole, a councillor from Leeds, criticized the decision to close the library.', [['indirect', 'the decision to close the library', 'Ann Cole', 'criticized']]],
    ['…and a relative clause', 'Tom Lee, who chairs the board, has vowed to reopen the library.', [['indirect', 'to reopen the library', 'Tom Lee', 'vowed']]],
    ['an organisation named "the city of …" speaks', 'In a notice, the city of Leeds urged residents to stay indoors.', [['indirect', 'residents to stay indoors', 'the city of Leeds', 'urged']]],
    ['a progressive is active: its object is reported', 'Ann Cole is urging voters to back the plan. The plan was praised by few.', [['indirect', 'voters to back the plan', 'Ann Cole', 'urging']]],
    ['a participle after its clause has that clause\'s subject', 'Ann Cole has called out the mayor, criticizing his plan to close the library.', [['indirect', 'his plan to close the library', 'Ann Cole', 'criticizing']]],
    ['…but "referring to" glosses the words, it reports none', '“We will rebuild,” Ann Cole said, referring to the library.', [['direct', 'We will rebuild,', 'Ann Cole', 'said']]],
    ['"pushed back" has no object; "pushed back on" has the one after it', 'The mayor pushed back. Ann Cole pushed back on the cuts.', [['indirect', 'back on the cuts', 'Ann Cole', 'pushed']]],
    ['an infinitive\'s "to" does not make "that" a complementizer', 'Ann Cole vowed to block any plan that raises fares.', [['indirect', 'to block any plan that raises fares', 'Ann Cole', 'vowed']]],
    ['a cue word after a determiner is a noun: "wrote in a note that"', 'The analysts wrote in a note that the savings were small.', [['indirect', 'the savings were small', 'The analysts', 'wrote']]],
    ['a cue word after a possessive is a noun: "the company\'s plans"', "A person familiar with the company's plans said the sale was near.", [['indirect', 'the sale was near', "A person familiar with the company's plans", 'said']]],
    ['"who asked not to be named" reports nothing', 'An aide, who asked not to be named, said the talks had stalled.', [['indirect', 'the talks had stalled', 'An aide', 'said']]],
    ['a possessive phrase before a name between commas is no name: the name speaks', "Ms Lowe's neighbour, Sanjay Mehta, said the offer was low.", [['indirect', 'the offer was low', 'Sanjay Mehta', 'said']]],
    ['an opening phrase before a verb and its infinitive is not what was said', 'Long a critic of the plan, Ann Cole promised to fight it in court.', [['indirect', 'to fight it in court', 'Ann Cole', 'promised']]],
  ];
  for (const [what, text, want] of cases) it(what, () => expect(rows(text)).to.deep.equal(want));
});
