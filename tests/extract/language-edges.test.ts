// Edges of the other languages' rules: dialogue lines next to marked quotations, Japanese
// quotations standing alone and pronouns (all text written here).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';

/** Per quotation: kind, words, speaker name (null: nobody), the id it continues (null: none). */
const rows = (text: string, language: string) => {
  const a = extract(text, { language });
  return a.quotes.map((q) => [q.kind, q.text, a.speakers.find((s) => s.id === q.speaker)?.name ?? null, q.continues ?? null]);
};

describe('extract: dialogue lines next to marked quotations', () => {
  it('a dialogue line before a marked quotation keeps the quotation nested inside it', () => {
    const text = '— Nous partons demain matin, a déclaré Marie Roy.\n« Le maire a dit « nous partons » hier soir », a déclaré Paul Roy.';
    expect(rows(text, 'fr').map((r) => r.slice(0, 3))).to.deep.equal([
      ['direct', 'Nous partons demain matin', 'Marie Roy'],
      ['direct', 'Le maire a dit « nous partons » hier soir', 'Paul Roy'],
      ['mixed', 'nous partons', 'Le maire'],
    ]);
  });

  it('each dialogue line has its own speaker', () => {
    const text = '— Nous partons demain matin, a déclaré Marie Roy.\n— Nous restons ici ce soir, a répondu Paul Roy.';
    expect(rows(text, 'fr')).to.deep.equal([
      ['direct', 'Nous partons demain matin', 'Marie Roy', null],
      ['direct', 'Nous restons ici ce soir', 'Paul Roy', null],
    ]);
  });
});

describe('extract: Japanese quotations standing alone', () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      'a sentence in 「」 standing alone continues the quotation before',
      '佐藤氏は「来年も続けたい」と話した。「再来年も続けたいと思う。」',
      [['direct', '来年も続けたい', '佐藤', null], ['direct', '再来年も続けたいと思う。', '佐藤', 'q1']],
    ],
    ['a short word in 「」 standing alone does not', 'ロペス大統領は「合意は近い」と強調した。「はい。」', [['direct', '合意は近い', 'ロペス', null]]],
    ['nor words in 「」 that narration goes on from', '佐藤氏は「来年も続けたい」と話した。「再来年も続けたいと思う」が、まだ決まっていない。', [['direct', '来年も続けたい', '佐藤', null]]],
    [
      '彼女 names the person who spoke before',
      '佐藤花子氏は「来年も続けたい」と話した。彼女は「再来年もです」と述べた。',
      [['direct', '来年も続けたい', '佐藤花子', null], ['direct', '再来年もです', '佐藤花子', null]],
    ],
  ];
  for (const [what, text, want] of cases) it(what, () => expect(rows(text, 'ja')).to.deep.equal(want));
});

describe('extract: letters that change length in lower case', () => {
  it('a dotted capital İ before a quotation moves nothing', () => {
    const text = 'İİİ İİİ. "We will win," said Ann Cole.';
    const [q] = extract(text).quotes;
    expect([q?.text, q?.source?.text, q?.cue?.text]).to.deep.equal(['We will win,', 'Ann Cole', 'said']);
  });
});
