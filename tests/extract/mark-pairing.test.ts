// Which spans of a text are quotations, as pairMarks reads the marks: the article's primary
// style, apostrophes and elisions, marks after any white space, nesting (all text written here).
import { expect } from '@open-wc/testing';
import { pairMarks } from '../../src/extract/marks.js';

/** The quoted words, each with its depth (0: in narration, 1: inside another quotation). */
const quoted = (text: string) => pairMarks(text).map((m) => [text.slice(m.start, m.end), m.depth]);

describe('extract: which spans are quotations', () => {
  const cases: [string, string, (string | number)[][]][] = [
    ['a single mark opens after a tab', "She said\t'we can win,' and left.", [['we can win,', 0]]],
    ['a single mark opens after a no-break space', "She said\u00a0'we can win,' and left.", [['we can win,', 0]]],
    ['a single mark opens after a carriage return', "She said\r'we can win,' and left.", [['we can win,', 0]]],
    ['a plural possessive does not close the quotation', "'The students' books are late,' she said.", [["The students' books are late,", 0]]],
    ["'em does not open one", "'Tell 'em we're coming,' she said.", [["Tell 'em we're coming,", 0]]],
    ["'til does not open one", "'Wait 'til May,' she said.", [["Wait 'til May,", 0]]],
    ["'cause does not open one", "'Stay 'cause we can,' she said.", [["Stay 'cause we can,", 0]]],
    ["'90s does not open one", "'It was the '90s,' she said.", [["It was the '90s,", 0]]],
    ['a single letter in single marks is no quotation', "He got an 'A' again.", []],
    ['a single mark followed by a space opens nothing', "Prices rose ' sharply,' he said.", []],
    ['an attribute value in pasted markup is no quotation', 'She posted <a title="6 May" href="x">“We won,”</a> she said.', [['We won,', 0]]],
    ['a headline takes single marks in a story of double ones', `Lee: Plan ‘Is Doomed’\n"Fine," she said.`, [['Is Doomed', 0], ['Fine,', 0]]],
    [
      'more single quotations than double ones: single marks are the primary style',
      `'Fine,' she said. 'Thanks,' he said. "Odd" was all.`,
      [['Fine,', 0], ['Thanks,', 0], ['Odd', 0]],
    ],
    [
      'as many of each: double marks are, and single ones count only inside them',
      `'Fine,' she said. "Thanks," he said.`,
      [['Thanks,', 0]],
    ],
    ['single marks in narration are not quotations in a text with double ones', `He said 'no' and she said "yes" twice.`, [['yes', 0]]],
    ['a mark after a bracket or a dash opens', '(“We won”) he said, —“and we will”.', [['We won', 0], ['and we will', 0]]],
    ['a closing mark that stands where an opening one would opens (”…”)', 'He said ”no” today.', [['no', 0]]],
    ['a straight mark closes before a word that follows it', '"Yes"and no', [['Yes', 0]]],
    ['an opening mark typed for a closing one closes where only a closing one can stand', '“We won“ he said', [['We won', 0]]],
    ['…but not where it could open another', 'The “Yes“campaign', []],
    ['quotations nest', '"He said “no” and left," she said.', [['He said “no” and left,', 0], ['no', 1]]],
    ['guillemets nest, with spaces inside', '«Il a dit « non » hier»', [['Il a dit « non » hier', 0], [' non ', 1]]],
    ['a quotation runs on over a paragraph that opens with its mark again', '"Start.\n\n"More here," he said.', [['Start.\n\n"More here,', 0]]],
    ['…not over one that opens with another kind of mark', '“Start.\n«More»', [['More', 0]]],
    ['…nor a single-quoted one', "'Start.\n'More here,' he said.", [['More here,', 0]]],
    ["two apostrophes typed for a double mark are one mark", "He said, ''We won.'' Then ''no'' again.", [['We won.', 0], ['no', 0]]],
    ["…with a single quotation inside, closed by three apostrophes", "''We were told, 'Wait,''' she said.", [["We were told, 'Wait,'", 0], ['Wait,', 1]]],
    ["…or opened by three", "'''Stop' was all he said,'' she recalled.", [["'Stop' was all he said,", 0], ['Stop', 1]]],
    ["…and apostrophes inside words stay apostrophes", "''It's Ann's,'' he said.", [["It's Ann's,", 0]]],
  ];
  for (const [what, text, want] of cases) it(what, () => expect(quoted(text)).to.deep.equal(want));

  it('a quotation inside a quotation knows its parent', () => {
    const text = '"A “b” c," she said. "D “e” f."';
    expect(pairMarks(text).map((m) => m.parent)).to.deep.equal([-1, 0, -1, 2]);
  });
});
