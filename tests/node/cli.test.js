// The command line and the extractor in Node 20, run against the build in dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const SEED = new URL('../../demo/data/bondarev-resignation.json', import.meta.url).pathname;
const run = (args, input) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'article-annotations-'));
const write = (name, text) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

test('validate: a good file passes', () => {
  const r = run(['validate', SEED]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ok \(29 quotes, 4 speakers\)/);
});

test('validate: each problem is printed with its path, exit 1', () => {
  const seed = JSON.parse(readFileSync(SEED, 'utf8'));
  seed.quotes[3].speaker = 'bondarev';
  seed.quotes[5].start = 99999;
  seed.quotes[5].text = 'words that are nowhere';
  const r = run(['validate', write('bad.json', JSON.stringify(seed))]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /bad\.json: error: quotes\[3\]\.speaker: no speaker with id "bondarev"; shown without a speaker/);
  assert.match(r.stdout, /bad\.json: error: quotes\[5\]: text "words that are nowhere" not found in the body/);
  assert.match(r.stdout, /28 quotes usable, 1 orphaned/);
});

test('validate: malformed JSON from stdin says where', () => {
  const r = run(['validate', '-'], '{\n  "version": 1,\n  "body": }');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /<stdin>: error: not valid JSON at line 3, column 11/);
});

test('validate: a missing file is named; the other files are still checked', () => {
  const r = run(['validate', join(tmp, 'missing.json'), SEED]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /missing\.json: cannot read: no such file/);
  assert.match(r.stdout, /bondarev-resignation\.json: ok/);
});

test('extract: plain text in, article JSON out, in Node', () => {
  const text = 'The council met on Monday.\n"We will rebuild the bridge," said Ana Ruiz, the mayor.';
  const r = run(['extract', write('story.txt', text)]);
  assert.equal(r.status, 0, r.stderr);
  const article = JSON.parse(r.stdout);
  assert.equal(article.body, text);
  assert.deepEqual(article.quotes.map((q) => [q.text, q.kind]), [['We will rebuild the bridge,', 'direct']]);
  assert.equal(article.speakers.find((s) => s.id === article.quotes[0].speaker).name, 'Ana Ruiz');
  // The output is valid data.
  const check = run(['validate', '-'], r.stdout);
  assert.equal(check.status, 0, check.stdout);
});

test('extract: several files give JSON Lines; brat gives an Attribution event', () => {
  const a = write('a.txt', '"Yes," she said.');
  const b = write('b.txt', 'He said: "No."');
  const lines = run(['extract', a, b]).stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((l) => JSON.parse(l).id), ['a', 'b']);
  const brat = run(['extract', '--format', 'brat', a]).stdout;
  assert.match(brat, /^T\d+\tContent \d+ \d+\tYes,$/m);
  assert.match(brat, /^E\d+\tAttribution:T\d+ /m);
});

test('extract agrees with the hand-made seed article in Node too', async () => {
  const seed = JSON.parse(readFileSync(SEED, 'utf8'));
  const { extract } = await import('../../dist/extract/index.js');
  const found = extract(seed.body, { language: 'en' });
  assert.deepEqual(
    found.quotes.map((q) => [q.start, q.end, q.kind]),
    seed.quotes.map((q) => [q.start, q.end, q.kind]),
  );
});

test('validate: an unknown option is refused, not ignored', () => {
  const r = run(['validate', '--strcit', SEED]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option --strcit/);
});

test('extract never throws on odd options from untyped callers', async () => {
  const { extract } = await import('../../dist/extract/index.js');
  for (const options of [null, { language: 5 }, { id: {}, headline: [] }]) {
    const article = extract('"Yes," she said.', options);
    assert.equal(article.language, 'en');
    assert.equal(article.quotes.length, 1);
  }
});
