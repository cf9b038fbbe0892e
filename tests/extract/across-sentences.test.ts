// What carries over from one sentence or paragraph to the next: a quotation standing alone
// continues the last speaker, a lede's unnamed source is named a few sentences later, and
// reported speech nobody can be found to have said is not proposed (all text written here).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';

/** Per quotation: kind, words, speaker name (null: nobody), the id it continues (null: none). */
const rows = (text: string) => {
  const a = extract(text);
  return a.quotes.map((q) => [q.kind, q.text, a.speakers.find((s) => s.id === q.speaker)?.name ?? null, q.continues ?? null]);
};

describe('extract: across sentences and paragraphs', () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      'a quotation standing alone in the same paragraph continues the last one',
      '"We won," said Ann Cole. "We will win again next year."',
      [['direct', 'We won,', 'Ann Cole', null], ['direct', 'We will win again next year.', 'Ann Cole', 'q1']],
    ],
    [
      'in the next paragraph it is a new quotation by the same speaker',
      '"We won," said Ann Cole.\n"We will win again next year."',
      [['direct', 'We won,', 'Ann Cole', null], ['direct', 'We will win again next year.', 'Ann Cole', null]],
    ],
    [
      'three paragraphs later nobody is assumed to say it, and it is not proposed',
      '"We won," said Ann Cole.\nThe crowd cheered.\nThe band played.\n"We will win again next year."',
      [['direct', 'We won,', 'Ann Cole', null]],
    ],
    [
      'after a quotation ending in a full stop, the cue that follows is still its attribution',
      '"We lost." Ann Cole said. "We will be back next year."',
      [['direct', 'We lost.', 'Ann Cole', null], ['direct', 'We will be back next year.', 'Ann Cole', 'q1']],
    ],
    [
      'a quotation standing alone after reported speech is not given to its speaker',
      'Ann Cole said that the vote was fair. "We will win again next year."',
      [['indirect', 'the vote was fair', 'Ann Cole', null]],
    ],
    [
      'after first-person words without marks it is',
      'I was tired of waiting for my turn, Ann Cole wrote. "We will try again next spring."',
      [['unmarked', 'I was tired of waiting for my turn', 'Ann Cole', null], ['direct', 'We will try again next spring.', 'Ann Cole', 'q1']],
    ],
    [
      'a lede\'s "a veteran diplomat" is the person named within the next three sentences',
      'A veteran diplomat said on Monday that he had resigned. The war went on. The talks stalled. Boris Lind wrote that the war was a crime.',
      [['indirect', 'he had resigned', 'Boris Lind', null], ['indirect', 'the war was a crime', 'Boris Lind', null]],
    ],
    [
      'a name any later is someone else',
      'A veteran diplomat said on Monday that he had resigned. The war went on. The talks stalled. The town slept. Boris Lind wrote that the war was a crime.',
      [['indirect', 'he had resigned', 'Veteran diplomat', null], ['indirect', 'the war was a crime', 'Boris Lind', null]],
    ],
    [
      '"the veteran diplomat" is someone known, not a lede waiting for a name',
      'The veteran diplomat said on Monday that he had resigned. Boris Lind wrote that the war was a crime.',
      [['indirect', 'he had resigned', 'Veteran diplomat', null], ['indirect', 'the war was a crime', 'Boris Lind', null]],
    ],
    [
      'reported speech with nobody to be "he" is not proposed',
      'Prices will rise again next year, he said.',
      [],
    ],
    [
      '…but "they" with nobody named is proposed, for the editor to name them',
      'Within a year, they said, prices will rise again.',
      [['indirect', 'Within a year', null, null], ['indirect', 'prices will rise again', null, 'q1']],
    ],
    [
      'a frame before a colon that names nobody: the last speaker goes on',
      '“We will rebuild,” Ann Cole said. Then, the punch line: “And we will pay for it ourselves.”',
      [['direct', 'We will rebuild,', 'Ann Cole', null], ['direct', 'And we will pay for it ourselves.', 'Ann Cole', 'q1']],
    ],
  ];
  for (const [what, text, want] of cases) it(what, () => expect(rows(text)).to.deep.equal(want));

  it('a quoted phrase with no cue is the sentence subject\'s, with less confidence, and has no cue', () => {
    const text = 'Ann Cole liked the “quiet and calm streets” of the old town.';
    const [q, ...more] = extract(text).quotes;
    expect(more).to.deep.equal([]);
    expect(q).to.deep.include({ kind: 'mixed', text: 'quiet and calm streets', start: 20, end: 42, speaker: 'ann-cole', source: { start: 0, end: 8, text: 'Ann Cole' } });
    expect(q).to.not.have.any.keys('cue', 'continues');
    expect(q!.confidence).to.be.below(extract('“We like the quiet,” said Ann Cole.').quotes[0]!.confidence!);
  });
});
