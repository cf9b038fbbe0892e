import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';
import { pairMarks } from '../../src/extract/marks.js';
import type { Article, Quote } from '../../src/model/types.js';
import { expectLinear } from '../shared/growth.js';

/** The output invariants every article must keep, whatever the input. */
function checkInvariants(a: Article): void {
  const ids = new Set<string>();
  const speakers = new Set(a.speakers.map((s) => s.id));
  expect(speakers.size).to.equal(a.speakers.length);
  let prev = -1;
  for (const q of a.quotes) {
    expect(q.text).to.equal(a.body.slice(q.start, q.end));
    if (q.source) expect(q.source.text).to.equal(a.body.slice(q.source.start, q.source.end));
    if (q.cue) expect(q.cue.text).to.equal(a.body.slice(q.cue.start, q.cue.end));
    expect(q.start).to.be.at.least(prev);
    prev = q.start;
    expect(ids.has(q.id)).to.equal(false);
    ids.add(q.id);
    if (q.speaker !== null) expect(speakers.has(q.speaker)).to.equal(true);
    if (q.continues) expect(ids.has(q.continues)).to.equal(true);
  }
  // Nested or disjoint: sorted by start, each quote ends inside every open one (linear, with a stack).
  const open: Quote[] = [];
  for (const q of a.quotes) {
    while (open.length && open[open.length - 1]!.end <= q.start) open.pop();
    const outer = open[open.length - 1];
    if (outer && q.end > outer.end) expect.fail(`${outer.id} and ${q.id} partly overlap`);
    open.push(q);
  }
}

const only = (a: Article, kind?: string) => a.quotes.filter((q) => !kind || q.kind === kind);
const speakerName = (a: Article, q: Quote | undefined) => a.speakers.find((s) => s.id === q?.speaker)?.name;
const one = (text: string, lang?: string) => {
  const a = extract(text, lang ? { language: lang } : {});
  checkInvariants(a);
  return a;
};

describe('extract: quotation marks', () => {
  it('pairs straight and curly double quotes', () => {
    const a = one('"We will win," said Mary Smith. Then “We lost,” she said.');
    expect(only(a).map((q) => q.text)).to.deep.equal(['We will win,', 'We lost,']);
  });

  it('tells nested single quotes from apostrophes', () => {
    const a = one(`"My students' rock 'n' roll in the '90s didn't stop when Russia's envoy said, 'Sit down now,'" Anna Berg said.`);
    const texts = only(a).map((q) => q.text);
    expect(texts).to.include('Sit down now,');
    expect(texts.filter((t) => t.length < 12)).to.deep.equal([]);
  });

  it('reads German „…“, French « … », guillemets ‹ › and Japanese 「」', () => {
    expect(pairMarks('Er sagte: „Wir bleiben.“').map((m) => m.depth)).to.deep.equal([0]);
    const de = one('„Wir bleiben hier“, sagte Merkel.', 'de');
    expect(de.quotes[0]?.text).to.equal('Wir bleiben hier');
    expect(speakerName(de, de.quotes[0])).to.equal('Merkel');
    const fr = one('« Nous resterons ici », a déclaré Macron.', 'fr');
    expect(fr.quotes[0]?.text).to.equal('Nous resterons ici');
    expect(speakerName(fr, fr.quotes[0])).to.equal('Macron');
    expect(pairMarks('He said ‹ yes › today.')).to.have.length(1);
    expect(pairMarks('田中氏は「賛成です」と述べた。')).to.have.length(1);
  });

  it('keeps a quotation of several paragraphs as one', () => {
    const text = 'Jane Doe said:\n"First paragraph of the speech.\n"Second paragraph, the end."\nNarration.';
    const marks = pairMarks(text);
    expect(marks).to.have.length(1);
    expect(text.slice(marks[0]!.start, marks[0]!.end)).to.contain('Second paragraph');
  });

  it('never lets an unbalanced mark swallow the rest of the article', () => {
    const text = 'He said "this never closes.\nNext paragraph "is fine" here.\nAnd a third.';
    const marks = pairMarks(text);
    expect(marks.map((m) => text.slice(m.start, m.end))).to.deep.equal(['is fine']);
  });
});

