#!/usr/bin/env node
// Evaluate the extractor on a brat standoff corpus laid out like PolNeAR:
//   node scripts/eval.js DIR [--misses]
// DIR holds text/*.txt and attributions/NAME_ANNOTATOR.ann. Build first: npx tsc -p tsconfig.json
// The corpus stays outside the project: nothing here copies it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreDoc, predictedAttributions, prf, norm } from './eval-lib.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.EVAL_CORPUS;
const showMisses = args.includes('--misses');
if (!dir || !existsSync(join(dir, 'text'))) {
  console.error('usage: node scripts/eval.js DIR [--misses]   (DIR/text/*.txt, DIR/attributions/*.ann)');
  process.exit(2);
}
let extract, parseBrat;
try {
  ({ extract } = await import('../dist/extract/index.js'));
  ({ parseBrat } = await import('../dist/formats/brat.js'));
} catch {
  console.error('dist/ is missing or stale: run `npx tsc -p tsconfig.json` first.');
  process.exit(2);
}

const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
const sum = { gold: 0, pred: 0, exact: 0, overlap: 0, byKind: {}, predKinds: {} };
const keys = ['srcGold', 'srcPred', 'cueGold', 'cuePred', 'srcExact', 'srcLoose', 'cueExact', 'cueLoose', 'srcOnMatched', 'cueOnMatched'];
for (const k of keys) sum[k] = 0;
let bytes = 0;
let ms = 0;
let docs = 0;
const snip = (text, frs) => (frs ?? []).map((f) => text.slice(f.start, f.end)).join(' … ').replace(/\s+/g, ' ').slice(0, 160);
for (const t of texts) {
  const name = basename(t, '.txt');
  // Several annotators: the alphabetically first file, so runs are comparable.
  const ann = annFiles.find((f) => f.startsWith(name + '_') && /^[^_]+$/.test(f.slice(name.length + 1, -4)));
  if (!ann) continue;
  const text = readFileSync(join(dir, 'text', t), 'utf8');
  const gold = parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), text);
  const t0 = performance.now();
  const article = extract(text, { id: name });
  ms += performance.now() - t0;
  bytes += Buffer.byteLength(text);
  docs++;
  const pred = predictedAttributions(article);
  for (const p of pred) sum.predKinds[p.kind] = (sum.predKinds[p.kind] ?? 0) + 1;
  const c = scoreDoc(text, gold, pred);
  sum.gold += c.gold;
  sum.pred += c.pred;
  sum.exact += c.exact;
  sum.overlap += c.overlap;
  for (const k of keys) sum[k] += c[k];
  for (const [k, v] of Object.entries(c.byKind)) {
    const s = (sum.byKind[k] ??= { gold: 0, exact: 0, overlap: 0 });
    s.gold += v.gold;
    s.exact += v.exact;
    s.overlap += v.overlap;
  }
  if (showMisses && (c.misses.length || c.false.length)) {
    console.log(`\n== ${name}`);
    for (const m of c.misses) {
      if (m.kind.startsWith('source:')) console.log(`  SOURCE ${m.kind.slice(7)}: gold "${snip(text, m.source)}" pred "${snip(text, m.predSource)}"  | ${snip(text, m.content).slice(0, 80)}`);
      else console.log(`  MISS ${m.kind}: [${snip(text, m.source)}] [${snip(text, m.cue)}] ${snip(text, m.content)}`);
    }
    for (const p of c.false) console.log(`  FALSE ${p.kind}: [${snip(text, p.source)}] [${snip(text, p.cue)}] ${snip(text, norm(text, p.content))}`);
  }
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const row = (label, m) => console.log(`${label.padEnd(28)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f)}   (${m.tp} of ${m.np} predicted, ${m.ng} gold)`);
console.log(`\n$ node scripts/eval.js ${args.join(' ')}`);
console.log(`${docs} documents, ${sum.gold} gold attributions, ${sum.pred} predicted (${Object.entries(sum.predKinds).map(([k, v]) => `${k} ${v}`).join(', ')})\n`);
row('content, exact', prf(sum.exact, sum.pred, sum.gold));
row('content, overlap', prf(sum.overlap, sum.pred, sum.gold));
console.log('\nrecall by gold kind           exact   overlap   (gold)');
for (const k of ['direct', 'mixed', 'indirect']) {
  const v = sum.byKind[k] ?? { gold: 0, exact: 0, overlap: 0 };
  console.log(`  ${k.padEnd(26)} ${pct(v.gold ? v.exact / v.gold : 0)}   ${pct(v.gold ? v.overlap / v.gold : 0)}    (${v.gold})`);
}
console.log('\non overlap-matched attributions with a gold source / cue:');
console.log(`  source right: exact ${pct(sum.srcExact / (sum.srcOnMatched || 1))}%, overlapping ${pct(sum.srcLoose / (sum.srcOnMatched || 1))}%   (${sum.srcOnMatched})`);
console.log(`  cue right:    exact ${pct(sum.cueExact / (sum.cueOnMatched || 1))}%, overlapping ${pct(sum.cueLoose / (sum.cueOnMatched || 1))}%   (${sum.cueOnMatched})`);
console.log('\nexact F1 as published (source / cue / content):');
const fS = prf(sum.srcExact, sum.srcPred, sum.srcGold).f;
const fC = prf(sum.cueExact, sum.cuePred, sum.cueGold).f;
const fT = prf(sum.exact, sum.pred, sum.gold).f;
console.log(`  this extractor   ${pct(fS)} / ${pct(fC)} / ${pct(fT)}`);
console.log('  rule-based        10.7 /  22.8 /   5.6;  CoreNLP 13.9 / - / 17.5;  BERT-CRF 82.2 / 74.9 / 71.0');
console.log(`\nthroughput: ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (${(bytes / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms, first run included)`);
