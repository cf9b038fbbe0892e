import { expect } from '@open-wc/testing';
import { anchorSpan, formatProblem, validateArticle } from '../../src/model/index.js';
import { clone, loadSeed } from './fixtures.js';

describe('re-anchoring after the article was corrected', () => {
  it('keeps offsets that still hold the text', () => {
    expect(anchorSpan('She said "yes" twice.', { start: 10, end: 13, text: 'yes' })).to.deep.equal({ start: 10, end: 13, method: 'offsets', score: 1 });
  });

  it('follows a quote when text is inserted before it', async () => {
    const seed = await loadSeed();
    const edited = clone(seed);
    const insert = 'Editor’s note: this story was updated.\n';
    edited.body = insert + seed.body;
    const { article, orphans, problems } = validateArticle(edited);
    expect(orphans).to.deep.equal([]);
    article!.quotes.forEach((q, i) => {
      expect(q.start, q.id).to.equal(seed.quotes[i].start + insert.length);
      expect(q.text).to.equal(seed.quotes[i].text);
      if (q.cue) expect(q.cue.start).to.equal(seed.quotes[i].cue!.start + insert.length);
    });
    expect(problems.every((p) => p.severity === 'warning' && /re-anchored by exact match/.test(p.message))).to.equal(true);
  });

  it('finds a quote again when a typo inside it is fixed, and takes the corrected words', () => {
    const body = 'Intro paragraph.\n"The goverment must act now," the senator said.';
    const fixed = body.replace('goverment', 'government');
    const start = body.indexOf('The');
    const r = anchorSpan(fixed, { start, end: start + 27, text: 'The goverment must act now,' });
    expect(r).to.include({ method: 'fuzzy', start });
    expect(fixed.slice(r!.start, r!.end)).to.equal('The government must act now,');
  });

  it('orphans a quote whose words were deleted, rather than drawing it on other words', async () => {
    const seed = await loadSeed();
    const edited = clone(seed);
    const gone = seed.quotes.find((q) => q.text.startsWith('Not all Russian diplomats'))!;
    edited.body = seed.body.slice(0, gone.start) + 'We have removed this sentence.' + seed.body.slice(gone.end);
    const { article, orphans, problems } = validateArticle(edited);
    expect(orphans.map((o) => o.id)).to.deep.equal([gone.id]);
    expect(article!.quotes.find((q) => q.id === gone.id)).to.equal(undefined);
    expect(problems.map(formatProblem)).to.include(`quotes[${seed.quotes.indexOf(gone)}]: text "${gone.text.slice(0, 37)}…" not found in the body (offsets ${gone.start}–${gone.end})`);
  });

  it('uses the cue to choose between two places with the same words', () => {
    // The quote stood before "she said"; the same words appear earlier, without the cue.
    const body = 'Critics say "it works" rarely. Later, "it works," she said.';
    const start = body.lastIndexOf('it works');
    const oldBody = body.slice(20); // the article before a paragraph was added at the top
    const oldStart = oldBody.lastIndexOf('it works');
    const cueStart = oldBody.indexOf('she said');
    const r = anchorSpan(body, { start: oldStart, end: oldStart + 8, text: 'it works' }, { neighbours: [{ start: cueStart, end: cueStart + 8, text: 'she said' }] });
    expect(r!.start).to.equal(start);
  });

  it('orphans a quote whose words were largely rewritten, even with its cue still in place', () => {
    // "bridge" became "new tunnel": 72% of the words left, under the 80% minimum.
    const before = 'The mayor said: "We will open the bridge in May." Then she left.';
    const quote = (body: string) => {
      const start = before.indexOf('We will');
      const cue = before.indexOf('said');
      return {
        version: 1, id: 'a', headline: 'h', language: 'en', body, speakers: [],
        quotes: [{ id: 'q1', start, end: start + 31, text: 'We will open the bridge in May.', kind: 'direct', speaker: null, cue: { start: cue, end: cue + 4, text: 'said' } }],
      };
    };
    for (const after of [
      'The mayor said: "We will open the new tunnel in May." Then she left.',
      'The mayor said: "We will close the bridge in July." Then she left.',
    ]) {
      const { article, orphans } = validateArticle(quote(after));
      expect(article!.quotes, after).to.deep.equal([]);
      expect(orphans.map((o) => o.reason), after).to.deep.equal(['text "We will open the bridge in May." not found in the body (offsets 17–48)']);
    }
    // A small correction (one word) is still followed.
    const { article } = validateArticle(quote('The mayor said: "We will open the tunnel in May." Then she left.'));
    expect(article!.quotes.map((q) => q.text)).to.deep.equal(['We will open the tunnel in May.']);
  });

  it('takes the same words nearest the old place, not their first occurrence', () => {
    // Two speakers say the same words in the same way; a short note is added at the top.
    const before = 'Ana Ruiz spoke first, for the council, at length.\n"We agree," a spokesperson said.\nBen Okafor spoke for the union, later that day.\n"We agree," a spokesperson said.';
    const after = 'Updated.\n' + before;
    const at = (body: string, n: number) => (n === 0 ? body.indexOf('We agree,') : body.lastIndexOf('We agree,'));
    const cue = (body: string, n: number) => {
      const start = n === 0 ? body.indexOf('a spokesperson said') : body.lastIndexOf('a spokesperson said');
      return { start, end: start + 19, text: 'a spokesperson said' };
    };
    const { article } = validateArticle({
      version: 1, id: 'a', headline: 'h', language: 'en', body: after,
      speakers: [{ id: 'ana', name: 'Ana Ruiz' }, { id: 'ben', name: 'Ben Okafor' }],
      quotes: [0, 1].map((n) => ({ id: `q${n}`, start: at(before, n), end: at(before, n) + 9, text: 'We agree,', kind: 'direct', speaker: n ? 'ben' : 'ana', cue: cue(before, n) })),
    });
    expect(article!.quotes.map((q) => [q.speaker, q.start, q.cue?.start])).to.deep.equal([
      ['ana', at(after, 0), cue(after, 0).start],
      ['ben', at(after, 1), cue(after, 1).start],
    ]);
    // The same with no cue to help: the distance alone decides.
    const bare = anchorSpan(after, { start: at(before, 1), end: at(before, 1) + 9, text: 'We agree,' });
    expect(bare).to.include({ start: at(after, 1), method: 'exact' });
  });

  it('does not match short texts fuzzily', () => {
    expect(anchorSpan('The cat sat.', { start: 0, end: 3, text: 'dog' })).to.equal(undefined);
  });

  it('refuses a fuzzy match that changes too many words', () => {
    const body = 'The minister said the plan was over budget and late.';
    expect(anchorSpan(body, { start: 4, end: 40, text: 'The minister denied any delay at all' })).to.equal(undefined);
  });
});

