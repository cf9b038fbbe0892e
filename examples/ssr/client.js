// The page's script: Lit's hydration support first (it must load before any element), then the
// tags. The elements take over the server-rendered markup instead of drawing it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'article-annotations/define/all.js';
