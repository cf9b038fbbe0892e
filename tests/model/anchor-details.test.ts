// anchorSpan at its edges: offsets that are not offsets, the fuzzy minimums, ties, far moves, scores.
import { expect } from '@open-wc/testing';
import { anchorSpan, MIN_SCORE, MIN_SIMILARITY } from '../../src/model/anchor.js';

describe('anchorSpan: offsets that cannot be trusted', () => {
  it('does not take fractional, negative, reversed or too-long offsets even when slice() would give the text', () => {
    expect(anchorSpan('abcabc', { start: 3.5, end: 6.5, text: 'abc' })).to.include({ start: 0, end: 3, method: 'exact' });
    expect(anchorSpan('abcdef', { start: -6, end: 3, text: 'abc' })).to.include({ start: 0, end: 3, method: 'exact' });
    expect(anchorSpan('abc', { start: 0, end: 10, text: 'abc' })).to.include({ start: 0, end: 3, method: 'exact' });
    expect(anchorSpan('xabc', { start: '1', end: 4, text: 'abc' })).to.include({ start: 1, end: 4, method: 'exact' });
  });

  it('never anchors an empty text', () => {
    expect(anchorSpan('abc', { start: 0, end: 0, text: '' })).to.equal(undefined);
    expect(anchorSpan('', { start: 0, end: 0, text: '' })).to.equal(undefined);
  });
});

describe('anchorSpan: exact matches', () => {
  it('on a tie of distance, takes the earlier place', () => {
    expect(anchorSpan('X abc Y abc Z', { start: 5, end: 8, text: 'abc' })).to.include({ start: 2, method: 'exact' });
  });

  it('scores 1 for the old offsets; an exact match by its distance and its neighbours', () => {
    expect(anchorSpan('abc', { start: 0, end: 3, text: 'abc' })!.score).to.equal(1);
    const body = 'said: abc' + '.'.repeat(91); // 100 characters
    // Found 6 characters from where it was (at 0), its neighbour "said" at the same distance: 0.75 + 0.15 + 0.1 × (1 - 6/100).
    const withNeighbour = anchorSpan(body, { start: 0, end: 3, text: 'abc' }, { neighbours: [{ start: -6, end: -2, text: 'said' }] })!;
    expect(withNeighbour.score).to.be.closeTo(0.75 + 0.15 + 0.1 * 0.94, 1e-9);
    // The neighbour is nowhere near: no context credit.
    const lost = anchorSpan(body, { start: 0, end: 3, text: 'abc' }, { neighbours: [{ start: 50, end: 54, text: 'said' }] })!;
    expect(lost.score).to.be.closeTo(0.75 + 0.1 * 0.94, 1e-9);
    // Neighbours without text say nothing: as with none, the words stand in for the context.
    const empty = anchorSpan(body, { start: 0, end: 3, text: 'abc' }, { neighbours: [{ start: 0, end: 0, text: '' }, undefined] })!;
    expect(empty.score).to.be.closeTo(0.75 + 0.15 + 0.1 * 0.94, 1e-9);
  });
});

describe('anchorSpan: fuzzy matches', () => {
  it('matches texts of 8 characters or more fuzzily, shorter ones only exactly', () => {
    expect(anchorSpan('xx abcXefgh yy', { start: 0, end: 8, text: 'abcdefgh' })).to.include({ start: 3, end: 11, method: 'fuzzy' });
    expect(anchorSpan('xx abcXefg yy', { start: 0, end: 7, text: 'abcdefg' })).to.equal(undefined);
  });

  it(`accepts exactly ${MIN_SIMILARITY * 100}% of the characters unchanged, not less`, () => {
    // 10 characters, 2 changed: 80%. Then 3 changed: 70%.
    expect(anchorSpan('-- 0123456XY9 --', { start: 3, end: 13, text: '0123456789' })).to.include({ start: 3, end: 13, method: 'fuzzy' });
    expect(anchorSpan('-- 012345WXY9 --', { start: 3, end: 13, text: '0123456789' })).to.equal(undefined);
  });

  it('scores a fuzzy match on its words, its context and its distance, at least the minimum', () => {
    const r = anchorSpan('-- 0123456XY9 --', { start: 3, end: 13, text: '0123456789' })!;
    expect(r.score).to.be.closeTo(0.75 * 0.8 + 0.15 * 0.8 + 0.1, 1e-9);
    expect(r.score).to.be.at.least(MIN_SCORE);
  });

  it('finds a corrected quote far from its old place, in a long article', () => {
    const filler = (n: number) => 'lorem ipsum dolor sit amet '.repeat(n);
    const quote = 'the harbour will reopen in the spring';
    const before = filler(120) + quote + filler(200);
    const oldStart = before.indexOf(quote);
    // A typo fixed, and 4,000 characters of new text before it.
    const after = filler(120) + filler(150) + 'the harbor will reopen in the spring' + filler(200);
    const r = anchorSpan(after, { start: oldStart, end: oldStart + quote.length, text: quote });
    expect(r).to.include({ method: 'fuzzy' });
    expect(after.slice(r!.start, r!.end)).to.equal('the harbor will reopen in the spring');
    // The same, near the old place and far from the start of the body.
    const near = filler(120) + 'the harbor will reopen in the spring' + filler(200);
    const n = anchorSpan(near, { start: oldStart, end: oldStart + quote.length, text: quote });
    expect(n).to.include({ method: 'fuzzy', start: oldStart });
    const late = filler(300) + 'the harbor will reopen in the spring';
    const lateOld = filler(300).length + 3;
    expect(anchorSpan(late, { start: lateOld, end: lateOld + quote.length, text: quote })).to.include({ method: 'fuzzy', start: filler(300).length });
  });
});
