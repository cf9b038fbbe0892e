// A Rollup plugin that strips the indentation and comments from Lit's css`` and html``
// templates in the CDN build. The maintained minifiers for this drive the TypeScript compiler API,
// which TypeScript 7 no longer has; these few safe rewrites keep most of the gain:
// - CSS: comments removed, white space collapsed, no spaces around { } ; and after , or :.
// - HTML: a newline and its indentation become one newline, which renders exactly the same.
// Data is bound into templates as values and never passes through this.

const TEMPLATE = /\b(css|html) ?`((?:[^`\\]|\\.)*)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/,\s+/g, ',')
    .replace(/;}/g, '}')
    .trim();
}

const minifyHtml = (text) => text.replace(/\n\s+/g, '\n');

export function minifyTemplates({ include = /\/dist\/elements\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const out = code.replace(TEMPLATE, (_, tag, body) => `${tag}\`${tag === 'css' ? minifyCss(body) : minifyHtml(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