describe('UTF-16 offsets', () => {
  it('counts astral characters as two code units, as JavaScript strings do', () => {
    const body = '🇺🇦 Kyiv 🌻: "We stand 💪🏽 together," she wrote 😀.';
    const text = 'We stand 💪🏽 together,';
    const start = body.indexOf(text);
    const { article, problems } = validateArticle({
      version: 1, id: 'emoji', headline: '👋', language: 'uk', body, speakers: [],
      quotes: [{ id: 'q', start, end: start + text.length, text, kind: 'direct', speaker: null }],
    });
    expect(problems).to.deep.equal([]);
    expect(article!.quotes[0]).to.include({ start: 15, end: 15 + text.length });
    expect(body.slice(article!.quotes[0].start, article!.quotes[0].end)).to.equal(text);
  });

  it('re-anchors in right-to-left text', () => {
    const body = 'قال الوزير: «سنعيد بناء الجسر» يوم الاثنين.';
    const text = 'سنعيد بناء الجسر';
    const edited = 'عاجل. ' + body;
    const start = body.indexOf(text);
    const { article } = validateArticle({
      version: 1, id: 'rtl', headline: 'ar', language: 'ar', body: edited, speakers: [],
      quotes: [{ id: 'q', start, end: start + text.length, text, kind: 'direct', speaker: null }],
    });
    expect(article!.quotes[0].start).to.equal(start + 'عاجل. '.length);
    expect(article!.quotes[0].text).to.equal(text);
  });
});
