// `article-annotations convert`: formats in and out through the built CLI in dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED, run, scratch } from './cli-run.js';

const seed = JSON.parse(readFileSync(SEED, 'utf8'));
const { dir: tmp, write } = scratch('article-annotations-convert-');

test('convert: article JSON to W3C Web Annotation and back gives the same article', () => {
  const w3c = run(['convert', '--to', 'w3c', SEED]);
  assert.equal(w3c.status, 0, w3c.stderr);
  const page = JSON.parse(w3c.stdout);
  assert.equal(page.type, 'AnnotationPage');
  assert.equal(page.items.length, seed.quotes.length);
  assert.deepEqual(page.items[0].target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
  // From standard input, recognised by its content.
  const back = run(['convert', '--to', 'json', '-'], w3c.stdout);
  assert.equal(back.status, 0, back.stderr);
  assert.equal(back.stderr, '');
  assert.deepEqual(JSON.parse(back.stdout), seed);
});

test('convert: to brat with --out, then the .ann (its .txt beside it) back to article JSON', () => {
  const dir = join(tmp, 'brat');
  const r = run(['convert', '--to', 'brat', '--out', dir, SEED]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(join(dir, 'bondarev-resignation.txt'), 'utf8'), seed.body);
  assert.match(readFileSync(join(dir, 'annotation.conf'), 'utf8'), /^Attribution\tContent:Content/m);
  const back = run(['convert', '--to', 'json', join(dir, 'bondarev-resignation.ann')]);
  assert.equal(back.status, 0, back.stderr);
  const article = JSON.parse(back.stdout);
  // brat keeps places, kinds, speakers and split quotes; metadata such as the headline is not in it.
  assert.equal(article.body, seed.body);
  const shape = (a) => a.quotes.map((q) => [q.start, q.end, q.kind, q.speaker, q.continues !== undefined]);
  assert.deepEqual(shape(article), shape(seed));
  const names = (a) => a.speakers.map((s) => `${s.id} ${s.name}`).sort();
  assert.deepEqual(names(article), names(seed));
});

test('convert: brat written by another tool, without kinds or speakers', () => {
  const text = 'Mia said, "We will build it." Officials said costs rose.';
  write('other.txt', text);
  const ann = write('other.ann', ['T1\tContent 11 28\tWe will build it.', 'T2\tSource 0 3\tMia', 'T3\tCue 4 8\tsaid', 'E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3', 'T4\tContent 45 56\tcosts rose.', 'E2\tAttribution-no-source:T4 Content:T4'].join('\n'));
  const r = run(['convert', '--to', 'json', ann]);
  assert.equal(r.status, 0, r.stderr);
  const article = JSON.parse(r.stdout);
  assert.deepEqual(article.quotes.map((q) => [q.text, q.kind, q.speaker, q.source?.text]), [['We will build it.', 'direct', null, 'Mia'], ['costs rose.', 'indirect', null, undefined]]);
});

test('convert: W3C annotations from another tool, with the text they point at given by --text', () => {
  const text = write('council.txt', 'The mayor said "yes". Later the mayor said "no".');
  const annotations = write('council.w3c.json', JSON.stringify([
    { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://annotations.example/a/1', type: 'Annotation', body: [{ type: 'TextualBody', purpose: 'identifying', value: 'Ana Ruiz' }], target: { source: 'https://news.example/council', selector: { type: 'TextQuoteSelector', exact: 'no' } } },
  ]));
  const r = run(['convert', '--to', 'json', '--text', text, annotations]);
  assert.equal(r.status, 0, r.stderr);
  const article = JSON.parse(r.stdout);
  assert.deepEqual(article.quotes.map((q) => [q.id, q.start, q.text, q.speaker]), [['https://annotations.example/a/1', 44, 'no', 'ana-ruiz']]);
  assert.deepEqual(article.speakers, [{ id: 'ana-ruiz', name: 'Ana Ruiz' }]);
  const missing = run(['convert', '--to', 'json', '--text', join(tmp, 'nope.txt'), annotations]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /--text .*nope\.txt: cannot read: no such file/);
});

test('convert: schema.org JSON-LD for the page', () => {
  const r = run(['convert', '--to', 'jsonld', SEED]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc['@type'], 'NewsArticle');
  assert.equal(doc.headline, seed.headline);
  assert.equal(doc.hasPart.length, seed.quotes.filter((q) => q.kind !== 'indirect').length);
  assert.equal(doc.hasPart[0]['@type'], 'Quotation');
});

test('convert: what cannot be converted is printed with its path; the rest is converted; exit 1', () => {
  const page = JSON.parse(run(['convert', '--to', 'w3c', SEED]).stdout);
  page.items[2].target.selector = [{ type: 'TextPositionSelector', start: 1e6, end: 1e6 + 5 }];
  const r = run(['convert', '--to', 'json', write('broken.w3c.json', JSON.stringify(page))]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.w3c\.json: error: items\[2\]\.target\.selector: TextPositionSelector 1000000–1000005 is outside the text/);
  assert.equal(JSON.parse(r.stdout).quotes.length, seed.quotes.length - 1);
});

test('convert: clear errors and exit codes for bad use and unusable input', () => {
  const cases = [
    [['convert', SEED], 2, /--to is required/],
    [['convert', '--to', 'xml', SEED], 2, /--to must be json, w3c, brat or jsonld, not "xml"/],
    [['convert', '--to', 'json'], 2, /no FILE given/],
    [['convert', '--to', 'json', '--out', tmp, SEED], 2, /--out is for --to brat/],
    [['convert', '--to', 'json', '--frobnicate', SEED], 2, /Unknown option '--frobnicate'/],
    [['convert', '--to', 'json', join(tmp, 'missing.json')], 1, /missing\.json: cannot read: no such file/],
    [['convert', '--to', 'json', write('story.txt', 'Just some text.')], 1, /not article JSON, W3C Web Annotation JSON-LD or brat standoff \(for plain text, use `article-annotations extract`\)/],
    [['convert', '--to', 'json', write('bad.json', '{\n  "body": }')], 1, /not valid JSON at line 2, column 11/],
    [['convert', '--to', 'json', write('lonely.ann', 'T1\tContent 0 3\tabc\n')], 1, /brat standoff needs its text beside it: .*lonely\.txt: cannot read: no such file/],
    [['convert', '--to', 'json', write('page.jsonld', run(['convert', '--to', 'jsonld', SEED]).stdout)], 1, /schema\.org JSON-LD is an output format only/],
    [['convert', '--to', 'json', write('empty.w3c.json', '{"type":"AnnotationPage","items":[]}')], 1, /the annotated text is not in the data[^]*give that text with --text FILE/],
  ];
  for (const [args, status, message] of cases) {
    const r = run(args);
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
  }
  const stdinBrat = run(['convert', '--to', 'json', '-'], 'T1\tContent 0 3\tabc\n');
  assert.equal(stdinBrat.status, 1);
  assert.match(stdinBrat.stderr, /brat standoff on standard input: give the \.ann file by name/);
});
