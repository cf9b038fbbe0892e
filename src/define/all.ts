/** Registers `<article-view>`, `<quote-card>` and `<speaker-badge>`. */
import './speaker-badge.js';
import './quote-card.js';
import './article-view.js';
