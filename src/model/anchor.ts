/**
 * Re-anchoring: finding a quote again after the article was corrected.
 *
 * In order (the way Hypothesis anchors): the stored offsets if they still hold the text; the exact
 * text nearest its old place; a fuzzy match (approx-string-match, Myers' bit-parallel algorithm)
 * scored on the words, on the quote's surroundings (its source and cue found at the same distance)
 * and on the distance moved. Below a minimum score the quote is orphaned: never drawn on the wrong
 * words.
 */
import search from 'approx-string-match';
import type { Span } from './types.js';

export type AnchorMethod = 'offsets' | 'exact' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0–1: how sure the match is (1 for offsets and exact matches). */
  score: number;
}

/** Other spans that stood near the quote (its source, its cue): their text at the same distance is evidence. */
export interface AnchorContext {
  neighbours?: ReadonlyArray<Span | undefined>;
}

/** A fuzzy match must keep at least this share of the words unchanged. */
export const MIN_SIMILARITY = 0.8;
/** Below this overall score a quote is orphaned. */
export const MIN_SCORE = 0.75;
/** Shorter texts are too ambiguous to match fuzzily: exact matches only. */
const MIN_FUZZY_LENGTH = 8;
/** How far from the old place to look first, before searching the whole body. */
const NEAR_WINDOW = 2000;

const WEIGHT_TEXT = 0.75;
const WEIGHT_CONTEXT = 0.15;
const WEIGHT_POSITION = 0.1;

function inRange(body: string, start: unknown, end: unknown): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= body.length;
}

/** True when `span` still marks its own text in `body`. */
export function spanHolds(body: string, span: { start: unknown; end: unknown; text: string }): boolean {
  return inRange(body, span.start, span.end) && body.slice(span.start as number, span.end as number) === span.text;
}

/** 0–1: how many neighbours are found at the same distance from a candidate as they were from the old place. */
function contextScore(body: string, oldStart: number, candidateStart: number, context: AnchorContext): number | undefined {
  const neighbours = (context.neighbours ?? []).filter((n): n is Span => !!n && n.text.length > 0);
  if (neighbours.length === 0) return undefined;
  let found = 0;
  for (const n of neighbours) {
    const expected = candidateStart + (n.start - oldStart);
    // Some slack, growing with the distance: the correction may have touched the words between.
    const slack = 8 + Math.ceil(Math.abs(n.start - oldStart) / 10);
    const at = body.indexOf(n.text, Math.max(0, expected - slack));
    if (at !== -1 && at <= expected + slack) found += 1;
  }
  return found / neighbours.length;
}

function positionScore(oldStart: number, start: number, bodyLength: number): number {
  return 1 - Math.min(1, Math.abs(start - oldStart) / Math.max(1, bodyLength));
}

interface Candidate {
  start: number;
  end: number;
  similarity: number;
}

function score(body: string, oldStart: number, c: Candidate, context: AnchorContext): number {
  const ctx = contextScore(body, oldStart, c.start, context) ?? c.similarity;
  return WEIGHT_TEXT * c.similarity + WEIGHT_CONTEXT * ctx + WEIGHT_POSITION * positionScore(oldStart, c.start, body.length);
}

function best(body: string, oldStart: number, candidates: Candidate[], context: AnchorContext): (Candidate & { score: number }) | undefined {
  let top: (Candidate & { score: number }) | undefined;
  for (const c of candidates) {
    const s = score(body, oldStart, c, context);
    if (!top || s > top.score || (s === top.score && Math.abs(c.start - oldStart) < Math.abs(top.start - oldStart))) top = { ...c, score: s };
  }
  return top;
}

function exactCandidates(body: string, text: string, limit = 1000): Candidate[] {
  const out: Candidate[] = [];
  for (let at = body.indexOf(text); at !== -1 && out.length < limit; at = body.indexOf(text, at + 1)) {
    out.push({ start: at, end: at + text.length, similarity: 1 });
  }
  return out;
}

function fuzzyCandidates(body: string, text: string, offset: number): Candidate[] {
  // 1 - 0.8 is 0.19999999999999996: without the nudge, exactly 80% unchanged would be refused.
  const maxErrors = Math.floor(text.length * (1 - MIN_SIMILARITY) + 1e-9);
  return search(body, text, maxErrors).map((m) => ({
    start: m.start + offset,
    end: m.end + offset,
    similarity: 1 - m.errors / text.length,
  }));
}

/**
 * Finds `span.text` in `body`, trusting `span.start`/`span.end` first. Returns undefined when the
 * text cannot be found with enough confidence: the caller orphans the quote.
 */
export function anchorSpan(body: string, span: { start: unknown; end: unknown; text: string }, context: AnchorContext = {}): Anchor | undefined {
  const { text } = span;
  if (!text) return undefined;
  if (spanHolds(body, span)) return { start: span.start as number, end: span.end as number, method: 'offsets', score: 1 };
  const oldStart = Number.isInteger(span.start) ? Math.min(Math.max(span.start as number, 0), body.length) : 0;

  const exact = best(body, oldStart, exactCandidates(body, text), context);
  if (exact) return { start: exact.start, end: exact.end, method: 'exact', score: exact.score };
  if (text.length < MIN_FUZZY_LENGTH) return undefined;

  // Near the old place first: cheaper on long bodies, and the likelier home of a corrected quote.
  const from = Math.max(0, oldStart - NEAR_WINDOW);
  const to = Math.min(body.length, oldStart + text.length + NEAR_WINDOW);
  let fuzzy = best(body, oldStart, fuzzyCandidates(body.slice(from, to), text, from), context);
  if ((!fuzzy || fuzzy.score < MIN_SCORE) && (from > 0 || to < body.length)) {
    fuzzy = best(body, oldStart, fuzzyCandidates(body, text, 0), context);
  }
  if (!fuzzy || fuzzy.similarity < MIN_SIMILARITY || fuzzy.score < MIN_SCORE) return undefined;
  return { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', score: fuzzy.score };
}
