/**
 * The element classes, their event details and the default interface words. Importing this module
 * registers nothing: use the modules in `define/` for the default tag names, or
 * `customElements.define('my-tag', ArticleView)` for your own.
 */
export {
  ArticleView,
  type ArticleViewState,
  type QuoteSelectDetail,
  type SpeakerSelectDetail,
  type ArticleLoadDetail,
  type ArticleErrorDetail,
} from './article-view/article-view.js';
export { QuoteCard, type QuoteCardState, type QuoteCopyDetail } from './quote-card/quote-card.js';
export { SpeakerBadge } from './speaker-badge/speaker-badge.js';
export { ArticleEditor, type ArticleChangeDetail } from './article-editor/article-editor.js';
export { articleEditorStrings, type ArticleEditorStrings } from './article-editor/strings.js';
export {
  articleViewStrings,
  quoteCardStrings,
  speakerBadgeStrings,
  type ArticleViewStrings,
  type QuoteCardStrings,
  type SpeakerBadgeStrings,
} from './shared/strings.js';
export { speakerPalette, speakerSlots, initials } from './shared/speaker.js';
