/** The article data model: types, schema, validation, anchoring and layout. No DOM, no Lit. */
export * from './types.js';
export { articleSchema } from './schema.js';
export { formatProblem, type Problem } from './problems.js';
export { validateArticle, parseArticle, type ValidationResult, type OrphanQuote } from './validate.js';
export { anchorSpan, spanHolds, MIN_SCORE, MIN_SIMILARITY, type Anchor, type AnchorMethod, type AnchorContext } from './anchor.js';
export { layoutBody, splitParagraphs, compareQuotes, type BodyBlock, type BodyNode, type ParagraphBlock, type BreakBlock, type QuoteNode, type TextNode } from './layout.js';
export { safeUrl } from './urls.js';
