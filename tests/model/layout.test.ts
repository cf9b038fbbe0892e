import { expect } from '@open-wc/testing';
import { layoutBody, validateArticle, type BodyBlock, type BodyNode } from '../../src/model/index.js';
import { loadSeed, makeArticle } from './fixtures.js';

function flatten(nodes: BodyNode[], body: string): string {
  return nodes.map((n) => (n.type === 'text' ? body.slice(n.start, n.end) : flatten(n.children, body))).join('');
}
const textOf = (blocks: BodyBlock[], body: string) =>
  blocks.map((b) => (b.type === 'break' ? body.slice(b.start, b.end) : flatten(b.nodes, body))).join('');

function quoteNodes(nodes: BodyNode[]): Array<{ id: string; depth: number; text: string }> {
  return nodes.flatMap((n) => (n.type === 'quote' ? [{ id: n.quote.id, depth: n.depth, text: '' }, ...quoteNodes(n.children)] : []));
}

describe('layoutBody', () => {
  it('covers the seed body exactly, character for character', async () => {
    const seed = await loadSeed();
    const blocks = layoutBody(seed.body, seed.quotes);
    expect(textOf(blocks, seed.body)).to.equal(seed.body);
    expect(blocks.filter((b) => b.type === 'paragraph')).to.have.length(seed.body.split('\n').length);
  });

  it('nests quotes inside quotes', () => {
    const body = '"Some said, \'Keep working\' while others replied \'Stop,\'" he recalled.';
    const a = makeArticle(body, [{ text: body.slice(1, body.indexOf('" he')) }, { text: 'Keep working', speaker: 'ben' }, { text: 'Stop,', speaker: 'ben' }]);
    const [paragraph] = layoutBody(body, validateArticle(a).article!.quotes);
    expect(paragraph.type).to.equal('paragraph');
    expect(quoteNodes((paragraph as { nodes: BodyNode[] }).nodes).map((q) => `${q.id}@${q.depth}`)).to.deep.equal(['q1@0', 'q2@1', 'q3@1']);
  });

  it('splits a quote that runs over paragraphs into one piece per paragraph', () => {
    const body = 'He wrote:\n“First part.\n“Second part.”\nAfterwards.';
    const text = 'First part.\n“Second part.';
    const a = makeArticle(body, [{ text }]);
    const blocks = layoutBody(body, a.quotes);
    const pieces = blocks.flatMap((b) => (b.type === 'paragraph' ? b.nodes.filter((n) => n.type === 'quote') : []));
    expect(pieces.map((p) => [body.slice(p.start, p.end), p.type === 'quote' && p.first])).to.deep.equal([
      ['First part.', true],
      ['“Second part.', false],
    ]);
    expect(textOf(blocks, body)).to.equal(body);
  });

  it('keeps every kind of line break and blank lines', () => {
    const body = 'One.\r\n\r\nTwo.\rThree.\u2029Four.\n';
    expect(textOf(layoutBody(body, []), body)).to.equal(body);
    expect(layoutBody(body, []).filter((b) => b.type === 'paragraph')).to.have.length(4);
  });

  it('lays out a large article in one pass', () => {
    const paragraph = 'Intro. "Quoted words here," she said. More narration follows.';
    const body = Array.from({ length: 1000 }, () => paragraph).join('\n');
    const quotes = Array.from({ length: 1000 }, (_, i) => {
      const start = i * (paragraph.length + 1) + paragraph.indexOf('Quoted');
      return { id: `q${i}`, start, end: start + 19, text: 'Quoted words here,', kind: 'direct' as const, speaker: null };
    });
    const blocks = layoutBody(body, quotes);
    expect(textOf(blocks, body)).to.equal(body);
    expect(blocks.filter((b) => b.type === 'paragraph').every((b) => b.type === 'paragraph' && b.nodes.length === 3)).to.equal(true);
  });
});
