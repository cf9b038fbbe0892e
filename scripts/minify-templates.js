// A Rollup plugin that strips the indentation and comments from Lit's css`` and html``
// templates in the CDN build. The maintained minifiers for this drive the TypeScript compiler API,
// which TypeScript 7 no longer has; these few safe rewrites keep most of the gain.
//
// Templates are found with Rollup's parser, not a regular expression, so an html`` nested in
// another one's `${}` is minified too and the outer one is never cut short. Each template's
// static parts are rewritten as one text (the `${}` holes become a marker), so a rule sees
// across holes, then split back; the expressions themselves are never touched.
// - CSS: comments removed, white space collapsed, none around { } ; > and after , or after the
//   ':' of a declaration (never a selector's ':', as in `.a :focus`); "0.5" becomes ".5".
// - HTML: inside a tag, white space between attributes becomes one space and before '>' none.
//   Between tags, a run of white space becomes one newline or one space, which renders exactly
//   the same (none of the templates has <pre> or white-space: pre): text nodes between inline
//   elements keep their space.
// Data is bound into templates as values and never passes through this.

const HOLE = '\u0001';

export function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};>])\s*/g, '$1')
      .replace(/,\s+/g, ',')
      // A declaration's ':' directly follows `{` or `;` and a property name; a selector's ':'
      // follows `}` or a selector, and `@media (x: y)` a parenthesis.
      .replace(/([{;][-\w]+):\s+/g, '$1:')
      .replace(/\s+!important/g, '!important')
      .replace(/([\s:,(/])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}')
      .trim()
  );
}

export function minifyHtml(text) {
  let out = '';
  // 'text', or 'tag' inside <...>, or the quote character of an attribute value being read.
  let state = 'text';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (state === 'text') {
      if (/\s/.test(c)) {
        let j = i;
        while (j + 1 < text.length && /\s/.test(text[j + 1])) j++;
        out += text.slice(i, j + 1).includes('\n') ? '\n' : ' ';
        i = j;
        continue;
      }
      if (c === '<' && /[a-zA-Z/!]/.test(text[i + 1] ?? '')) state = 'tag';
      out += c;
    } else if (state === 'tag') {
      if (/\s/.test(c)) {
        let j = i;
        while (j + 1 < text.length && /\s/.test(text[j + 1])) j++;
        if (text[j + 1] !== '>') out += ' ';
        i = j;
        continue;
      }
      if (c === '"' || c === "'") state = c;
      else if (c === '>') state = 'text';
      out += c;
    } else {
      if (c === state) state = 'tag';
      out += c;
    }
  }
  return out;
}

function* templates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) yield* templates(n);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'css' || node.tag.name === 'html')) {
    yield node;
  }
  for (const key in node) if (key !== 'type' && node[key] && typeof node[key] === 'object') yield* templates(node[key]);
}

export function minifyTemplates({ include = /\/dist\/elements\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const edits = [];
      for (const t of templates(this.parse(code))) {
        const quasis = t.quasi.quasis;
        const raws = quasis.map((q) => code.slice(q.start, q.end));
        if (raws.some((r, i) => r !== quasis[i].value.raw || r.includes(HOLE))) throw new Error(`minify-templates: unexpected template in ${id}`);
        const min = (t.tag.name === 'css' ? minifyCss : minifyHtml)(raws.join(HOLE)).split(HOLE);
        if (min.length !== raws.length) throw new Error(`minify-templates: lost a hole in ${id}`);
        quasis.forEach((q, i) => edits.push([q.start, q.end, min[i]]));
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return out === code ? null : { code: out, map: null };
    },
  };
}
