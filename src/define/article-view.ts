/** Registers `<article-view>` and the `<speaker-badge>` it uses. */
import { ArticleView } from '../elements/article-view/article-view.js';
import { define } from '../elements/shared/define.js';
import './speaker-badge.js';

define('article-view', ArticleView);
