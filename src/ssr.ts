/**
 * Server rendering with `@lit-labs/ssr`: registers the three tags (as define/all.js does) and loads
 * at once what browsers load on demand, the validator and the article's styles, so that
 * `<article-view .article=${data}>` renders the headline, the whole body and every quote into
 * declarative shadow DOM synchronously. Import it on the server only.
 */
import * as validation from './elements/shared/data.js';
import { provideValidation } from './elements/shared/validation.js';
import { ArticleView } from './define/article-view.js';
import './define/all.js';

provideValidation(validation);
// The browser adopts the article's styles when data arrives; server output needs them in its <style>.
void ArticleView.observedAttributes; // finalizes the class: its elementStyles exist from then on
ArticleView.elementStyles.push(validation.articleStyles);

export { ArticleView };
export { QuoteCard } from './define/quote-card.js';
export { SpeakerBadge } from './define/speaker-badge.js';
