// The bytes a Vite app downloads when it uses one element alone: a production build of
// `import 'article-annotations/define/<tag>.js'` for each tag, gzip -9 (Lit included).
//   node vite-sizes.js
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

// Inside this folder, so that the apps resolve the package from its node_modules.
const work = mkdtempSync(fileURLToPath(new URL('./.vite-sizes-', import.meta.url)));
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
try {
  for (const tag of ['speaker-badge', 'quote-card', 'article-view']) {
    const root = join(work, tag);
    mkdirSync(root);
    writeFileSync(join(root, 'main.js'), `import 'article-annotations/define/${tag}.js';\n`);
    writeFileSync(join(root, 'index.html'), `<!doctype html><script type="module" src="./main.js"></script><${tag}></${tag}>\n`);
    const result = await build({ root, logLevel: 'silent', build: { outDir: join(root, 'dist') } });
    const chunks = [result].flat().flatMap((r) => r.output).filter((o) => o.type === 'chunk');
    const size = (c) => gzipSync(readFileSync(join(root, 'dist', c.fileName)), { level: 9 }).length;
    const entry = chunks.filter((c) => c.isEntry).reduce((sum, c) => sum + size(c), 0);
    const lazy = chunks.filter((c) => !c.isEntry).map((c) => `${c.name} ${kB(size(c))}`);
    console.log(`<${tag}>: ${kB(entry)} at start${lazy.length ? `; on demand: ${lazy.join(', ')}` : ''}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
