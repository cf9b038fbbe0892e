#!/usr/bin/env node
// Extraction speed in Node: MB/s over a corpus of .txt files, and time against generated input of
// 1, 2, 5 and 10 MB (it must grow linearly). Build first: npx tsc -p tsconfig.json
//   node bench/extract-throughput.js [CORPUS_DIR]   (or EVAL_CORPUS=DIR: a folder of .txt files,
//   or a PolNeAR-style folder with text/). Without a corpus that part is skipped.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { atLeast, atMost } from './goals.js';

/** The corpus must be read at this speed or faster. */
const MIN_CORPUS_MB_PER_S = 10;
/** Linear: a 10 MB text may cost at most this much more per MB than a 1 MB text. */
const MAX_GROWTH_PER_MB = 1.5;

const { extract } = await import('../dist/extract/index.js').catch(() => {
  console.error('dist/ is missing: run `npx tsc -p tsconfig.json` first.');
  process.exit(2);
});

const arg = process.argv[2] ?? process.env.EVAL_CORPUS ?? '';
const dir = existsSync(join(arg, 'text')) ? join(arg, 'text') : arg;
const mb = (s) => Buffer.byteLength(s) / 1e6;

/** Goals: at least GOAL MB/s on the corpus; time per MB at 10 MB within LINEAR times that at 1 MB. */
const GOAL = 10;
const LINEAR = 1.5;
const missed = [];

function time(fn, reps) {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.txt'))) {
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const size = texts.reduce((n, t) => n + mb(t), 0);
  for (const t of texts) extract(t); // warm up
  const ms = time(() => texts.forEach((t) => extract(t)), 5);
  console.log(`corpus ${dir}: ${texts.length} files, ${size.toFixed(2)} MB, best of 5: ${ms.toFixed(0)} ms = ${(size / (ms / 1000)).toFixed(1)} MB/s`);
  atLeast('corpus extraction speed', size / (ms / 1000), MIN_CORPUS_MB_PER_S, ' MB/s');
} else {
  console.log(`corpus not found at ${dir}: skipping the corpus measurement`);
}

// Generated news-like text with every construction the extractor handles.
const NAMES = ['Anna Berg', 'Tom Lee', 'Maria Ortiz', 'Paul Grant', 'Lena Park', 'Omar Haddad'];
const SENTENCES = [
  (n) => `"We will not accept this outcome," ${n} said on Monday.`,
  (n) => `${n}, 52, a senior adviser, told reporters that the plan would be delayed until spring.`,
  (n) => `${n.split(' ')[1]} wrote, "The numbers do not add up. We need another audit."`,
  () => `He added that the "deeply flawed process" had cost the city millions.`,
  () => `The committee met for three hours and adjourned without a vote on the budget.`,
  (n) => `"It is late," she said, "but we can still win." According to ${n}, turnout rose.`,
  () => `Critics called the so-called "reform" a 'rock 'n' roll' gesture from the '90s, didn't they?`,
  // Name variants and role nouns: looked up against names written earlier, which must stay linear.
  (n) => `Shares in Brightwell Mills fell. "Demand is weak," the company said. "${n.split(' ')[1]} is right," the striker said.`,
];
function generate(bytes) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const para = [];
    for (let k = 0; k < 4; k++) para.push(SENTENCES[(i * 7 + k * 3) % SENTENCES.length](NAMES[(i + k) % NAMES.length]));
    const p = para.join(' ');
    parts.push(p);
    n += p.length + 1;
  }
  return parts.join('\n');
}

console.log('\ninput     time (ms)   MB/s   ms per MB');
const msPerMb = [];
for (const size of [1, 2, 5, 10]) {
  const text = generate(size * 1e6);
  // Best of three at every size: one collection of a large heap would otherwise read as growth.
  const ms = time(() => extract(text), 3);
  msPerMb.push(ms / mb(text));
  console.log(`${String(size).padStart(3)} MB  ${ms.toFixed(0).padStart(10)}  ${(mb(text) / (ms / 1000)).toFixed(1).padStart(5)}  ${(ms / mb(text)).toFixed(0).padStart(9)}`);
}
atMost('time per MB at 10 MB / at 1 MB (1 = linear)', msPerMb[3] / msPerMb[0], MAX_GROWTH_PER_MB, 'x');
