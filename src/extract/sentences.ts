/**
 * Sentences and tokens. A quotation is opaque here: its inner full stops never end the narrating
 * sentence, and in a token list it is a single token, so the attribution rules see
 * `"…," he said.` as three words.
 */
import type { MarkedQuote } from './marks.js';

export interface Tok {
  s: number;
  e: number;
  /** Lower-cased text; for a quotation token, `"`. */
  lo: string;
  /** Index of the quotation this token stands for. */
  q: number | undefined;
  /** A word (letters or digits), not punctuation or a quotation. */
  w: boolean;
}

export interface Sentence { s: number; e: number }

export const ABBREV = new Set(
  'mr mrs ms dr gen sen rep gov lt col sgt capt prof st jr sr inc corp co ltd vs etc no jan feb mar apr jun jul aug sep sept oct nov dec rev pres amb adm maj mt ft'.split(' '),
);
const END = '.!?。！？…';

/** Is the full stop at `i` part of an abbreviation or an initial ("Mr.", "J.")? */
function abbrevAt(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 12 && /\p{L}/u.test(text[j - 1]!)) j--;
  const w = text.slice(j, i);
  return ABBREV.has(w.toLowerCase()) || (w.length === 1 && /\p{Lu}/u.test(w));
}

/**
 * Split `text` (or its part `from`…`to`) into sentences outside the given top-level quotations
 * (sorted by `open`).
 * A line break always ends a sentence (outside a quotation).
 */
export function splitSentences(text: string, quotes: MarkedQuote[], attribution: (words: string[]) => boolean = () => false, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let s = from;
  let qi = 0;
  const n = to;
  const push = (e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    let f = e;
    while (f > s && /\s/.test(text[f - 1]!)) f--;
    if (f > s) out.push({ s, e: f });
  };
  const ends = endings(text);
  let nextEnd = -1;
  for (let i = from; i < n; i++) {
    const q = quotes[qi];
    // Jump to the next sentence-ending character or quotation, whichever comes first (the next
    // ending is found once, not again for every quotation before it).
    if (nextEnd < i) {
      // (A binary search in the article's endings: a quotation's words split on their own never
      // scan past them, so quotations nested a thousand deep stay linear.)
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid]! < i) lo = mid + 1;
        else hi = mid;
      }
      nextEnd = lo < ends.length ? Math.min(ends[lo]!, n) : n;
    }
    if (q && q.open >= i && q.open <= nextEnd) i = q.open;
    else if (nextEnd >= n) break;
    else i = nextEnd;
    if (q && i === q.open) {
      i = q.close;
      qi++;
      // `…so." Next` ends the sentence when the quotation ended with a full stop and what follows
      // starts a new one.
      let k = q.end - 1;
      while (k > q.start && /\s/.test(text[k]!)) k--;
      // `"…?" Clinton said.` does not: a short clause with a cue after the mark is its attribution.
      if (END.includes(text[k]!) && /^\s+["“„«「\p{Lu}]/u.test(text.slice(i + 1, i + 6)) && !attribution(tail(text, i + 1))) {
        push(i + 1);
        s = i + 1;
      }
      continue;
    }
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      s = i + 1;
    } else if (END.includes(c)) {
      const next = text[i + 1];
      // (Up to four spaces before the next sentence: pasted text often has two.)
      if ('。！？'.includes(c) || ((next === undefined || /\s/.test(next)) && /^\s+["“„«‘'(\p{Lu}\p{N}]/u.test(text.slice(i + 1, i + 6)) && !(c === '.' && abbrevAt(text, i)))) {
        push(i + 1);
        s = i + 1;
      }
    }
  }
  push(n);
  return out;
}

/** The positions of the sentence-ending characters of the last text asked for, found once. */
let endsText: string | undefined;
let endsAt: number[] = [];
function endings(text: string): number[] {
  if (text !== endsText) {
    endsText = text;
    endsAt = [];
    const CAND = /[.!?。！？…\n]/g;
    for (let m: RegExpExecArray | null; (m = CAND.exec(text)); ) endsAt.push(m.index);
  }
  return endsAt;
}

/** The words after `i` up to the end of the sentence (at most 12). */
function tail(text: string, i: number): string[] {
  const m = /^[^.!?\n"“”„«»]{0,120}[.!?\n]?/.exec(text.slice(i, i + 121));
  const w = m ? m[0].split(/\s+/).filter(Boolean) : [];
  return /[.!?\n]$/.test(m?.[0] ?? '') && w.length <= 12 ? w : [];
}

/** ' ’ . - : they join letters into one word ("don't", "U.S", "well-known"). */
const JOINERS = new Set([39, 0x2019, 46, 45]);

/** Character classes by UTF-16 unit, filled on first sight: 1 space, 2 letter/mark/digit, 3 other. */
const CLS = new Uint8Array(65536);
const cls = (text: string, i: number) => (CLS[text.charCodeAt(i)] ||= /\s/.test(text[i]!) ? 1 : /[\p{L}\p{M}\p{N}]/u.test(text[i]!) ? 2 : 3);

/** The last text lowered whole, for tokens sliced from it instead of each lowered on its own. */
let lastText = '';
let lastLower: string | null = '';
/**
 * `text` in lower case, when each of its slices lowered is the slice of it (no character changes
 * length and no final sigma depends on what follows), else null.
 */
function lowered(text: string): string | null {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
    if (lastLower.length !== text.length || text.includes('\u03a3')) lastLower = null;
  }
  return lastLower;
}

/**
 * Tokens of `text[s, e)`, with each top-level quotation inside it as one token. A word is a run of
 * letters and digits, joined by ' ’ . - ("don't", "U.S", "well-known"); any other non-space
 * character is a token of its own. A hand-written scan: no regex match objects per token.
 */
export function tokenize(text: string, s: number, e: number, quotes: MarkedQuote[], qIdx: number[]): Tok[] {
  const toks: Tok[] = [];
  const lower = lowered(text);
  const words = (i: number, b: number) => {
    while (i < b) {
      const k = cls(text, i);
      let j = i + 1;
      if (k === 2) while (j < b && (cls(text, j) === 2 || (JOINERS.has(text.charCodeAt(j)) && j + 1 < b && cls(text, j + 1) === 2))) j++;
      if (k !== 1) toks.push({ s: i, e: j, lo: lower ? lower.slice(i, j) : text.slice(i, j).toLowerCase(), q: undefined, w: k === 2 });
      i = j;
    }
  };
  let p = s;
  for (const qi of qIdx) {
    const q = quotes[qi]!;
    if (q.open < p || q.close >= e) continue;
    words(p, q.open);
    toks.push({ s: q.open, e: q.close + 1, lo: '"', q: qi, w: false });
    p = q.close + 1;
  }
  words(p, e);
  return toks;
}
