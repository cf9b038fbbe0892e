/** Registers `<quote-card>` and the `<speaker-badge>` it uses. */
import { QuoteCard } from '../elements/quote-card/quote-card.js';
import { define } from '../elements/shared/define.js';
import './speaker-badge.js';

define('quote-card', QuoteCard);

// Re-exported so that this module's types carry the tag and event maps (`HTMLElementTagNameMap`).
export { QuoteCard };
