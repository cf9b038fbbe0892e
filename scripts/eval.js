#!/usr/bin/env node
// Evaluate the extractor on brat standoff corpora laid out like PolNeAR, side by side:
//   node scripts/eval.js TRAIN_DIR [DEV_DIR] [--misses] [--rules]
// Each DIR holds text/*.txt and attributions/NAME_ANNOTATOR.ann. The last directory is the one
// reported on (its reliability table and calibration error are printed); the first is the one
// rules are tuned on. Build first: npx tsc -p tsconfig.json
// The corpora stay outside the project: nothing here copies them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreDoc, predictedAttributions, prf, norm, reliability } from './eval-lib.js';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length && process.env.EVAL_CORPUS) dirs.push(process.env.EVAL_CORPUS);
const showMisses = args.includes('--misses');
const showRules = args.includes('--rules');
if (!dirs.length || dirs.some((d) => !existsSync(join(d, 'text')))) {
  console.error('usage: node scripts/eval.js TRAIN_DIR [DEV_DIR] [--misses] [--rules]   (each DIR/text/*.txt, DIR/attributions/*.ann)');
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

const keys = ['srcGold', 'srcPred', 'cueGold', 'cuePred', 'srcExact', 'srcLoose', 'cueExact', 'cueLoose', 'srcOnMatched', 'cueOnMatched'];
const snip = (text, frs) => (frs ?? []).map((f) => text.slice(f.start, f.end)).join(' … ').replace(/\s+/g, ' ').slice(0, 160);

/** Score every document of one corpus; returns the summed counts. */
function evaluate(dir) {
  const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const sum = { gold: 0, pred: 0, exact: 0, overlap: 0, byKind: {}, predKinds: {}, judged: [], bytes: 0, ms: 0, docs: 0 };
  for (const k of keys) sum[k] = 0;
  for (const t of texts) {
    const name = basename(t, '.txt');
    // Several annotators: the alphabetically first file, so runs are comparable.
    const ann = annFiles.find((f) => f.startsWith(name + '_') && /^[^_]+$/.test(f.slice(name.length + 1, -4)));
    if (!ann) continue;
    const text = readFileSync(join(dir, 'text', t), 'utf8');
    const gold = parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), text);
    const t0 = performance.now();
    const article = extract(text, { id: name });
    sum.ms += performance.now() - t0;
    sum.bytes += Buffer.byteLength(text);
    sum.docs++;
    const pred = predictedAttributions(article);
    for (const p of pred) sum.predKinds[p.kind] = (sum.predKinds[p.kind] ?? 0) + 1;
    const c = scoreDoc(text, gold, pred);
    sum.gold += c.gold;
    sum.pred += c.pred;
    sum.exact += c.exact;
    sum.overlap += c.overlap;
    sum.judged.push(...c.judged);
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
      for (const p of c.false) console.log(`  FALSE ${p.kind} ${p.confidence}: [${snip(text, p.source)}] [${snip(text, p.cue)}] ${snip(text, norm(text, p.content))}`);
    }
  }
  return sum;
}

const results = dirs.map((d) => ({ dir: d, name: basename(d.replace(/\/+$/, '')), sum: evaluate(d) }));
const pct = (x) => (100 * x).toFixed(1).padStart(6);
const figures = (s) => {
  const kind = (k, f) => (s.byKind[k]?.gold ? s.byKind[k][f] / s.byKind[k].gold : 0);
  const ex = prf(s.exact, s.pred, s.gold);
  const ov = prf(s.overlap, s.pred, s.gold);
  return [
    ['direct recall (overlap)', kind('direct', 'overlap'), 0.97],
    ['mixed recall (overlap)', kind('mixed', 'overlap'), 0.88],
    ['indirect recall (overlap)', kind('indirect', 'overlap'), 0.45],
    ['overlap precision', ov.p, 0.92],
    ['overlap recall', ov.r],
    ['source right on matched', s.srcLoose / (s.srcOnMatched || 1), 0.93],
    ['source exact on matched', s.srcExact / (s.srcOnMatched || 1)],
    ['cue right on matched', s.cueLoose / (s.cueOnMatched || 1)],
    ['exact-content precision', ex.p],
    ['exact-content recall', ex.r],
    ['exact-content F1', ex.f, 0.4],
    ['exact source F1 (published)', prf(s.srcExact, s.srcPred, s.srcGold).f],
    ['exact cue F1 (published)', prf(s.cueExact, s.cuePred, s.cueGold).f],
    ['direct recall (exact)', kind('direct', 'exact')],
    ['mixed recall (exact)', kind('mixed', 'exact')],
    ['indirect recall (exact)', kind('indirect', 'exact')],
  ];
};

