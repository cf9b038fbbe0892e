// The CDN build: one self-contained, minified ES module (Lit inside) that registers all three
// tags, for a CMS page's <script type="module">. Chunks beside it load on demand: the data chunk
// as soon as data arrives (validator, reading a response, an article's layout and styles:
// src/elements/shared/data.ts); the extractor with English, its glue to the element, and one
// lexicon per other language, which only <article-view extract> loads, so pages showing
// hand-made data never download them.
// Input is tsc's output in dist/ (TypeScript 7 has no JS API for a Rollup plugin).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.js';

/**
 * Readable names for the on-demand extractor chunks: the core with English is `extract`; each other
 * language's lexicon is `lexicon-<name>`, fetched only for an article in that language; the English
 * word lists (derived from the training corpus, and hand-written) are `lexicon-en-words`, fetched
 * beside `extract`.
 */
function extractorChunks(id) {
  const match = /\/dist\/extract\/(?:lexicons\/([\w-]+))?/.exec(id);
  if (!match) return undefined;
  // (The derived and the hand-written English word lists share one chunk.)
  return match[1] && match[1] !== 'en' ? `lexicon-${match[1] === 'en-derived' ? 'en-words' : match[1]}` : 'extract';
}

/**
 * A `.d.ts` beside each CDN entry file: it exports nothing, but importing it (or its package path)
 * brings in the declarations of the elements it registers, with their `HTMLElementTagNameMap` and
 * event map entries, so that `document.querySelector('article-view')` is typed.
 */
function cdnTypes() {
  return {
    name: 'cdn-types',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const elements = chunk.moduleIds
          .map((id) => /\/(dist\/elements\/([\w-]+)\/\2)\.js$/.exec(id)?.[1])
          .filter(Boolean);
        const source = `// Types for ${chunk.fileName}, which registers its elements and exports nothing.\n${elements.map((e) => `import '../${e}.js';\n`).join('')}export {};\n`;
        this.emitFile({ type: 'asset', fileName: chunk.fileName.replace(/\.js$/, '.d.ts'), source });
      }
    },
  };
}

const reader = {
  input: { 'article-annotations': 'dist/define/all.js' },
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'article-annotations-[name]-[hash].js',
    sourcemap: true,
    manualChunks: extractorChunks,
  },
  plugins: [
    minifyTemplates(),
    cdnTypes(),
    nodeResolve({ exportConditions: ['production'] }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      // Our elements' private members (`_name`) get short names; Lit's own (`_$x`, `__x`) are left alone.
      mangle: { properties: { regex: /^_[a-z]/ } },
      format: { comments: false },
    }),
  ],
};

// <article-editor> is built on its own, so that the reader's file above never grows for it: a
// page with the editor loads cdn/article-editor.js (Lit inside again) and its own chunks.
const editor = {
  ...reader,
  input: { 'article-editor': 'dist/define/article-editor.js' },
  output: { ...reader.output, chunkFileNames: 'article-editor-[name]-[hash].js' },
};

export default [reader, editor];