describe('extract: kinds', () => {
  it('direct with a cue before, after, and split', () => {
    const a = one('Tom Lee said, "The plan works." "It is late," he added, "but we can still win."');
    const [q1, q2, q3] = only(a);
    expect([q1?.kind, q2?.kind, q3?.kind]).to.deep.equal(['direct', 'direct', 'direct']);
    expect(q3?.continues).to.equal(q2?.id);
    expect(q1?.cue?.text).to.equal('said');
  });

  it('quotes introduced by a colon or a dash', () => {
    const a = one('The minister told reporters: "We will not resign."\nMaria Ortiz ― "This is a scandal."');
    expect(only(a, 'direct').map((q) => q.cue?.text)).to.deep.equal(['told reporters', '―']);
    expect(speakerName(a, a.quotes[1])).to.equal('Maria Ortiz');
  });

  it('a quoted phrase inside narration is mixed; scare quotes and titles are left out', () => {
    const a = one('Ann Cole condemned the "reckless and cruel policy" of the ministry. The so-called "special operation" continued, and the film "Night Train" opened.');
    expect(only(a).map((q) => [q.kind, q.text])).to.deep.equal([['mixed', 'reckless and cruel policy']]);
  });

  it('reported speech is indirect, with the content span', () => {
    const a = one('Officials said that the bridge would reopen in May. According to the mayor, the cost doubled.');
    const ind = only(a, 'indirect').map((q) => q.text);
    expect(ind).to.deep.equal(['the bridge would reopen in May', 'the cost doubled']);
  });

  it('a first-person quote without marks is unmarked', () => {
    const a = one('Carl Moss left in June. I was tired of waiting for my turn, he wrote.');
    expect(only(a, 'unmarked')[0]?.text).to.equal('I was tired of waiting for my turn');
    expect(speakerName(a, only(a, 'unmarked')[0])).to.equal('Carl Moss');
  });
});

describe('extract: speakers', () => {
  it('names with titles and roles, and one speaker across name variants', () => {
    const a = one('"We will talk," Foreign Minister Sergei Ivanov said. "Later," Ivanov added.\nDana Ray, 41, a teacher, said: "No."');
    const iv = a.speakers.find((s) => s.name === 'Sergei Ivanov');
    expect(iv?.role).to.equal('Foreign Minister');
    expect(iv?.aliases).to.deep.equal(['Ivanov']);
    expect(only(a).filter((q) => q.speaker === iv?.id)).to.have.length(2);
    expect(speakerName(a, only(a).at(-1))).to.equal('Dana Ray');
  });

  it('a pronoun names the subject, not the person merely mentioned (the Lavrov trap)', () => {
    const a = one('Paul Grant railed against the ministry and singled out Foreign Minister Olga Petrova for criticism. He wrote, "It is a disgrace."');
    expect(speakerName(a, only(a, 'direct')[0])).to.equal('Paul Grant');
  });

  it('a name mentioned just before someone else\'s quote does not steal it', () => {
    const a = one('Rita Hale met Governor Sam Ortiz on Monday. "We agreed on nothing," she said.');
    expect(speakerName(a, a.quotes[0])).to.equal('Rita Hale');
  });

  it('"he continued" keeps the previous speaker', () => {
    const a = one('Lena Park stated, "The vote is fair."\n"It was counted twice," she continued.');
    expect(new Set(a.quotes.map((q) => q.speaker)).size).to.equal(1);
  });

  it('nominal sources: groups become unnamed speakers', () => {
    const a = one(`"Some said, 'Keep working,' while others replied 'Stop now,'" Eva Lind recalled.`);
    const names = a.quotes.map((q) => speakerName(a, q));
    expect(names).to.include.members(['Eva Lind', 'Some', 'Others']);
  });
});

describe('extract: pathological input takes time linear in its length', function () {
  // Each check runs both sizes up to three times: seconds on a busy machine, where a hang would take minutes.
  this.timeout(60_000);
  /** `make(4n)` takes about 4 times as long as `make(n)`, not 16 (tests/shared/growth.ts). */
  const linear = (what: string, make: (n: number) => string, n: number) => expectLinear(what, (k) => checkInvariants(extract(make(k))), n);
  it('100,000 quotation marks', () => {
    linear('straight marks', (n) => '"'.repeat(n), 25000);
    linear('curly marks', (n) => '“ '.repeat(n), 25000);
    linear('short quotations', (n) => 'a "b" '.repeat(n), 12500);
  });
  it('one 5 MB paragraph', function () {
    this.timeout(120000); // both sizes, measured up to three times on a busy machine
    const s = 'Anna said that the "plan, which he said was good" would fail, and Bob, 41, a clerk, told the AP, ';
    linear('one paragraph', (n) => s.repeat(Math.ceil(n / s.length)), 1.25e6);
  });
  it('no marks at all, and empty or odd input', () => {
    linear('no marks', (n) => 'Nothing here but words. '.repeat(n), 5000);
    for (const t of ['', ' ', '\n\n', '"', "'", '«', 'said', ', he said.', '""', '" "']) checkInvariants(extract(t));
    expect(() => extract(undefined as unknown as string)).not.to.throw();
  });
  it('random text keeps the invariants', () => {
    const parts = ['"', '“', '”', "'", '’', '«', '»', ' said ', ' he ', 'Anna Lee', ', ', '. ', '\n', 'that ', 'the plan ', 'told the AP', ':', ' — ', 'according to '];
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 300; k++) {
      let t = '';
      for (let i = 0; i < 40; i++) t += parts[Math.floor(rnd() * parts.length)];
      checkInvariants(extract(t));
    }
  });
});
