// The seed article: the extractor must agree with the hand-made annotation on every quotation
// (span, kind, source mention, cue, continuation) and every speaker (compared by the quotations
// each one owns, since ids for unnamed groups are a naming choice).
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/model/types.js';

describe('extract: the seed article', () => {
  let gold: Article;
  let got: Article;
  before(async () => {
    gold = (await (await fetch('/demo/data/bondarev-resignation.json')).json()) as Article;
  });
  // Extracted in each test, not in a hook: mutation testing then knows which tests run which code.
  beforeEach(() => {
    got = extract(gold.body, { language: gold.language });
  });

  it('finds every hand-made quotation with the same span, kind, source, cue and continuation, and no others', () => {
    const key = (q: { start: number; end: number }) => `${q.start}-${q.end}`;
    const span = (s?: { start: number; end: number }) => (s ? key(s) : '-');
    const byKey = new Map(got.quotes.map((q) => [key(q), q]));
    const goldIds = new Map(gold.quotes.map((q) => [q.id, key(q)]));
    const gotIds = new Map(got.quotes.map((q) => [q.id, key(q)]));
    for (const g of gold.quotes) {
      const p = byKey.get(key(g));
      expect(p, `${g.id} "${g.text.slice(0, 40)}"`).to.not.equal(undefined);
      expect([p!.kind, span(p!.source), span(p!.cue)], g.id).to.deep.equal([g.kind, span(g.source), span(g.cue)]);
      expect(p!.continues ? gotIds.get(p!.continues) : undefined, g.id).to.equal(g.continues ? goldIds.get(g.continues) : undefined);
    }
    expect(got.quotes.map(key).filter((k) => !gold.quotes.some((g) => key(g) === k))).to.deep.equal([]);
  });

  it('gives every quotation the same speaker, one speaker per person', () => {
    const owned = (a: Article) => {
      const m = new Map<string | null, string[]>();
      for (const q of a.quotes) m.set(q.speaker, [...(m.get(q.speaker) ?? []), `${q.start}-${q.end}`]);
      return [...m.values()].map((v) => v.sort().join(' ')).sort();
    };
    expect(owned(got)).to.deep.equal(owned(gold));
    const named = (a: Article) => a.speakers.filter((s) => /\s/.test(s.name)).map((s) => [s.id, s.name]);
    expect(named(got)).to.deep.include.members(named(gold).filter(([id]) => id === 'boris-bondarev' || id === 'hiller-neuer'));
  });
});
