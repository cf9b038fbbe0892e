// Where each attribution rule applies and where it stops: headlines, a cue line ending in a
// colon, "according to", a trailing "…, she said", quoted phrases with no cue, and names with
// titles, initials and particles (all text written here).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';

/** Per quotation: kind, words, source mention, speaker name (null: nobody). */
const rows = (text: string) => {
  const a = extract(text);
  return a.quotes.map((q) => [q.kind, q.text, q.source?.text ?? null, a.speakers.find((s) => s.id === q.speaker)?.name ?? null]);
};

describe('extract: where each attribution rule stops', () => {
  const cases: [string, string, (string | null)[][]][] = [
    // A headline "Name: claim".
    ['a headline\'s claim loses its final punctuation', 'Mayor Ortiz: Bridge will reopen in May!\nOrtiz spoke to the council.', [['indirect', 'Bridge will reopen in May', 'Mayor Ortiz', 'Ortiz']]],
    ['a label the story never names again is a column or a section, not a speaker', 'Delegate Update: Bridge will reopen in May\nThe council met on Monday.', []],
    ['a headline that asks is no claim', 'Ortiz: Will the bridge reopen in May?\nOrtiz spoke to the council.', []],
    ['one label in capitals is a label of the page, not a transcript', 'BYLINE: Ann Cole.\nThe council met on Monday.', []],
    ['"Name: claim" in the middle of a paragraph is no headline', 'The vote passed. Mayor Ortiz: Bridge will reopen in May.', []],
    ['a label and one word is no claim', 'Mayor Ortiz: Yes', []],
    ['a label that names nobody is no source', 'The mayor: Bridge will reopen in May', []],
    [
      'a headline quotes with single marks even when the story uses double ones',
      'Ortiz: Bridge Is ‘Safe for Everyone’\nMayor Ana Ortiz said, “We checked every bolt.”',
      [['indirect', 'Bridge Is ‘Safe for Everyone’', 'Ortiz', 'Ana Ortiz'], ['mixed', 'Safe for Everyone', 'Ortiz', 'Ana Ortiz'], ['direct', 'We checked every bolt.', 'Mayor Ana Ortiz', 'Ana Ortiz']],
    ],
    [
      '…but single marks in the body of that story are still apostrophes',
      'Ortiz: Bridge Is ‘Safe’\nThe ‘old’ bridge closed, Mayor Ana Ortiz said, “We checked every bolt.”',
      [['indirect', 'Bridge Is ‘Safe’', 'Ortiz', 'Ana Ortiz'], ['mixed', 'Safe', 'Ortiz', 'Ana Ortiz'], ['direct', 'We checked every bolt.', 'Mayor Ana Ortiz', 'Ana Ortiz']],
    ],
    ['an adverb opening a sentence is no speaker', 'Then he left. “It was good,” she said.', [['direct', 'It was good,', 'she', null]]],
    ['after a number a word in -s is a plural noun, no cue', 'Five questions for the new transit chief\nTwo claims were checked.', []],
    // A cue line ending in a colon, and the quotation in the next paragraph.
    [
      'the colon must close the cue\'s clause',
      'Omar Haddad said this to the crowd on Monday:\n\n"We will rebuild the school before winter comes."',
      [],
    ],
    ['a verb that reports no words ("hoped:") gives no speaker', 'Omar Haddad hoped:\n\n"We will rebuild the school before winter comes."', []],
    ['nor a cue line ending in a full stop', 'Omar Haddad said no more.\n\n"We will rebuild the school before winter comes."', []],
    // "according to"
    [
      '"according to" without a comma reports nothing, and spoils nothing else',
      'According to Ann Cole the cost doubled. "We will pay," said Tom Lee.',
      [['direct', 'We will pay,', 'Tom Lee', 'Tom Lee']],
    ],
    ['one word before ", according to" is no report', 'Yes, according to Ann Cole.', []],
    ['"X said, according to Y" reports nothing of Y\'s', 'The plant will close in May. Tom Lee said at a meeting, according to the Ledger.', []],
    [
      'a clause before ", according to" is still reported',
      'The plant will close in May and hundreds of jobs will go, according to the Ledger.',
      [['indirect', 'The plant will close in May and hundreds of jobs will go', 'the Ledger', 'Ledger']],
    ],
    // A trailing "…, she said" with no marks.
    ['three words before ", she said" are a report', 'Prices will rise, Ann Cole said.', [['indirect', 'Prices will rise', 'Ann Cole', 'Ann Cole']]],
    ['two are not', 'Prices rise, Ann Cole said.', []],
    ['after a verb of believing too', 'Prices will rise next year, Ann Cole believes.', [['indirect', 'Prices will rise next year', 'Ann Cole', 'Ann Cole']]],
    ['but an opening phrase before "decided" is no report', 'Worried about the cost of the bridge, Ann Cole decided.', []],
    ['nor one before "sought"', 'Steering clear of the quarrel over the bridge, Ann Cole sought.', []],
    [
      'a cue ending in a colon introduces what follows, not the phrase before it',
      'At the rally on Monday, Ann Cole declared:\n\n"We will rebuild the school before winter comes."',
      [['direct', 'We will rebuild the school before winter comes.', 'Ann Cole', 'Ann Cole']],
    ],
    // Words imagined after a modal ("we cannot say", "they'll say") are nobody's quotation.
    [
      'a quotation after "cannot say" inside a quotation is not a second quote',
      'Ann Cole spoke at the hall. “Voters will not wait. We cannot say, ‘Let the people decide,’ and then walk away,” she said.',
      [['direct', 'Voters will not wait. We cannot say, ‘Let the people decide,’ and then walk away,', 'she', 'Ann Cole']],
    ],
    [
      'nor one after "they\'ll say"',
      'Tom Lee was blunt. “They\'ll say, ‘You lost the vote.’ I\'d say we won the argument,” he said.',
      [['direct', 'They\'ll say, ‘You lost the vote.’ I\'d say we won the argument,', 'he', 'Tom Lee']],
    ],
    ['"would later say" still reports', 'Ann Cole would later say the plan had failed.', [['indirect', 'the plan had failed', 'Ann Cole', 'Ann Cole']]],
    ['nor when the words follow on the same line', 'In her speech last night, Ann Cole said: "We will rebuild the school."', [['direct', 'We will rebuild the school.', 'Ann Cole', 'Ann Cole']]],
    ['a report starts after a semicolon', 'The plan failed; prices will rise, Ann Cole said.', [['indirect', 'prices will rise', 'Ann Cole', 'Ann Cole']]],
    // A quoted phrase with no cue.
    ['a quoted phrase with no cue is nobody\'s when the subject is a thing', 'The town liked the “quiet and calm streets” of the old port.', []],
    [
      'a quoted phrase after "as a" at the end of a sentence is the subject\'s words, its full stop and all',
      'Ann Cole heralded the deal as a “historic breakthrough.”',
      [['mixed', 'historic breakthrough.', 'Ann Cole', 'Ann Cole']],
    ],
    ['but a capitalised sentence after "as" is not a phrase of hers', 'Ann Cole heralded the deal as “A deal that changes everything.”', []],
    ['a single quoted word with no cue is a scare quote', 'Ann Cole liked the “quiet” streets of the old port.', []],
    // Names.
    ['a title with a full stop, and an initial kept in the name', '"Yes," said Dr. J. Doe.', [['direct', 'Yes,', 'Dr. J. Doe', 'J. Doe']]],
    ['particles inside a name stay in it', '"Yes," said Ursula von der Leyen.', [['direct', 'Yes,', 'Ursula von der Leyen', 'Ursula von der Leyen']]],
    ['a party and state in brackets are not part of the name', '"We will vote," said Sen. Ray Holt (D-Ore.).', [['direct', 'We will vote,', 'Sen. Ray Holt', 'Ray Holt']]],
    ['an introductory phrase before the subject is passed over', 'In the end, Ann Cole liked the “quiet and calm streets” of the town.', [['mixed', 'quiet and calm streets', 'Ann Cole', 'Ann Cole']]],
    // Titles of works are not speech, small words and all.
    ['a title with "and"', 'Her novel “Pride and Prejudice” sold well.', []],
    ['a title with "of the"', 'Her film “Return of the King” sold well.', []],
    // A quotation standing alone after another one.
    ['two words standing alone are no quotation', '"We won," said Ann Cole. "Great day."', [['direct', 'We won,', 'Ann Cole', 'Ann Cole']]],
    ['nor a phrase that is no sentence', '"We won," said Ann Cole. "and more of the same"', [['direct', 'We won,', 'Ann Cole', 'Ann Cole']]],
    [
      'a sentence that opens with an ellipsis is one',
      '"We won," said Ann Cole. "... and we will win again next year."',
      [['direct', 'We won,', 'Ann Cole', 'Ann Cole'], ['direct', '... and we will win again next year.', 'Ann Cole', 'Ann Cole']],
    ],
    [
      'so is one that opens with a number',
      '"We won," said Ann Cole. "2024 will be our year again."',
      [['direct', 'We won,', 'Ann Cole', 'Ann Cole'], ['direct', '2024 will be our year again.', 'Ann Cole', 'Ann Cole']],
    ],
    // Transcripts.
    ['a speaker label must start its line: here it is part of what he said', 'He said ROSS: we will win', [['indirect', 'ROSS: we will win', 'He', null]]],
    ['a label of two words in capitals', 'AMY ROSS: We will win.\nROSS: We will.', [['direct', 'We will win.', 'AMY ROSS', 'Amy Ross'], ['direct', 'We will.', 'ROSS', 'Amy Ross']]],
  ];
  for (const [what, text, want] of cases) it(what, () => expect(rows(text)).to.deep.equal(want));

  it('a role between commas after a name is its role; a clause or a thing there is not', () => {
    const roles = (text: string) => extract(text).speakers.map((s) => [s.name, s.role ?? null]);
    expect(roles('"We will win," said Maria Okafor, a regional organiser for the dockers\' union.')).to.deep.equal([['Maria Okafor', "regional organiser for the dockers' union"]]);
    expect(roles('Maria Okafor, 41, a union organiser, said the strike would go on.')).to.deep.equal([['Maria Okafor', 'union organiser']]);
    expect(roles('"No," said Ann Cole, the city\'s mayor.')).to.deep.equal([['Ann Cole', "city's mayor"]]);
    expect(roles('"Yes," said Tom Lee, who runs the bakery.')).to.deep.equal([['Tom Lee', null]]);
    expect(roles('"Yes," said Tom Lee, the bakery on Main Street.')).to.deep.equal([['Tom Lee', null]]);
  });

  it('a title before a name is its role, without its full stop', () => {
    expect(extract('"Yes," said Dr. J. Doe.').speakers).to.deep.equal([{ id: 'j-doe', name: 'J. Doe', role: 'Dr' }]);
    expect(extract('"We will vote," said Sen. Ray Holt (D-Ore.).').speakers).to.deep.equal([{ id: 'ray-holt', name: 'Ray Holt', role: 'Sen' }]);
  });
});
