import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromWebAnnotation, toWebAnnotation, W3C_CONTEXT } from '../../src/formats/web-annotation.js';
import { validateArticle, type Article } from '../../src/model/index.js';
import { loadSeed } from '../model/fixtures.js';
import { articles, FRAGMENTS } from '../shared/arbitraries.js';

/** Through JSON text, as a file would carry it. */
const roundTrip = (article: Article) => fromWebAnnotation(JSON.parse(JSON.stringify(toWebAnnotation(article))));

describe('W3C Web Annotation', () => {
  describe('export', () => {
    it('writes one Annotation per quote with both selectors and the speaker in the body', async () => {
      const seed = await loadSeed();
      const page = toWebAnnotation(seed);
      expect(page['@context'][0]).to.equal(W3C_CONTEXT);
      expect(page.type).to.equal('AnnotationPage');
      expect(page.partOf).to.include({ type: 'AnnotationCollection', label: seed.headline, total: seed.quotes.length });
      expect(page.items).to.have.length(seed.quotes.length);
      const q = seed.quotes[5]!;
      const a = page.items[5]!;
      expect(a.type).to.equal('Annotation');
      const [quote, position] = a.target.selector;
      expect(quote).to.deep.equal({
        type: 'TextQuoteSelector',
        exact: q.text,
        prefix: seed.body.slice(q.start - 32, q.start),
        suffix: seed.body.slice(q.end, q.end + 32),
      });
      expect(position).to.deep.equal({ type: 'TextPositionSelector', start: q.start, end: q.end });
      const speaker = seed.speakers.find((s) => s.id === q.speaker)!;
      expect(a.body[0]).to.include({ name: speaker.name, 'schema:identifier': speaker.id });
      if (speaker.role) expect(a.body[0]).to.include({ 'schema:jobTitle': speaker.role });
      expect(a.body[1]).to.deep.equal({ type: 'TextualBody', purpose: 'classifying', value: q.kind });
    });

    it('gives a quote without a speaker only its kind, and keeps selector context inside the text', () => {
      const article = validateArticle({
        version: 1, id: 'a b', headline: 'H', language: 'en', body: '"Yes," someone said.', speakers: [],
        quotes: [{ id: 'q1', start: 1, end: 5, text: 'Yes,', kind: 'direct', speaker: null }],
      }).article!;
      const [a] = toWebAnnotation(article).items;
      expect(a!.body).to.deep.equal([{ type: 'TextualBody', purpose: 'classifying', value: 'direct' }]);
      expect(a!.target.selector[0]).to.deep.equal({ type: 'TextQuoteSelector', exact: 'Yes,', prefix: '"', suffix: '" someone said.' });
      expect(a!.target.source).to.equal('urn:article-annotations:article:a%20b');
      expect(a!.id).to.equal('urn:article-annotations:quote:a%20b:q1');
    });

    it('uses the article URL as the target when it is absolute', () => {
      const article = validateArticle({ version: 1, id: 'x', headline: '', language: 'en', url: 'https://news.example/a#top', body: 'b', speakers: [], quotes: [] }).article!;
      expect(toWebAnnotation(article)['schema:about'].id).to.equal('https://news.example/a');
    });
  });

  describe('round trip', () => {
    it('gives back the seed article exactly, with no problems', async () => {
      const seed = validateArticle(await loadSeed()).article!;
      const back = roundTrip(seed);
      expect(back.problems).to.deep.equal([]);
      expect(back.article).to.deep.equal(seed);
    });

    // Valid articles with everything the model can hold: odd ids and names, organizations,
    // source and cue spans, split quotes, confidence, speakers without quotes.
    const text = fc.oneof(fc.string(), fc.constantFrom(...FRAGMENTS), fc.constant('<img src=x onerror=alert(1)>'));
    const speakerFields = fc.record(
      { name: text.filter((s) => s.length > 0), role: text, description: text, image: fc.constant('/img/a.png'), url: fc.constant('https://example.org/p?q=1#x'), aliases: fc.array(text.filter((s) => s.length > 0), { maxLength: 2 }), kind: fc.constantFrom('person', 'organization') },
      { requiredKeys: ['name'] },
    );
    const full = articles.chain((input) => {
      const base = validateArticle(input).article!;
      const n = base.body.length;
      const span = fc.tuple(fc.nat(n), fc.nat(n)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b), text: base.body.slice(Math.min(a, b), Math.max(a, b)) }));
      const extras = fc.record(
        { source: span, cue: span, confidence: fc.double({ min: 0, max: 1, noNaN: true }), continuesBack: fc.nat(5), kind: fc.constantFrom('direct', 'mixed', 'indirect', 'unmarked') },
        { requiredKeys: ['kind'] },
      );
      // More quotes than the random sets that validation keeps: disjoint spans cut from the body.
      const cuts = fc.uniqueArray(fc.nat(n), { maxLength: 16 }).map((xs) => xs.sort((a, b) => a - b));
      return fc.record({
        cuts,
        cutSpeakers: fc.array(fc.constantFrom('s1', 's2', null), { minLength: 8, maxLength: 8 }),
        speakers: fc.tuple(speakerFields, speakerFields, fc.array(fc.tuple(fc.constantFrom('x y', '%41', 'a:b', '__proto__', 'é\ud800', 'urn:article-annotations:speaker:p:s1'), speakerFields), { maxLength: 3 })),
        quotes: fc.array(extras, { minLength: 1, maxLength: 10 }),
        meta: fc.record({ byline: text, source: text, url: fc.constantFrom('https://example.org/story', '/relative/story', 'https://example.org/a#b'), published: fc.constantFrom('2022-05-23', '2022-05-23T10:00:00Z'), headline: text, id: fc.constantFrom('p', 'x y', 'é\udc00', '%') }, { requiredKeys: [] }),
      }).map(({ cuts, cutSpeakers, speakers: [one, two, more], quotes, meta }) => {
        const cut = [];
        for (let i = 0; i + 1 < cuts.length; i += 2) {
          const [start, end] = [cuts[i]!, cuts[i + 1]!];
          cut.push({ id: `c${i}`, start, end, text: base.body.slice(start, end), kind: 'direct', speaker: cutSpeakers[i / 2] ?? null });
        }
        const data: Record<string, unknown> = {
          ...base,
          ...meta,
          speakers: [{ id: 's1', ...one }, { id: 's2', ...two }, ...more.map(([id, s]) => ({ id, ...s }))],
          quotes: [...base.quotes, ...cut].map((q, i, all) => {
            const { continuesBack, ...x } = quotes[i % quotes.length] ?? { kind: 'direct' };
            const out: Record<string, unknown> = { ...q, ...x };
            if (continuesBack !== undefined && continuesBack < i) out.continues = all[i - 1 - continuesBack]!.id;
            return out;
          }),
        };
        return validateArticle(data).article!;
      });
    });

    it('gives back any valid article exactly (fast-check, fixed seed)', () => {
      fc.assert(
        fc.property(full, (article) => {
          const back = roundTrip(article);
          expect(back.problems).to.deep.equal([]);
          expect(back.article).to.deep.equal(article);
        }),
        // No shrinking: on these long bodies it takes minutes; the first counterexample is reported as is.
        { numRuns: 300, seed: 20261201, endOnFailure: true },
      );
    });
  });

  describe('import from other tools', () => {
    const body = 'Ana said "no". Later Ben said "no". Then "maybe," Ana said.';
    const annotation = (selector: unknown[], extra: Record<string, unknown> = {}) => ({ '@context': W3C_CONTEXT, type: 'Annotation', target: { source: 'https://news.example/story', selector }, ...extra });

    it('places a quote by its TextQuoteSelector alone, using the prefix to tell repeated words apart', () => {
      const { article, problems } = fromWebAnnotation(
        [annotation([{ type: 'TextQuoteSelector', exact: 'no', prefix: 'Ben said "' }]), annotation([{ type: 'TextQuoteSelector', exact: 'no' }])],
        { body },
      );
      expect(problems).to.deep.equal([]);
      expect(article!.quotes.map((q) => [q.start, q.text])).to.deep.equal([[body.indexOf('no', 20), 'no'], [body.indexOf('no'), 'no']]);
    });

    it('places a quote by its TextPositionSelector alone; no speaker gives a quote without one', () => {
      const start = body.indexOf('maybe,');
      const { article, problems } = fromWebAnnotation({ type: 'AnnotationPage', items: [annotation([{ type: 'TextPositionSelector', start, end: start + 6 }])] }, { body });
      expect(problems).to.deep.equal([]);
      expect(article!.quotes).to.deep.equal([{ id: 'quote-1', start, end: start + 6, text: 'maybe,', kind: 'direct', speaker: null }]);
      expect(article!.body).to.equal(body);
    });

    it('takes a speaker from an identifying TextualBody and a kind from a tag, merging one name into one speaker', () => {
      const tagged = (start: number, end: number) =>
        annotation([{ type: 'TextPositionSelector', start, end }], {
          body: [{ type: 'TextualBody', purpose: 'identifying', value: 'Ana' }, { type: 'TextualBody', purpose: 'tagging', value: 'mixed' }, { type: 'TextualBody', purpose: 'commenting', value: 'check this' }],
        });
      const { article } = fromWebAnnotation({ type: 'AnnotationCollection', first: { items: [tagged(10, 12), tagged(42, 48)] } }, { body });
      expect(article!.speakers).to.deep.equal([{ id: 'ana', name: 'Ana' }]);
      expect(article!.quotes.map((q) => [q.speaker, q.kind])).to.deep.equal([['ana', 'mixed'], ['ana', 'mixed']]);
    });

    it('reports what it cannot use with paths into the input, and keeps the rest', () => {
      const { article, problems } = fromWebAnnotation(
        {
          type: 'AnnotationPage',
          items: [
            annotation([{ type: 'TextPositionSelector', start: 0, end: 3 }]),
            annotation([{ type: 'TextPositionSelector', start: 5, end: 500 }]),
            annotation([{ type: 'TextQuoteSelector', exact: 'words that are nowhere' }]),
            { type: 'Note' },
            annotation([], { body: [{ type: 'Person' }] }),
            annotation([{ type: 'TextQuoteSelector', exact: 'Then' }], { body: [{ type: 'Person' }] }),
            annotation([{ type: 'TextQuoteSelector', exact: 'Later Bem said' }]),
          ],
        },
        { body },
      );
      expect(article!.quotes.map((q) => q.text)).to.deep.equal(['Ana', 'Then', 'Later Ben said']);
      const said = problems.map((p) => `${p.path}: ${p.message}`);
      expect(said).to.include('items[1].target.selector: TextPositionSelector 5–500 is outside the text (59 characters) and there is no TextQuoteSelector');
      expect(said).to.include('items[2].target.selector: text "words that are nowhere" not found in the body; left out');
      expect(said).to.include('items[3]: not an Annotation; ignored');
      expect(said).to.include('items[4].target.selector: no TextQuoteSelector or TextPositionSelector');
      expect(said).to.include('items[5].body[0]: neither a known speaker nor a named one; ignored');
      expect(said).to.include('items[6].target.selector: "Later Bem said" re-anchored by fuzzy match to 15–29 (text updated from the body)');
    });

    it('says so when the text is not in the data and not given', () => {
      const r = fromWebAnnotation(annotation([{ type: 'TextQuoteSelector', exact: 'no' }]));
      expect(r.article).to.equal(null);
      expect(r.problems[0]!.message).to.contain('the annotated text is not in the data');
    });

    it('never throws, whatever it is given', () => {
      const hostile = { get items(): unknown { throw new Error('boom'); } };
      expect(fromWebAnnotation(hostile).problems[0]!.message).to.contain('boom');
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (data) => {
          const r = fromWebAnnotation(data, { body });
          expect(Array.isArray(r.problems)).to.equal(true);
        }),
        { numRuns: 300, seed: 7 },
      );
    });
  });
});
