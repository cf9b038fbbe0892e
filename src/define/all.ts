/** Registers `<article-view>`, `<quote-card>` and `<speaker-badge>`. */
// Imports only (no exports): this is the CDN build's entry, which must stay one self-contained file.
// The types still carry the tag maps, through the modules imported.
import './speaker-badge.js';
import './quote-card.js';
import './article-view.js';
