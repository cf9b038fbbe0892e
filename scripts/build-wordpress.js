// The WordPress plugin, ready to install: wordpress/article-annotations/ with the CDN build in its
// cdn/ folder, as dist-wordpress/article-annotations/ and dist-wordpress/article-annotations.zip
// (the zip WordPress's "Upload Plugin" takes: one top folder named after the plugin).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

const NAME = 'article-annotations';
const OUT = 'dist-wordpress';
const plugin = join(OUT, NAME);

rmSync(OUT, { recursive: true, force: true });
cpSync(join('wordpress', NAME), plugin, { recursive: true });
mkdirSync(join(plugin, 'cdn'));
for (const file of readdirSync('cdn').filter((f) => f.endsWith('.js'))) cpSync(join('cdn', file), join(plugin, 'cdn', file));

/** Every folder and file under `dir`, folders before their contents. */
function* entries(dir) {
  yield dir;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* entries(path);
    else yield path;
  }
}

const zip = new JSZip();
// A fixed date keeps the zip the same from one build to the next when nothing changed.
const date = new Date('2020-01-01T00:00:00Z');
for (const path of entries(plugin)) {
  const name = relative(OUT, path);
  if (statSync(path).isDirectory()) zip.file(name, null, { dir: true, date, createFolders: false });
  else zip.file(name, readFileSync(path), { date, createFolders: false });
}
writeFileSync(`${plugin}.zip`, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