console.log(`\n$ node scripts/eval.js ${args.join(' ')}`);
for (const { name, sum } of results) {
  console.log(`${name}: ${sum.docs} documents, ${sum.gold} gold attributions (${['direct', 'mixed', 'indirect'].map((k) => `${k} ${sum.byKind[k]?.gold ?? 0}`).join(', ')}), ${sum.pred} predicted (${Object.entries(sum.predKinds).map(([k, v]) => `${k} ${v}`).join(', ')})`);
}
const cols = results.map((r) => figures(r.sum));
const two = results.length === 2;
console.log(`\n${'figure'.padEnd(30)}${results.map((r) => r.name.slice(0, 14).padStart(15)).join('')}${two ? '     gap' : ''}    goal`);
let failed = 0;
cols[0].forEach(([label, , goal], i) => {
  const vals = cols.map((c) => c[i][1]);
  const last = vals[vals.length - 1];
  const gap = two ? Math.abs(vals[0] - vals[1]) : 0;
  const ok = goal === undefined || last >= goal;
  if (!ok) failed++;
  const gapText = two ? `${(100 * gap).toFixed(1).padStart(8)}${goal !== undefined && gap > 0.03 ? '!' : ' '}` : '';
  console.log(`${label.padEnd(30)}${vals.map((v) => pct(v).padStart(15)).join('')}${gapText}${goal === undefined ? '' : `   ≥ ${(100 * goal).toFixed(0)}${ok ? '' : '  (missed)'}`}`);
});
console.log('(goals are checked on the last column; "!" marks a goal figure whose gap between the splits is over 3 points)');

// Confidence against the share of right speakers, on the last corpus (the one reported on).
const rep = results[results.length - 1];
const rel = reliability(rep.sum.judged);
console.log(`\nreliability on ${rep.name}: each predicted attribution is right when its content matches a gold attribution and its source mention overlaps the gold source (or neither has one)`);
console.log('confidence        n    mean conf   right');
for (const b of rel.bins) if (b.n) console.log(`${b.label.padEnd(12)}${String(b.n).padStart(7)}${pct(b.conf).padStart(12)}${pct(b.acc).padStart(8)}`);
console.log(`expected calibration error: ${rel.ece.toFixed(3)} (goal ≤ 0.050)`);
if (showRules) {
  // Share of right speakers by the rule that made the quotation, on every corpus: what the
  // confidences in src/extract/confidence.ts are set from (on the training split only).
  for (const r of results) {
    console.log(`\nby rule on ${r.name}:            n   right   mean conf`);
    const by = new Map();
    for (const j of r.sum.judged) {
      const s = by.get(j.rule) ?? { n: 0, right: 0, conf: 0 };
      s.n++;
      s.right += j.right;
      s.conf += j.conf;
      by.set(j.rule, s);
    }
    for (const [rule, s] of [...by].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${String(rule).padEnd(24)}${String(s.n).padStart(7)}${pct(s.right / s.n)}${pct(s.conf / s.n).padStart(10)}`);
  }
}
for (const r of results) console.log(`\nthroughput on ${r.name}: ${(r.sum.bytes / 1e6 / (r.sum.ms / 1000)).toFixed(1)} MB/s (${(r.sum.bytes / 1024).toFixed(0)} KB in ${r.sum.ms.toFixed(0)} ms, first run included; npm run bench measures speed)`);
console.log('\npublished exact F1 (source / cue / content): rule-based 10.7 / 22.8 / 5.6;  CoreNLP 13.9 / - / 17.5;  BERT-CRF 82.2 / 74.9 / 71.0');
if (failed) console.log(`${failed} goal figure(s) missed on ${rep.name}`);
