/** Registers `<article-view>` and the `<speaker-badge>` it uses. */
import { ArticleView } from '../elements/article-view/article-view.js';
import { define } from '../elements/shared/define.js';
import './speaker-badge.js';

define('article-view', ArticleView);

// Re-exported so that this module's types carry the tag and event maps (`HTMLElementTagNameMap`).
export { ArticleView };
