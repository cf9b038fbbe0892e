/** Registers `<article-view>`, `<quote-card>` and `<speaker-badge>`. */
export { SpeakerBadge } from './speaker-badge.js';
export { QuoteCard } from './quote-card.js';
export { ArticleView } from './article-view.js';
