/**
 * fast-check arbitraries shared by the model and rendering property tests: bodies full of
 * characters that break naive code, and quote sets pointing anywhere (in range or not, reversed,
 * right or wrong text, unknown speakers, duplicate and prototype-shaped ids).
 */
import fc from 'fast-check';

export const FRAGMENTS = [
  'a', 'Z', ' ', '  ', '\n', '\r\n', '\n\n', '\r', '\u2028', '\u2029', '\u0085', '"', '“', '”', "'", '«', '»', '😀', '👩🏽‍💻', '🇺🇦',
  'e\u0301', 'a\u0308\u0323', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', 'שלום', 'مرحبا', '\u202e', '\u2066', '\u2069',
  '<b>', '&amp;', '<script>', '\t', '\u0000', '\ud800', '\udc00', '\u{10ffff}', '𝔘𝔫𝔦', '\u3000', '。', '…',
];

const LONG_LINE = 'word '.repeat(2000);

export const body = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 300 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 500, maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...FRAGMENTS)).map(([a, b]) => `${a}${LONG_LINE}${b}${LONG_LINE}`) },
);

export function quotesFor(text: string) {
  const n = text.length;
  return fc.array(
    fc.record({
      a: fc.integer({ min: -3, max: n + 3 }),
      b: fc.integer({ min: -3, max: n + 3 }),
      rightText: fc.constantFrom(true, true, true, false),
      id: fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', '__proto__', 'constructor'),
      speaker: fc.constantFrom('s1', 's2', 'ghost', null),
    }),
    { maxLength: 15 },
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

export const articles = body.chain((text) =>
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

