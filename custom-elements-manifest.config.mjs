// custom-elements.json for the npm package, as editors, Storybook and linters read it: module paths
// are the shipped dist/*.js files, each define module says which tag it registers with which class,
// abstract base classes are not elements, and parts a nested element exposes through `exportparts`
// are listed on the element that exposes them.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const abstractClasses = new Set();
const definitions = new Map(); // module path -> [{ tag, className, classModule }]

/** src/x/y.ts -> dist/x/y.js: the file the package ships. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function walk(value, visit) {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    visit(value);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

/** The parts an element exposes from nested elements: `<speaker-badge exportparts="base:badge">` or `exportparts=${CONST}`. */
function exportedParts(source) {
  const constants = new Map([...source.matchAll(/const (\w+) = '([^']*)'/g)].map((m) => [m[1], m[2]]));
  const parts = [];
  for (const m of source.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)\b[^>]*?exportparts=(?:"([^"]*)"|\$\{(\w+)\})/g)) {
    const list = m[2] ?? constants.get(m[3]) ?? '';
    for (const pair of list.split(',')) {
      const [inner, outer = inner] = pair.split(':').map((s) => s.trim());
      if (inner) parts.push({ name: outer, description: `The nested \`<${m[1]}>\`'s \`${inner}\` part.` });
    }
  }
  return parts;
}

const packagePlugin = {
  name: 'article-annotations-package',
  analyzePhase({ ts, node, moduleDoc }) {
    if (ts.isClassDeclaration(node) && node.name && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword)) {
      abstractClasses.add(node.name.text);
    }
    // define('tag', Class) in the define modules: a tag-to-module definition.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'define') {
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      const file = node.getSourceFile();
      const from = file.statements.find(
        (s) => ts.isImportDeclaration(s) && s.importClause?.namedBindings && ts.isNamedImports(s.importClause.namedBindings) && s.importClause.namedBindings.elements.some((e) => e.name.text === cls.text),
      );
      const specifier = from?.moduleSpecifier.text;
      const classModule = specifier ? posix.join(posix.dirname(moduleDoc.path), specifier).replace(/\.js$/, '.ts') : moduleDoc.path;
      const list = definitions.get(moduleDoc.path) ?? [];
      list.push({ tag: tag.text, className: cls.text, classModule });
      definitions.set(moduleDoc.path, list);
    }
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const { tag, className, classModule } of definitions.get(mod.path) ?? []) {
        (mod.exports ??= []).push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: classModule } });
      }
      // customElements.define(tag, element) inside a helper is not a definition of a tag named "tag".
      mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      const source = readFileSync(mod.path.replace(/^\//, ''), 'utf8');
      for (const decl of mod.declarations ?? []) {
        if (abstractClasses.has(decl.name)) {
          delete decl.customElement;
          delete decl.tagName;
          continue;
        }
        if (!decl.customElement) continue;
        decl.cssParts ??= [];
        for (const part of exportedParts(source)) {
          if (!decl.cssParts.some((p) => p.name === part.name)) decl.cssParts.push(part);
        }
      }
    }
    for (const mod of customElementsManifest.modules) {
      // References are written from the package root: `./x.js` in a re-export is relative to its module.
      walk(mod, (node) => {
        if (typeof node.module === 'string' && node.module.startsWith('.')) node.module = posix.join(posix.dirname(mod.path), node.module);
        if (typeof node.module === 'string' && node.module.includes('src/')) node.module = shipped(node.module);
      });
      mod.path = shipped(mod.path);
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [packagePlugin],
};
