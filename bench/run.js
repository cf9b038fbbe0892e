// npm run bench: first-render benchmarks (tachometer, Chromium), a huge article's longest task and
// heap, 1,000 mounts for leaks, the editor's changes on a long article, and extraction throughput (Node).
import { spawnSync } from 'node:child_process';

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('node', ['bench/generate.js']);
run('node', ['bench/capture.js']);
// SE_OFFLINE keeps Selenium from trying to download a driver: the system chromedriver is used.
run('npx', ['tachometer', '--config', 'bench/tachometer.json'], { SE_OFFLINE: 'true' });
run('node', ['bench/big-article.js']);
run('node', ['bench/memory.js']);
run('node', ['bench/editor.js']);
run('node', ['bench/extract-throughput.js']);
