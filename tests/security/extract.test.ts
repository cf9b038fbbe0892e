import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fcParams } from '../shared/fast-check.js';
import { extract } from '../../src/extract/index.js';
import { validateArticle } from '../../src/model/validate.js';
import type { Article, Quote, Span } from '../../src/model/types.js';
import { hostileStrings } from './hostile.js';

/**
 * The extractor on random and hostile text: it never throws, keeps the text, returns offsets that
 * slice to their `text`, never partly overlaps quotes, and its output is valid article data.
 */

const WORDS = [
  'said', 'says', 'told', 'the AP', 'wrote', 'added', 'he', 'she', 'they', 'Boris Bondarev', 'Mr.', 'Dr.', 'a spokesperson', 'according to',
  'Putin', 'Ann', 'who', 'that', 'and', ',', '.', ':', ';', '!', '?', '—', '–', '-', '(', ')', '...', '…', ' ', ' ', ' ', '\n', '\n\n', '\r\n',
  '"', '"', '“', '”', '„', "'", '‘', '’', '«', '»', '‹', '›', '「', '」', '『', '』', '‚', "'s", 'isn’t', "'90s", 'rock ’n’ roll',
  '😀', 'e\u0301', '\u200b', '\u2028', '\u2029', 'שלום', '\u202e', 'sagte', 'a déclaré', 'dijo', '__proto__', 'constructor', 'hasOwnProperty',
];

const texts = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((w) => w.join(' ')) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((w) => w.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
);

const languages = fc.constantFrom('en', 'de', 'fr', 'es', 'und', 'xx', '', '__proto__', 'constructor');

function partlyOverlap(a: Span, b: Span) {
  return a.start < b.end && b.start < a.end && !(a.start <= b.start && b.end <= a.end) && !(b.start <= a.start && a.end <= b.end);
}

/** Problems with extractor output that would make it wrong data; empty when it is good. */
function check(text: string, out: Article): string[] {
  const problems: string[] = [];
  if (out.body !== text) problems.push('body changed');
  const slices = (what: string, span: Span | undefined) => {
    if (!span) return;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start > span.end) problems.push(`${what}: bad offsets ${span.start}–${span.end}`);
    else if (text.slice(span.start, span.end) !== span.text) problems.push(`${what}: ${JSON.stringify(text.slice(span.start, span.end))} ≠ ${JSON.stringify(span.text)}`);
  };
  const ids = new Set<string>();
  const speakerIds = new Set(out.speakers.map((s) => s.id));
  out.quotes.forEach((q: Quote, i) => {
    slices(`quotes[${i}]`, q);
    slices(`quotes[${i}].source`, q.source);
    slices(`quotes[${i}].cue`, q.cue);
    if (ids.has(q.id)) problems.push(`quotes[${i}]: duplicate id ${q.id}`);
    ids.add(q.id);
    if (q.speaker !== null && !speakerIds.has(q.speaker)) problems.push(`quotes[${i}]: unknown speaker ${q.speaker}`);
  });
  for (const a of out.quotes) for (const b of out.quotes) if (partlyOverlap(a, b)) problems.push(`${a.id} partly overlaps ${b.id}`);
  return problems;
}

describe('the extractor on random and hostile text', function () {
  this.timeout(120000);

  it('never throws, slices to its text, never partly overlaps quotes (random text)', () => {
    fc.assert(
      fc.property(texts, languages, (text, language) => {
        const out = extract(text, { language });
        expect(check(text, out)).to.deep.equal([]);
      }),
      fcParams(400),
    );
  });

  it('its output is valid article data: validation finds no errors and changes nothing', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const out = extract(text);
        const result = validateArticle(JSON.parse(JSON.stringify(out)));
        expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
        expect(result.orphans).to.deep.equal([]);
        expect(result.article!.quotes).to.deep.equal(out.quotes);
      }),
      fcParams(300),
    );
  });

  it('never throws on the naughty strings, alone and quoted', async () => {
    const failures: string[] = [];
    for (const s of await hostileStrings()) {
      for (const text of [s, `“${s},” she said.`, `He said: "${s}"`, `${s} said “${s}”, ${s} told the AP.`]) {
        let out: Article;
        try {
          out = extract(text);
        } catch (e) {
          failures.push(`${JSON.stringify(text)}: threw ${String(e)}`);
          continue;
        }
        for (const p of check(text, out)) failures.push(`${JSON.stringify(text)}: ${p}`);
      }
    }
    expect(failures.slice(0, 20)).to.deep.equal([]);
  });

  it('does not swallow its own errors on ordinary text: it finds the quote', () => {
    // extract() catches internal errors and returns no quotes; make sure plain cases still find some.
    for (const text of ['“We are leaving,” she said.', 'He said: “It is over.”', '“Fine,” said Ann. “Really fine.”']) {
      expect(extract(text).quotes.length, text).to.be.greaterThan(0);
    }
  });
});
