// npm run bench: first-render benchmarks (tachometer, Chromium), a huge article's longest task and
// heap, 1,000 mounts for leaks, the editor's changes on a long article, and extraction throughput
// (Node). Every step runs even when one before it fails or cannot run; a step that needs something
// missing is skipped with what to install. Exits 1 if any goal was missed or any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from '../scripts/browser-path.js';
import chromedriver from 'chromedriver';

const results = [];

function step(name, command, args, { env = {}, needs } = {}) {
  const missing = needs?.();
  if (missing) {
    console.log(`\n--- ${name}: SKIPPED: ${missing}`);
    results.push({ name, outcome: 'skipped', why: missing });
    return false;
  }
  console.log(`\n--- ${name}\n$ ${[command, ...args].join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, outcome: ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})` });
  return ok;
}

const chromium = () => (findChrome() ? undefined : 'no Chromium found: install Debian\'s chromium (apt-get install chromium) or set CHROME_PATH');
const driver = () =>
  chromium() ??
  (existsSync(chromedriver.path)
    ? undefined
    : `tachometer drives Chromium through chromedriver, not found at ${chromedriver.path}: install Debian's chromium-driver (apt-get install chromium-driver) or set CHROMEDRIVER_PATH`);

// PORT=… serves the pages on that port (default: any free one).
const port = process.env.PORT ? ['--port', process.env.PORT] : [];

const inputs = step('benchmark inputs', 'node', ['bench/generate.js']);
const captured = inputs && step('innerHTML floor markup', 'node', ['bench/capture.js'], { needs: chromium });
// SE_OFFLINE keeps Selenium from trying to download a driver: the system chromedriver is used.
const rendered =
  captured &&
  step('first render (tachometer)', 'npx', ['tachometer', '--config', 'bench/tachometer.json', '--json-file', 'bench/generated/render.json', ...port], {
    env: { SE_OFFLINE: 'true' },
    needs: driver,
  });
if (rendered) step('first render goals', 'node', ['bench/render-goals.js']);
step('large article', 'node', ['bench/big-article.js'], { needs: chromium });
step('mounts and removals', 'node', ['bench/memory.js'], { needs: chromium });
step('editor changes on a long article', 'node', ['bench/editor.js'], { needs: chromium });
step('extraction throughput', 'node', ['bench/extract-throughput.js']);

console.log('\nbenchmarks:');
for (const r of results) console.log(`  ${r.name}: ${r.outcome}${r.why ? ` (${r.why})` : ''}`);
const failed = results.filter((r) => r.outcome.startsWith('FAILED'));
const skipped = results.filter((r) => r.outcome === 'skipped');
if (skipped.length) console.log(`${skipped.length} step(s) skipped: see above for what they need.`);
if (failed.length) {
  console.log(`${failed.length} step(s) failed or missed their goals.`);
  process.exitCode = 1;
}
