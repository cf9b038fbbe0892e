/** Registers `<article-editor>`. */
import { ArticleEditor } from '../elements/article-editor/article-editor.js';
import { define } from '../elements/shared/define.js';

define('article-editor', ArticleEditor);
