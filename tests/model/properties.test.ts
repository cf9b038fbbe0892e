import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fcParams } from '../shared/fast-check.js';
import { layoutBody, validateArticle, type Quote } from '../../src/model/index.js';
import { articles as article } from '../shared/arbitraries.js';

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
      fcParams(300),
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
      fcParams(300),
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
      fcParams(300),
    );
  });
});
