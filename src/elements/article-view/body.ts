/**
 * `<article-view>`'s work on data that has arrived: the body laid out in chunks, and the notice of
 * what could not be shown. Loaded with the validator (see shared/data.ts), never before data.
 */
import { layoutBody, type BodyBlock, type BodyNode } from '../../model/layout.js';
import { formatProblem } from '../../model/problems.js';
import type { Article, Quote } from '../../model/types.js';
import type { ValidationResult } from '../../model/validate.js';
import { fill, type ArticleViewStrings } from '../shared/strings.js';

export { articleStyles } from './article.styles.js';

/** A run of blocks drawn in one task, and the quotes that begin in it (for their descriptions). */
export interface Chunk {
  blocks: BodyBlock[];
  quotes: number[];
}

/** About how much one task draws: a quote counts 1, a paragraph 1, every 500 characters 1. */
const CHUNK_COST = 2000;

/** The article's body as paragraphs and quotes, in chunks of about `CHUNK_COST`; quotes by their index in `article.quotes`. */
export function chunkBody(article: Article, index: Map<Quote, number>): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { blocks: [], quotes: [] };
  let cost = 0;
  const walk = (nodes: BodyNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'quote') continue;
      cost++;
      if (n.first) current.quotes.push(index.get(n.quote)!);
      walk(n.children);
    }
  };
  for (const b of layoutBody(article.body, article.quotes)) {
    current.blocks.push(b);
    cost += 1 + (b.end - b.start) / 500;
    if (b.type === 'paragraph') walk(b.nodes);
    if (cost >= CHUNK_COST) {
      chunks.push(current);
      current = { blocks: [], quotes: [] };
      cost = 0;
    }
  }
  if (current.blocks.length || !chunks.length) chunks.push(current);
  return chunks;
}

/** The lines of the `partial` notice: orphaned quotes, then the other errors (not repeating an orphan's). */
export function noticeItems(r: ValidationResult, s: ArticleViewStrings): string[] {
  const orphaned = new Set(r.orphans.map((o) => `quotes[${o.index}]`));
  return [
    ...r.orphans.map((o) => `quotes[${o.index}]: ${o.text ? fill(s.orphan, { text: o.text, reason: o.reason }) : o.reason}`),
    ...r.problems.filter((p) => p.severity === 'error' && !orphaned.has(p.path.replace(/\].*$/, ']'))).map(formatProblem),
  ];
}
