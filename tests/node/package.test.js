// The package as tools read it (npm test builds first): custom-elements.json and the CDN file's types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, module: m })));
const tagOf = new Map(elements.map((e) => [e.name, e.tagName]));

test('custom-elements.json points at the shipped files', () => {
  const paths = [];
  JSON.stringify(manifest, (key, value) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string') paths.push(value);
    return value;
  });
  assert.ok(paths.length > 20);
  for (const path of paths) {
    assert.match(path, /^dist\/.*\.js$/, path);
    assert.ok(existsSync(join(ROOT, path)), `${path} exists`);
  }
});

test('custom-elements.json: each tag is defined by its define module, and only real elements are elements', () => {
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, from: m.path })));
  const defineModules = readdirSync(join(ROOT, 'src/define')).filter((f) => f.endsWith('.ts') && f !== 'all.ts');
  for (const file of defineModules) {
    const tag = file.replace(/\.ts$/, '');
    const def = definitions.find((d) => d.name === tag);
    assert.ok(def, `a definition of <${tag}>`);
    assert.equal(def.from, `dist/define/${tag}.js`);
    assert.equal(tagOf.get(def.declaration.name), tag, `${def.declaration.name} is the element <${tag}>`);
    assert.ok(manifest.modules.find((m) => m.path === def.declaration.module).declarations.some((d) => d.name === def.declaration.name));
  }
  assert.ok(definitions.every((d) => d.name.includes('-')), 'every defined name is a custom element name');
  // Abstract base classes stay in the manifest (for inherited members) but are not elements.
  for (const e of elements) assert.ok(e.tagName, `${e.name} has a tag`);
  const abstract = readFileSync(join(ROOT, 'src/elements/shared/data-element.ts'), 'utf8').match(/export abstract class (\w+)/)[1];
  assert.ok(!elements.some((e) => e.name === abstract));
});

test('custom-elements.json lists every part an element has, its own and those of the badges it exposes', () => {
  const source = (path) => readFileSync(join(ROOT, path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')), 'utf8');
  for (const e of elements) {
    const parts = new Set((e.cssParts ?? []).map((p) => p.name));
    let text = source(e.module.path);
    if (e.superclass?.module) text += source(e.superclass.module);
    // Templates an element draws from sibling modules of its folder (article-view's panel and tooltip).
    const folder = dirname(join(ROOT, e.module.path.replace(/^dist\//, 'src/')));
    for (const f of readdirSync(folder)) if (f.endsWith('.ts') && !f.endsWith('.styles.ts') && !e.module.path.endsWith(f.replace(/\.ts$/, '.js'))) text += readFileSync(join(folder, f), 'utf8');
    const used = [...text.matchAll(/\bpart="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/));
    const constants = new Map([...text.matchAll(/const (\w+) = '([^']*)'/g)].map((m) => [m[1], m[2]]));
    const exported = [...text.matchAll(/exportparts=\$\{(\w+)\}/g)].flatMap((m) => constants.get(m[1]).split(',').map((p) => p.split(':')[1]));
    assert.ok(used.length > 0);
    for (const part of [...used, ...exported]) assert.ok(parts.has(part), `<${e.tagName}> part "${part}" in the manifest`);
  }
  const view = elements.find((e) => e.tagName === 'article-view');
  for (const part of ['badge-avatar', 'badge-name', 'badge-role', 'badge-count']) assert.ok(view.cssParts.some((p) => p.name === part), part);
});

test('the CDN file has types: importing it types the tags and their events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-annotations-types-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'article-annotations'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(
    join(dir, 'page.ts'),
    `import 'article-annotations/cdn/article-annotations.js';
const view = document.querySelector('article-view');
const headline: string | undefined = view?.article?.headline;
view?.addEventListener('quote-select', (e) => { const id: string = e.detail.quote.id; void id; });
const role: string = document.createElement('quote-card').speakerRole;
const count: number | undefined = document.createElement('speaker-badge').count;
export { headline, role, count };
`,
  );
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  for (const resolution of [['--module', 'node16', '--moduleResolution', 'node16'], ['--module', 'esnext', '--moduleResolution', 'bundler']]) {
    const r = spawnSync(tsc, ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--lib', 'es2022,dom', '--types', '', ...resolution, join(dir, 'page.ts')], { encoding: 'utf8', cwd: dir });
    assert.equal(r.status, 0, `${resolution.join(' ')}: ${r.stdout}${r.stderr}`);
  }
  // Without the import the tags are untyped: the check above is not vacuous.
  writeFileSync(join(dir, 'page.ts'), readFileSync(join(dir, 'page.ts'), 'utf8').replace(/^import .*$/m, ''));
  const r = spawnSync(tsc, ['--noEmit', '--strict', '--skipLibCheck', '--lib', 'es2022,dom', '--types', '', '--module', 'node16', join(dir, 'page.ts')], { encoding: 'utf8', cwd: dir });
  assert.notEqual(r.status, 0);
});
