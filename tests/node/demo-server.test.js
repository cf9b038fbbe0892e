// The demo server (npm start) serves Lit's production build: the page logs no "Lit is in dev mode".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

const SERVE = new URL('../../scripts/serve.js', import.meta.url).pathname;
const PORT = process.env.DEMO_TEST_PORT || '8509';

test('the demo page loads Lit without its development build', async (t) => {
  const server = spawn(process.execPath, [SERVE], { env: { ...process.env, PORT, HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  t.after(() => server.kill());
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('demo:') && resolve());
    server.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
  const base = `http://127.0.0.1:${PORT}`;
  // Every module the demo's script imports, followed through the dev server's resolved paths.
  const seen = new Set();
  const queue = ['/dist/define/all.js'];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await fetch(base + path);
    assert.equal(response.status, 200, path);
    const code = await response.text();
    for (const [, spec] of code.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/g)) {
      if (spec.startsWith('/') || spec.startsWith('.')) queue.push(new URL(spec, base + path).pathname);
    }
  }
  const lit = [...seen].filter((p) => p.includes('/node_modules/'));
  assert.ok(lit.some((p) => p.includes('/lit-html/')), `Lit reached: ${lit.join(', ')}`);
  assert.deepEqual(lit.filter((p) => p.includes('/development/')), []);
});
