/**
 * Splits a body into paragraphs and nested quote runs for rendering.
 *
 * The blocks cover the body exactly, in order: concatenating every text node and break gives the
 * body back character for character, so a renderer that emits each node's slice as text can never
 * change what the reader sees. Quotes must already be validated (nested or disjoint, in range).
 */
import type { Quote } from './types.js';

export interface TextNode {
  type: 'text';
  start: number;
  end: number;
}

export interface QuoteNode {
  type: 'quote';
  quote: Quote;
  /** This piece of the quote; a quote running over several paragraphs has one piece in each. */
  start: number;
  end: number;
  /** How many quotes enclose this one (0 for an outermost quote). */
  depth: number;
  /** True for the quote's first piece (where its speaker is announced). */
  first: boolean;
  children: BodyNode[];
}

export type BodyNode = TextNode | QuoteNode;

export interface ParagraphBlock {
  type: 'paragraph';
  start: number;
  end: number;
  nodes: BodyNode[];
}

/** The line-break characters between two paragraphs (kept so the rendered text equals the body). */
export interface BreakBlock {
  type: 'break';
  start: number;
  end: number;
}

export type BodyBlock = ParagraphBlock | BreakBlock;

const PARAGRAPH_BREAKS = /[\n\r\u2029]+/g;

/** True when `text` is nothing but paragraph breaks: there are no words to draw a quote on. */
export function onlyBreaks(text: string): boolean {
  return !/[^\n\r\u2029]/.test(text);
}

/** Orders quotes so that an enclosing quote comes before the quotes inside it. */
export function compareQuotes(a: Quote, b: Quote): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The paragraphs and the breaks between them, covering the whole body. */
export function splitParagraphs(body: string): Array<{ start: number; end: number; isBreak: boolean }> {
  const parts: Array<{ start: number; end: number; isBreak: boolean }> = [];
  let pos = 0;
  PARAGRAPH_BREAKS.lastIndex = 0;
  for (let m = PARAGRAPH_BREAKS.exec(body); m; m = PARAGRAPH_BREAKS.exec(body)) {
    if (m.index > pos) parts.push({ start: pos, end: m.index, isBreak: false });
    parts.push({ start: m.index, end: m.index + m[0].length, isBreak: true });
    pos = m.index + m[0].length;
  }
  if (pos < body.length) parts.push({ start: pos, end: body.length, isBreak: false });
  return parts;
}

interface OpenNode {
  end: number;
  children: BodyNode[];
}

/** Builds one paragraph's tree from the quote pieces that fall inside it (sorted outer-first). */
function buildParagraph(start: number, end: number, pieces: Array<{ quote: Quote; start: number; end: number }>, started: Set<Quote>): BodyNode[] {
  const root: BodyNode[] = [];
  const stack: OpenNode[] = [{ end, children: root }];
  let pos = start;
  const close = () => {
    const top = stack.pop()!;
    if (pos < top.end) top.children.push({ type: 'text', start: pos, end: top.end });
    pos = top.end;
  };
  for (const piece of pieces) {
    while (stack.length > 1 && piece.start >= stack[stack.length - 1].end) close();
    const parent = stack[stack.length - 1];
    if (piece.end > parent.end) continue; // partly overlapping: validation reports these; never draw them
    if (pos < piece.start) parent.children.push({ type: 'text', start: pos, end: piece.start });
    const node: QuoteNode = {
      type: 'quote',
      quote: piece.quote,
      start: piece.start,
      end: piece.end,
      depth: stack.length - 1,
      first: !started.has(piece.quote),
      children: [],
    };
    started.add(piece.quote);
    parent.children.push(node);
    stack.push(node);
    pos = piece.start;
  }
  while (stack.length > 0) close();
  return root;
}

/** Lays out the body as paragraphs of text and (nested) quote nodes, plus the breaks between. */
export function layoutBody(body: string, quotes: readonly Quote[]): BodyBlock[] {
  const sorted = quotes.filter((q) => q.end > q.start && q.start >= 0 && q.end <= body.length).sort(compareQuotes);
  const blocks: BodyBlock[] = [];
  // Quotes that started in an earlier paragraph and go on past its end.
  let carried: Quote[] = [];
  let next = 0;
  const started = new Set<Quote>();
  for (const part of splitParagraphs(body)) {
    if (part.isBreak) {
      blocks.push({ type: 'break', start: part.start, end: part.end });
      continue;
    }
    const inside: Quote[] = carried.filter((q) => q.end > part.start);
    while (next < sorted.length && sorted[next].start < part.end) inside.push(sorted[next++]);
    const pieces = inside
      .map((quote) => ({ quote, start: Math.max(quote.start, part.start), end: Math.min(quote.end, part.end) }))
      .filter((p) => p.end > p.start)
      .sort((a, b) => a.start - b.start || b.end - a.end || compareQuotes(a.quote, b.quote));
    carried = inside.filter((q) => q.end > part.end);
    blocks.push({ type: 'paragraph', start: part.start, end: part.end, nodes: buildParagraph(part.start, part.end, pieces, started) });
  }
  return blocks;
}
