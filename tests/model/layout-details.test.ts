// layoutBody's exact tree: text between and around quotes, nesting depth, pieces across paragraphs,
// the order of quotes that start together, and quotes it must not draw.
import { expect } from '@open-wc/testing';
import { layoutBody, type BodyBlock, type BodyNode, type Quote } from '../../src/model/index.js';

const q = (id: string, start: number, end: number): Quote => ({ id, start, end, text: '', kind: 'direct', speaker: null });

/** A compact picture of the tree: text as its slice, quotes as id(first?)[children]. */
function picture(body: string, blocks: BodyBlock[]): string[] {
  const node = (n: BodyNode): string =>
    n.type === 'text' ? JSON.stringify(body.slice(n.start, n.end)) : `${n.quote.id}${n.first ? '' : '…'}@${n.depth}[${n.children.map(node).join(' ')}]`;
  return blocks.map((b) => (b.type === 'break' ? `break ${JSON.stringify(body.slice(b.start, b.end))}` : b.nodes.map(node).join(' ')));
}

describe('layoutBody: the exact tree', () => {
  it('puts text only where there is some: no empty text nodes at the edges or between adjacent quotes', () => {
    const body = 'abcdef';
    expect(picture(body, layoutBody(body, [q('a', 0, 2), q('b', 2, 4), q('c', 4, 6)]))).to.deep.equal(['a@0["ab"] b@0["cd"] c@0["ef"]']);
    expect(picture(body, layoutBody(body, [q('a', 1, 3)]))).to.deep.equal(['"a" a@0["bc"] "def"']);
  });

  it('nests quotes with their depth, and closes them where they end', () => {
    const body = 'x "a \'b\' c" y "d" z';
    const blocks = layoutBody(body, [q('outer', 3, 10), q('inner', 6, 7), q('later', 15, 16)]);
    expect(picture(body, blocks)).to.deep.equal(['"x \\"" outer@0["a \'" inner@1["b"] "\' c"] "\\" y \\"" later@0["d"] "\\" z"']);
  });

  it('orders quotes that start together longest first, then by id, whatever the input order', () => {
    const body = 'abcdef';
    const quotes = [q('short', 0, 2), q('z', 0, 6), q('a', 0, 6)];
    expect(picture(body, layoutBody(body, quotes))).to.deep.equal(['a@0[z@1[short@2["ab"] "cdef"]]']);
    // The caller's array is left as it was.
    expect(quotes.map((x) => x.id)).to.deep.equal(['short', 'z', 'a']);
  });

  it('splits a quote over paragraphs: one piece per paragraph, the first one marked, breaks kept', () => {
    const body = 'A "one\n\ntwo\r\nthree" B\nC';
    const blocks = layoutBody(body, [q('long', 3, 18), q('in2', 8, 11)]);
    expect(picture(body, blocks)).to.deep.equal([
      '"A \\"" long@0["one"]',
      'break "\\n\\n"',
      'long…@0[in2@1["two"]]',
      'break "\\r\\n"',
      'long…@0["three"] "\\" B"',
      'break "\\n"',
      '"C"',
    ]);
  });

  it('draws no quote that is empty, reversed, out of range, or only partly inside another', () => {
    const body = 'abcdefgh';
    const blocks = layoutBody(body, [q('empty', 2, 2), q('reversed', 5, 3), q('negative', -1, 2), q('past', 6, 9), q('outer', 1, 4), q('crossing', 3, 6)]);
    expect(picture(body, blocks)).to.deep.equal(['"a" outer@0["bcd"] "efgh"']);
  });

  it('lays out an empty body and a body of breaks only', () => {
    expect(layoutBody('', [])).to.deep.equal([]);
    expect(picture('\n\r\n', layoutBody('\n\r\n', []))).to.deep.equal(['break "\\n\\r\\n"']);
  });
});
