/** Registers `<quote-card>` and the `<speaker-badge>` it uses. */
import { QuoteCard } from '../elements/quote-card/quote-card.js';
import { define } from '../elements/shared/define.js';
import './speaker-badge.js';

define('quote-card', QuoteCard);
