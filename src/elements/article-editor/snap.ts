/**
 * From a text selection to what the model requires of a quote: whitespace and the enclosing
 * quotation marks trimmed (so `text` is the words without marks and `body.slice(start, end) ===
 * text`), and a first guess of the kind from the marks around the words. Pure: no DOM.
 */
import type { QuoteKind } from '../../model/types.js';

/** Marks that open or close a quotation in the languages the extractor reads. */
const DOUBLE_MARKS = '"“”„‟«»「」『』〝〞＂';
/** Single marks double as apostrophes ("students'"): trimmed only when they enclose the words. */
const SINGLE_MARKS = "'‘’‚‛‹›";
const SPACE = /\s/u;

const isMark = (c: string | undefined) => !!c && (DOUBLE_MARKS.includes(c) || SINGLE_MARKS.includes(c));

/** `start`–`end` without surrounding whitespace and quotation marks; empty (`start === end`) when nothing is left. */
export function snapRange(body: string, start: number, end: number): { start: number; end: number } {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(body.length, Math.max(start, end));
  for (let changed = true; changed && a < b; ) {
    changed = false;
    while (a < b && SPACE.test(body[a])) (a++, (changed = true));
    while (b > a && SPACE.test(body[b - 1])) (b--, (changed = true));
    if (a < b && DOUBLE_MARKS.includes(body[a])) (a++, (changed = true));
    if (b > a && DOUBLE_MARKS.includes(body[b - 1])) (b--, (changed = true));
    if (b - a >= 2 && SINGLE_MARKS.includes(body[a]) && SINGLE_MARKS.includes(body[b - 1])) (a++, b--, (changed = true));
  }
  return a < b ? { start: a, end: b } : { start: a, end: a };
}

/**
 * The kind the marks around `start`–`end` suggest: no marks → indirect; marks around a sentence
 * (capital letter, or after a colon, a comma or the start of a paragraph) → direct; marks around
 * a phrase inside a sentence → mixed.
 */
export function guessKind(body: string, start: number, end: number): QuoteKind {
  let i = start - 1;
  while (i >= 0 && body[i] !== '\n' && SPACE.test(body[i])) i--;
  let j = end;
  while (j < body.length && body[j] !== '\n' && SPACE.test(body[j])) j++;
  const marked = isMark(body[i]) || (isMark(body[j]) && !/\p{L}/u.test(body[j + 1] ?? ''));
  if (!marked) return 'indirect';
  if (isMark(body[i])) i--;
  while (i >= 0 && body[i] !== '\n' && SPACE.test(body[i])) i--;
  // What stands before the opening mark: a paragraph start or a colon, comma or full stop introduce a sentence.
  return i < 0 || /[\n:,.!?—–-]/.test(body[i]) ? 'direct' : 'mixed';
}
