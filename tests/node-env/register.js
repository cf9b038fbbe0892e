// Runs the pure tests (model, extract, formats) in Node as they run in the browser: TypeScript
// through tsx, `@open-wc/testing` as plain chai (the same chai build), and root-relative fetch()
// read from the project folder, which is what the browser test runner serves.
// Used by `npm run test:node` (mocha, .mocharc.json) and by Stryker's mocha runner.
import { register } from 'node:module';
import { readFile } from 'node:fs/promises';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./hooks.js', import.meta.url);

const ROOT = new URL('../../', import.meta.url);
const TYPES = { '.json': 'application/json', '.txt': 'text/plain', '.html': 'text/html' };
const networkFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith('/') || url.startsWith('//')) return networkFetch(input, init);
  const file = new URL('.' + url.split(/[?#]/)[0], ROOT);
  try {
    const type = TYPES[file.pathname.slice(file.pathname.lastIndexOf('.'))] ?? 'application/octet-stream';
    return new Response(await readFile(file), { status: 200, headers: { 'content-type': type } });
  } catch {
    return new Response('not found', { status: 404 });
  }
};
