// The evaluation and lexicon-derivation scripts on a tiny corpus written here (brat standoff laid
// out like PolNeAR), run against the build in dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reliability } from '../../scripts/eval-lib.js';

const root = new URL('../..', import.meta.url).pathname;
const node = (args) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

/** A corpus of one article; each attribution given as [source, cue, content] strings found in the text. */
function corpus(name, text, attributions) {
  const dir = mkdtempSync(join(tmpdir(), `corpus-${name}-`));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', `${name}.txt`), text);
  const lines = [];
  let t = 0;
  attributions.forEach(([source, cue, content], i) => {
    const span = (label, s) => {
      const at = text.indexOf(s);
      lines.push(`T${++t}\t${label} ${at} ${at + s.length}\t${s}`);
      return `T${t}`;
    };
    const ids = { Source: span('Source', source), Cue: span('Cue', cue), Content: span('Content', content) };
    lines.push(`E${i + 1}\tAttribution:${ids.Cue} Cue:${ids.Cue} Source:${ids.Source} Content:${ids.Content}`);
  });
  writeFileSync(join(dir, 'attributions', `${name}_a1.ann`), lines.join('\n') + '\n');
  return dir;
}

const train = corpus(
  'train',
  '"The bridge will open in May," said Nora Vance. The council spokesman opined that the cost had doubled. "We opined on it twice," the spokesman opined.\n',
  [
    ['Nora Vance', 'said', '"The bridge will open in May,"'],
    ['The council spokesman', 'opined', 'the cost had doubled'],
    ['the spokesman', 'opined', '"We opined on it twice,"'],
  ],
);
const dev = corpus('dev', '"Rates will rise," said Ivo Brandt. He said the bank would wait.\n', [
  ['Ivo Brandt', 'said', '"Rates will rise,"'],
  ['He', 'said', 'the bank would wait'],
]);

test('derive-lexicon: cue words and source head nouns with counts, the same file on every run', () => {
  const out1 = join(mkdtempSync(join(tmpdir(), 'lex-')), 'lex.ts');
  const out2 = join(mkdtempSync(join(tmpdir(), 'lex-')), 'lex.ts');
  for (const out of [out1, out2]) assert.equal(node(['scripts/derive-lexicon.js', train, out, '--min', '1']).status, 0);
  const a = readFileSync(out1, 'utf8');
  assert.equal(a, readFileSync(out2, 'utf8'));
  assert.match(a, /\/\/ cue opined: 1 \/ 1 of 3/);
  assert.match(a, /\/\/ source head spokesman: 2/);
  // ("said", irregular, needs 100 uses to pass without an inflection beside it.)
  // (A word en.ts's own verb list flags alike, "remarked", would be left out of the lists.)
  assert.match(a, /DERIVED_DIRECT = \[\n {2}'opined',/);
  // No sentence of the corpus is written, only words.
  assert.doesNotMatch(a, /bridge|doubled/);
});

test('derive-lexicon: a cue word en.ts already flags alike is counted but left out of the lists', () => {
  const handWords = corpus(
    'hand',
    'The council spokesman remarked that the cost had doubled. "We remarked on it twice," the spokesman remarked.\n',
    [
      ['The council spokesman', 'remarked', 'the cost had doubled'],
      ['the spokesman', 'remarked', '"We remarked on it twice,"'],
    ],
  );
  const out = join(mkdtempSync(join(tmpdir(), 'lex-')), 'lex.ts');
  assert.equal(node(['scripts/derive-lexicon.js', handWords, out, '--min', '1']).status, 0);
  const a = readFileSync(out, 'utf8');
  assert.match(a, /\/\/ cue remarked: 1 \/ 1 of 3/);
  assert.doesNotMatch(a.replace(/^\/\/.*$/gm, ''), /remarked/);
});

test('eval: both splits side by side with the goals, a reliability table and the calibration error', () => {
  const r = node(['scripts/eval.js', train, dev]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /figure\s+corpus-train-\S*\s+corpus-dev-\S*\s+gap\s+goal/);
  assert.match(r.stdout, /direct recall \(overlap\)\s+100\.0\s+100\.0\s+0\.0\s+≥ 97\n/);
  assert.match(r.stdout, /reliability on corpus-dev/);
  assert.match(r.stdout, /expected calibration error: \d\.\d{3}/);
});

test('eval: a missing corpus is a usage message, not a stack trace', () => {
  const r = node(['scripts/eval.js', join(tmpdir(), 'no-such-corpus')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: node scripts\/eval\.js TRAIN_DIR \[DEV_DIR\]/);
});

test('reliability: bins by confidence, and the calibration error as the weighted gap', () => {
  const judged = [
    { conf: 0.95, right: 1 },
    { conf: 0.95, right: 1 },
    { conf: 0.55, right: 0 },
    { conf: 0.55, right: 1 },
  ];
  const { bins, ece } = reliability(judged);
  assert.deepEqual(
    bins.filter((b) => b.n).map((b) => [b.label, b.n, b.acc]),
    [
      ['0.5-0.6', 2, 0.5],
      ['0.9-1.0', 2, 1],
    ],
  );
  assert.ok(Math.abs(ece - (0.5 * 0.05 + 0.5 * 0.05)) < 1e-9);
});
