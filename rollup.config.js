// The CDN build: one self-contained, minified ES module (Lit inside) that registers all three
// tags, for a CMS page's <script type="module">. The extractor is a separate chunk that
// <article-view extract> loads on demand, so pages showing hand-made data never download it.
// Input is tsc's output in dist/ (TypeScript 7 has no JS API for a Rollup plugin).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.js';

export default {
  input: { 'article-annotations': 'dist/define/all.js' },
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'article-annotations-[name]-[hash].js',
    sourcemap: true,
    // A stable, readable name for the on-demand extractor chunk.
    manualChunks: (id) => (/\/dist\/(extract\/|elements\/shared\/extraction|elements\/article-view\/light-text)/.test(id) ? 'extract' : undefined),
  },
  plugins: [
    minifyTemplates(),
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
  onwarn(warning, warn) {
    // Lit's decorators compile to code that refers to `this` at the top level of a module.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
