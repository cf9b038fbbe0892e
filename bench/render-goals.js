// Checks tachometer's first-render results (bench/generated/render.json, written by npm run bench):
// the large article (1,000 paragraphs, 2,000 quotes) in <article-view> may take at most twice as
// long as the same markup set with innerHTML.
import { readFileSync } from 'node:fs';
import { atMost } from './goals.js';

const MAX_RATIO = 2;
const { benchmarks } = JSON.parse(readFileSync(new URL('./generated/render.json', import.meta.url), 'utf8'));
const median = (name) => {
  const samples = [...benchmarks.find((b) => b.name === name).samples].sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
};
for (const size of ['seed', 'large']) {
  console.log(`${size}: article-view ${median(`${size}: article-view`).toFixed(1)} ms, innerHTML ${median(`${size}: innerHTML floor`).toFixed(1)} ms (medians)`);
}
atMost('large article: first render in <article-view> / the same markup by innerHTML', median('large: article-view') / median('large: innerHTML floor'), MAX_RATIO, 'x');
