import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layoutBody, validateArticle, type Quote } from '../../src/model/index.js';

/** Pieces of text that break naive code: astral characters, combining marks, RTL, zero-width, separators. */
const FRAGMENTS = ['a', 'Z', ' ', '\n', '\r\n', '\u2028', '\u2029', '"', '“', '”', "'", '«', '»', '😀', '👩🏽‍💻', '🇺🇦', 'e\u0301', '\u200b', '\u200d', '\ufeff', 'שלום', 'مرحبا', '\u202e', '<b>', '&amp;', '\t', '\u0000'];

const body = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', minLength: 2000, maxLength: 5000 }),
);

/** Quote records pointing anywhere: in range, out of range, reversed, with right or wrong text. */
function quotesFor(text: string) {
  const n = text.length;
  return fc.array(
    fc.record({
      a: fc.integer({ min: -5, max: n + 5 }),
      b: fc.integer({ min: -5, max: n + 5 }),
      rightText: fc.boolean(),
      id: fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', '__proto__', 'constructor'),
      speaker: fc.constantFrom('s1', 's2', 'ghost', null),
    }),
    { maxLength: 12 },
  ).map((records) =>
    records.map((r) => ({
      id: r.id,
      start: r.a,
      end: r.b,
      text: r.rightText && r.a >= 0 && r.b <= n && r.a < r.b ? text.slice(r.a, r.b) : `missing ${r.a}`,
      kind: 'direct',
      speaker: r.speaker,
    })),
  );
}

const article = body.chain((text) =>
  quotesFor(text).map((quotes) => ({
    version: 1,
    id: 'p',
    headline: 'h',
    language: 'en',
    body: text,
    speakers: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
    ],
    quotes,
  })),
);

function partlyOverlap(a: Quote, b: Quote) {
  return a.start < b.end && b.start < a.end && !(a.start <= b.start && b.end <= a.end) && !(b.start <= a.start && a.end <= b.end);
}

describe('validation properties (random bodies and quote sets)', () => {
  it('never throws, never changes the body, and accounts for every quote', () => {
    fc.assert(
      fc.property(article, (input) => {
        const { article: out, orphans, problems } = validateArticle(input);
        expect(out!.body).to.equal(input.body);
        for (const q of out!.quotes) {
          expect(out!.body.slice(q.start, q.end)).to.equal(q.text);
          expect(q.speaker === null || q.speaker === 's1' || q.speaker === 's2').to.equal(true);
        }
        for (const a of out!.quotes) for (const b of out!.quotes) expect(partlyOverlap(a, b), `${a.id}/${b.id}`).to.equal(false);
        // Every input quote is either kept or listed as an orphan, with a problem that says why.
        expect(out!.quotes.length + orphans.length).to.equal(input.quotes.length);
        for (const o of orphans) expect(problems.some((p) => p.path.startsWith(`quotes[${o.index}]`))).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips: validating the valid result again changes nothing and reports nothing', () => {
    fc.assert(
      fc.property(article, (input) => {
        const first = validateArticle(input).article!;
        const again = validateArticle(JSON.parse(JSON.stringify(first)));
        expect(again.problems).to.deep.equal([]);
        expect(again.article).to.deep.equal(first);
      }),
      { numRuns: 300 },
    );
  });

  it('lays out every valid result so that the text is the body, with each quote drawn once', () => {
    fc.assert(
      fc.property(article, (input) => {
        const { article: out } = validateArticle(input);
        const blocks = layoutBody(out!.body, out!.quotes);
        let text = '';
        const firstPieces = new Map<string, number>();
        const walk = (nodes: import('../../src/model/index.js').BodyNode[]) => {
          for (const n of nodes) {
            if (n.type === 'text') text += out!.body.slice(n.start, n.end);
            else {
              if (n.first) firstPieces.set(n.quote.id, (firstPieces.get(n.quote.id) ?? 0) + 1);
              walk(n.children);
            }
          }
        };
        for (const b of blocks) {
          if (b.type === 'break') text += out!.body.slice(b.start, b.end);
          else walk(b.nodes);
        }
        expect(text).to.equal(out!.body);
        // A quote made only of line breaks has nothing to draw; every other quote has one first piece.
        for (const q of out!.quotes) {
          expect(firstPieces.get(q.id) ?? 0, q.id).to.equal(/[^\r\n\u2029]/.test(q.text) ? 1 : 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
