// The command line and the extractor in Node 20, run against the build in dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED, run, scratch } from './cli-run.js';

const { dir: tmp, write } = scratch('article-annotations-');

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

test('validate --strict fails on warnings too; without it, repaired data passes', () => {
  const seed = JSON.parse(readFileSync(SEED, 'utf8'));
  delete seed.version; // a warning: read as version 1, nothing lost
  const file = write('no-version.json', JSON.stringify(seed));
  const lenient = run(['validate', file]);
  assert.equal(lenient.status, 0, lenient.stdout);
  assert.match(lenient.stdout, /no-version\.json: warning: version: missing; read as version 1/);
  const strict = run(['validate', '--strict', file]);
  assert.equal(strict.status, 1, strict.stdout);
  assert.match(strict.stdout, /no-version\.json: warning: version: missing; read as version 1/);
  // A clean file still passes under --strict.
  assert.equal(run(['validate', '--strict', SEED]).status, 0);
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

test('extract: several files give JSON Lines, each with its own speakers; brat links source, cue and content', () => {
  const a = write('a.txt', '"Yes," said Ana Ruiz.');
  const b = write('b.txt', 'Ben Okafor said: "No."');
  const r = run(['extract', a, b]);
  assert.equal(r.status, 0, r.stderr);
  const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(articles.map((x) => x.id), ['a', 'b']);
  assert.deepEqual(
    articles.map((x) => x.quotes.map((q) => [q.text, x.speakers.find((s) => s.id === q.speaker)?.name])),
    [[['Yes,', 'Ana Ruiz']], [['No.', 'Ben Okafor']]],
  );
  const brat = run(['extract', '--format', 'brat', a]);
  assert.equal(brat.status, 0, brat.stderr);
  assert.match(brat.stdout, /^T1\tContent 1 5\tYes,$/m);
  assert.match(brat.stdout, /^T2\tSource 12 20\tAna Ruiz$/m);
  assert.match(brat.stdout, /^T3\tCue 7 11\tsaid$/m);
  assert.match(brat.stdout, /^E1\tAttribution:T\d+ Content:T1 Cue:T3 Source:T2$/m);
});

test('extract --language reads the cue words of that language', () => {
  const file = write('bericht.txt', '„Wir bleiben hier“, sagte Karl Weber am Montag.');
  const german = run(['extract', '--language', 'de', file]);
  assert.equal(german.status, 0, german.stderr);
  const article = JSON.parse(german.stdout);
  assert.equal(article.language, 'de');
  assert.deepEqual(
    article.quotes.map((q) => [q.text, q.cue?.text, article.speakers.find((s) => s.id === q.speaker)?.name]),
    [['Wir bleiben hier', 'sagte', 'Karl Weber']],
  );
  // Without the option the text is read as English, where "sagte" is no cue.
  const english = JSON.parse(run(['extract', file]).stdout);
  assert.equal(english.language, 'en');
  assert.deepEqual(english.speakers, []);
});

test('extract --format brat --out DIR writes NAME.txt, NAME.ann and annotation.conf for brat', () => {
  const a = write('first.txt', '"Yes," said Ana Ruiz.');
  const b = write('second.txt', 'Ben Okafor said: "No."');
  const out = join(tmp, 'corpus');
  const r = run(['extract', '--format', 'brat', '--out', out, a, b]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.deepEqual(readdirSync(out).sort(), ['annotation.conf', 'first.ann', 'first.txt', 'second.ann', 'second.txt']);
  for (const [name, file] of [['first', a], ['second', b]]) {
    assert.equal(readFileSync(join(out, `${name}.txt`), 'utf8'), readFileSync(file, 'utf8'));
    // The same standoff as printed without --out.
    assert.equal(readFileSync(join(out, `${name}.ann`), 'utf8'), run(['extract', '--format', 'brat', file]).stdout);
  }
  assert.match(readFileSync(join(out, 'first.ann'), 'utf8'), /^T2\tSource 12 20\tAna Ruiz$/m);
  assert.match(readFileSync(join(out, 'annotation.conf'), 'utf8'), /^\[entities\]$/m);
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
