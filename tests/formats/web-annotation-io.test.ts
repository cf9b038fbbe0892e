// W3C Web Annotation on small hand-written articles: the exact shape written, the shapes other
// tools write that are read, and what is reported (with its path in the input) when data is bad.
import { expect } from '@open-wc/testing';
import { AA_NAMESPACE, fromWebAnnotation, toWebAnnotation, W3C_CONTEXT } from '../../src/formats/web-annotation.js';
import type { Article } from '../../src/model/types.js';

const body = 'Ada Lin said "Rain soon." Then she left.';
const URN = 'urn:article-annotations:';
const said = (problems: { path: string; message: string; severity: string }[]) => problems.map((p) => `${p.severity} ${p.path}: ${p.message}`);

const full: Article = {
  version: 1, id: 'wx', headline: 'Weather', language: 'en', body,
  byline: 'Kit Moss', source: 'The Example', url: 'https://news.example/wx#top', published: '2026-03-04',
  speakers: [
    { id: 'ada', name: 'Ada Lin', kind: 'person', role: 'Forecaster', description: 'Works nights', image: '/ada.png', url: 'https://example.org/ada', aliases: ['Ada'] },
    { id: 'met', name: 'Met Office', kind: 'organization' },
  ],
  quotes: [
    { id: 'q1', start: 14, end: 24, text: 'Rain soon.', kind: 'direct', speaker: 'ada', source: { start: 0, end: 7, text: 'Ada Lin' }, cue: { start: 8, end: 12, text: 'said' }, confidence: 0.75 },
    { id: 'q2', start: 26, end: 39, text: 'Then she left', kind: 'indirect', speaker: null, continues: 'q1' },
  ],
};
const target = (source: string, start: number, end: number) => ({
  type: 'SpecificResource',
  source,
  selector: [
    { type: 'TextQuoteSelector', exact: body.slice(start, end), ...(start ? { prefix: body.slice(Math.max(0, start - 32), start) } : {}), ...(end < body.length ? { suffix: body.slice(end, end + 32) } : {}) },
    { type: 'TextPositionSelector', start, end },
  ],
});

describe('W3C Web Annotation: exact shapes', () => {
  it('writes every field of a small article where the W3C and schema.org vocabularies put it', () => {
    const page = toWebAnnotation(full);
    const src = 'https://news.example/wx';
    const ada = {
      id: `${URN}speaker:wx:ada`, type: 'Person', name: 'Ada Lin', 'schema:identifier': 'ada', 'schema:jobTitle': 'Forecaster',
      'schema:description': 'Works nights', 'schema:image': '/ada.png', 'schema:url': 'https://example.org/ada', 'schema:alternateName': ['Ada'],
    };
    expect(page).to.deep.equal({
      '@context': [W3C_CONTEXT, { schema: 'https://schema.org/', aa: AA_NAMESPACE }],
      id: `${URN}annotations:wx`,
      type: 'AnnotationPage',
      partOf: { id: `${URN}collection:wx`, type: 'AnnotationCollection', label: 'Weather', total: 2 },
      startIndex: 0,
      'schema:about': {
        id: src, type: 'Text', format: 'text/plain', language: 'en', 'schema:identifier': 'wx', 'schema:headline': 'Weather',
        'schema:author': 'Kit Moss', 'schema:publisher': 'The Example', 'schema:url': 'https://news.example/wx#top', 'schema:datePublished': '2026-03-04',
        'schema:text': body,
        'schema:mentions': [ada, { id: `${URN}speaker:wx:met`, type: 'Organization', name: 'Met Office', 'schema:identifier': 'met' }],
      },
      items: [
        {
          id: `${URN}quote:wx:q1`, type: 'Annotation', motivation: 'identifying', 'schema:identifier': 'q1',
          body: [ada, { type: 'TextualBody', purpose: 'classifying', value: 'direct' }],
          target: target(src, 14, 24), 'aa:source': target(src, 0, 7), 'aa:cue': target(src, 8, 12), 'aa:confidence': 0.75,
        },
        {
          id: `${URN}quote:wx:q2`, type: 'Annotation', motivation: 'identifying', 'schema:identifier': 'q2',
          body: [{ type: 'TextualBody', purpose: 'classifying', value: 'indirect' }],
          target: target(src, 26, 39), 'aa:continues': `${URN}quote:wx:q1`,
        },
      ],
    });
    expect(fromWebAnnotation(JSON.parse(JSON.stringify(page)))).to.deep.equal({ article: full, problems: [] });
  });

  it('writes only what an article has: no optional fields, a URN for a relative URL, safe ids', () => {
    const bare: Article = {
      version: 1, id: 'a/b c\ud800', headline: '', language: 'und', body, url: '/wx', speakers: [{ id: 'x y', name: 'Ada Lin' }],
      quotes: [{ id: 'q 1', start: 0, end: body.length, text: body, kind: 'direct', speaker: 'x y' }],
    };
    const page = toWebAnnotation(bare);
    const src = `${URN}article:a%2Fb%20c%EF%BF%BD`;
    expect(page['schema:about']).to.deep.equal({
      id: src, type: 'Text', format: 'text/plain', language: 'und', 'schema:identifier': 'a/b c\ud800', 'schema:headline': '',
      'schema:url': '/wx', 'schema:text': body,
      'schema:mentions': [{ id: `${URN}speaker:a%2Fb%20c%EF%BF%BD:x%20y`, name: 'Ada Lin', 'schema:identifier': 'x y' }],
    });
    expect(page.items[0]!.target).to.deep.equal({
      type: 'SpecificResource', source: src,
      selector: [{ type: 'TextQuoteSelector', exact: body }, { type: 'TextPositionSelector', start: 0, end: body.length }],
    });
    expect(page.items[0]!.id).to.equal(`${URN}quote:a%2Fb%20c%EF%BF%BD:q%201`);
    expect(fromWebAnnotation(JSON.parse(JSON.stringify(page)))).to.deep.equal({ article: bare, problems: [] });
  });

  it('uses an http URL as the source too, and keeps only its part before #', () => {
    const page = toWebAnnotation({ ...full, url: 'HTTP://news.example/wx?a=1#b#c' });
    expect(page['schema:about'].id).to.equal('HTTP://news.example/wx?a=1');
    expect(toWebAnnotation({ ...full, url: 'ftp://news.example/wx' })['schema:about'].id).to.equal(`${URN}article:wx`);
    expect(toWebAnnotation({ ...full, url: 'see https://news.example/wx' })['schema:about'].id).to.equal(`${URN}article:wx`);
    expect(toWebAnnotation({ ...full, url: '' })['schema:about'].id).to.equal(`${URN}article:wx`);
    const { url, byline, source, published, ...noMetadata } = full;
    expect(toWebAnnotation(noMetadata)['schema:about']).not.to.have.any.keys('schema:url', 'schema:author', 'schema:publisher', 'schema:datePublished');
  });
});

describe('W3C Web Annotation: reading what other tools write', () => {
  const ann = (selector: unknown, extra: Record<string, unknown> = {}) => ({ type: 'Annotation', target: { source: 'https://news.example/wx', selector }, ...extra });
  const quoteSel = (exact: string, more: Record<string, unknown> = {}) => ({ type: 'TextQuoteSelector', exact, ...more });
  const posSel = (start: unknown, end: unknown) => ({ type: 'TextPositionSelector', start, end });
  const spans = (data: unknown) => fromWebAnnotation(data, { body }).article!.quotes.map((q) => [q.start, q.end, q.text]);

  const placed: Array<[string, unknown, Array<[number, number, string]>]> = [
    ['a lone Annotation (not in a list), typed with @type', { '@type': 'Annotation', target: { selector: quoteSel('Rain') } }, [[14, 18, 'Rain']]],
    ['a position whose text differs from the quote: the quote wins', ann([posSel(0, 4), quoteSel('soon')]), [[19, 23, 'soon']]],
    ['a position past the end with a quote', ann([posSel(30, 99), quoteSel('left')]), [[35, 39, 'left']]],
    ['a negative position with a quote', ann([posSel(-1, 3), quoteSel('Ada')]), [[0, 3, 'Ada']]],
    ['a reversed position with a quote', ann([posSel(7, 3), quoteSel('Lin')]), [[4, 7, 'Lin']]],
    ['a position of non-integers with a quote', ann([posSel(1.5, 3), quoteSel('said')]), [[8, 12, 'said']]],
    ['a position that holds the quote, beside another occurrence', ann([posSel(1, 2), quoteSel('d')]), [[1, 2, 'd']]],
    ['an empty position at the end', ann([posSel(40, 40)]), []],
    ['a quote chosen by its suffix among repeats', ann(quoteSel('n', { suffix: ' she' })), [[29, 30, 'n']]],
    ['a quote chosen by its prefix among repeats', ann(quoteSel('n', { prefix: 'Rai' })), [[17, 18, 'n']]],
    ['a quote without context nearest its position', ann([quoteSel('e'), posSel(35, 99)]), [[36, 37, 'e']]],
    ['a quote without context nearest its position, before it', ann([quoteSel('e'), posSel(30, 99)]), [[28, 29, 'e']]],
    ['a quote without context and position: the first', ann([quoteSel('e')]), [[28, 29, 'e']]],
    ['a quote at the very start', ann(quoteSel('Ada', { suffix: ' Lin' })), [[0, 3, 'Ada']]],
    ['selectors that are not objects are skipped', ann(['TextQuoteSelector', null, quoteSel('Then')]), [[26, 30, 'Then']]],
  ];
  for (const [what, data, expected] of placed) {
    it(`places ${what}`, () => expect(spans(data)).to.deep.equal(expected));
  }

  it('reads the text, metadata and speakers from a description under partOf or in the target source', () => {
    const about = { 'https://schema.org/text': body, 'http://schema.org/headline': { '@value': 'Weather' }, 'schema:inLanguage': 'en', 'schema:identifier': 'wx' };
    const fromPartOf = fromWebAnnotation({ type: 'AnnotationPage', partOf: { 'schema:about': about }, items: [ann(quoteSel('Rain'))] });
    expect(fromPartOf.problems).to.deep.equal([]);
    expect(fromPartOf.article).to.deep.include({ id: 'wx', headline: 'Weather', language: 'en', body });
    const inSource = fromWebAnnotation([{ type: 'Annotation', target: [{ source: { id: 'https://news.example/wx', 'schema:text': body }, selector: quoteSel('Rain') }] }]);
    expect(inSource.problems).to.deep.equal([]);
    expect(inSource.article).to.deep.include({ id: 'article', headline: '', language: 'und', body });
    expect(inSource.article!.quotes.map((q) => q.text)).to.deep.equal(['Rain']);
    const labelled = fromWebAnnotation({ type: 'AnnotationPage', partOf: { label: 'From the label' }, items: [] }, { body });
    expect(labelled.article).to.deep.include({ headline: 'From the label' });
  });

  it('reads speakers written in the many ways JSON-LD allows', () => {
    const person = (extra: Record<string, unknown>) => ann(quoteSel('Rain'), { body: [extra] });
    const speakerOf = (data: unknown) => {
      const { article } = fromWebAnnotation(data, { body });
      return article!.speakers.find((s) => s.id === article!.quotes[0]!.speaker);
    };
    const table: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
      ['a label', { label: 'Ada Lin' }, { id: 'ada-lin', name: 'Ada Lin' }],
      ['a foaf:name', { 'foaf:name': 'Ada Lin' }, { id: 'ada-lin', name: 'Ada Lin' }],
      ['a full schema.org IRI', { 'https://schema.org/name': 'Ada Lin', '@type': 'https://schema.org/Person' }, { id: 'ada-lin', name: 'Ada Lin', kind: 'person' }],
      ['a schema: prefix', { 'schema:name': '  Dr. Ada  Lin!  ', type: 'schema:Organization' }, { id: 'dr-ada-lin', name: '  Dr. Ada  Lin!  ', kind: 'organization' }],
      ['a name of punctuation only', { name: '***' }, { id: 'speaker', name: '***' }],
      ['an accented name', { name: 'Zoë Ångström' }, { id: 'zoe-angstrom', name: 'Zoë Ångström' }],
      ['a type that only ends like Person', { name: 'Ada Lin', type: ['Personal', 'ex:APerson', 42] }, { id: 'ada-lin', name: 'Ada Lin' }],
      ['an IRI of another tool', { id: 'https://people.example/ada', name: 'Ada Lin' }, { id: 'https://people.example/ada', name: 'Ada Lin' }],
      ['an @id of ours', { '@id': `${URN}speaker:wx:a%20b`, name: 'Ada Lin' }, { id: 'a b', name: 'Ada Lin' }],
      ['an IRI of ours badly encoded', { id: `${URN}speaker:wx:%E0%A4`, name: 'Ada Lin' }, { id: '%E0%A4', name: 'Ada Lin' }],
      ['aliases, some not text', { name: 'Ada Lin', 'schema:alternateName': ['A. Lin', 7, '', { '@value': 'Ada' }] }, { id: 'ada-lin', name: 'Ada Lin', aliases: ['A. Lin', 'Ada'] }],
      ['one alias, not in a list', { name: 'Ada Lin', 'schema:alternateName': 'A. Lin' }, { id: 'ada-lin', name: 'Ada Lin', aliases: ['A. Lin'] }],
      ['schema.org details under full IRIs', { name: 'Ada Lin', 'http://schema.org/jobTitle': 'Forecaster', 'https://schema.org/url': 'https://example.org/ada' }, { id: 'ada-lin', name: 'Ada Lin', role: 'Forecaster', url: 'https://example.org/ada' }],
      ['a SpecificResource pointing at a person', { type: 'SpecificResource', source: { name: 'Ada Lin' } }, { id: 'ada-lin', name: 'Ada Lin' }],
    ];
    for (const [how, node, expected] of table) expect(speakerOf(person(node)), how).to.deep.equal(expected);
  });

  it('tells speakers apart by IRI and id, and merges the ones named alike', () => {
    const data = {
      type: 'AnnotationPage',
      'schema:about': { 'schema:text': body, 'schema:mentions': { id: 'https://people.example/ada', name: 'Ada Lin' } },
      items: [
        ann(quoteSel('Ada'), { body: 'https://people.example/ada' }),
        ann(quoteSel('Lin'), { body: [{ type: 'SpecificResource', source: 'https://people.example/ada' }] }),
        ann(quoteSel('said'), { body: [{ name: 'Ada Lin' }] }),
        ann(quoteSel('Rain'), { body: [{ name: 'Ada Lin', 'schema:identifier': 'other' }] }),
        ann(quoteSel('soon'), { body: [{ id: 'https://people.example/ada', name: 'Renamed' }] }),
        ann(quoteSel('Then'), { body: [{ type: 'TextualBody', purpose: 'identifying', value: 'Ada Lin' }] }),
        ann(quoteSel('she'), { body: [{ name: 'Bo' }, { name: 'Bo', id: 'https://people.example/bo' }, 'https://people.example/nobody'] }),
      ],
    };
    const { article, problems } = fromWebAnnotation(data);
    expect(article!.speakers).to.deep.equal([{ id: 'https://people.example/ada', name: 'Ada Lin' }, { id: 'other', name: 'Ada Lin' }, { id: 'bo', name: 'Bo' }, { id: 'https://people.example/bo', name: 'Bo' }]);
    expect(article!.quotes.map((q) => [q.text, q.speaker])).to.deep.equal([
      ['Ada', 'https://people.example/ada'], ['Lin', 'https://people.example/ada'], ['said', 'https://people.example/ada'],
      ['Rain', 'other'], ['soon', 'https://people.example/ada'], ['Then', 'https://people.example/ada'], ['she', 'https://people.example/bo'],
    ]);
    expect(said(problems)).to.deep.equal(['warning items[6].body[2]: neither a known speaker nor a named one; ignored']);
  });

  it('reads kinds, confidence and continuation written by hand', () => {
    const data = [
      ann(quoteSel('Rain'), { id: 'https://notes.example/1', body: [{ type: 'TextualBody', purpose: 'classifying', value: 'mixed' }, { type: 'TextualBody', purpose: 'commenting', value: 'indirect' }], [`${AA_NAMESPACE}confidence`]: '0.5' }),
      ann(quoteSel('soon'), { id: 'https://notes.example/2', body: { type: 'TextualBody', purpose: 'tagging', value: 'loud' }, 'aa:continues': { id: 'https://notes.example/1' }, 'aa:confidence': { '@value': '0.25' } }),
      ann(quoteSel('Then'), { 'schema:identifier': 'mine', 'aa:continues': `${URN}quote:wx:q%202` }),
      ann(quoteSel('left'), { id: `${URN}quote:wx:q%202` }),
    ];
    const { article, problems } = fromWebAnnotation(data, { body });
    expect(article!.quotes.map((q) => [q.id, q.text, q.kind, q.confidence, q.continues])).to.deep.equal([
      ['https://notes.example/1', 'Rain', 'mixed', 0.5, undefined],
      ['https://notes.example/2', 'soon', 'direct', 0.25, 'https://notes.example/1'],
      ['mine', 'Then', 'direct', undefined, 'q 2'],
      ['q 2', 'left', 'direct', undefined, undefined],
    ]);
    expect(problems).to.deep.equal([]);
  });
});

describe('W3C Web Annotation: bad input', () => {
  const table: Array<[string, unknown, string[]]> = [
    ['null', null, ['error $: expected W3C Web Annotation JSON-LD, got null']],
    ['a number', 42, ['error $: expected W3C Web Annotation JSON-LD, got number']],
    ['a string', 'Annotation', ['error $: expected W3C Web Annotation JSON-LD, got string']],
    ['an object that holds no annotations', { type: 'Note' }, ['error $: no annotations: expected an Annotation, an AnnotationPage or an AnnotationCollection']],
    ['a collection without a first page', { type: 'AnnotationCollection' }, ['error $: no annotations: expected an Annotation, an AnnotationPage or an AnnotationCollection']],
    ['a list of things that are not annotations', [{ type: 'Note' }, 'x'], ['warning $[0]: not an Annotation; ignored', 'warning $[1]: not an Annotation; ignored']],
    ['a page whose items is one non-annotation', { items: { type: 'Note' } }, ['warning items: not an Annotation; ignored']],
    ['a collection page whose items are not annotations', { type: 'AnnotationCollection', first: { items: [7] } }, ['warning first.items[0]: not an Annotation; ignored']],
  ];
  for (const [what, data, problems] of table) {
    it(`reports ${what} with the body given`, () => {
      const r = fromWebAnnotation(data, { body });
      expect(said(r.problems)).to.deep.equal(problems);
      if (problems[0]!.startsWith('error $: expected')) expect(r.article).to.equal(null);
      else expect(r.article).to.deep.include({ body, quotes: [] });
    });
  }

  it('says where the text is missing and where a getter threw', () => {
    expect(said(fromWebAnnotation([]).problems)).to.deep.equal(['error $: the annotated text is not in the data (no schema:about with schema:text); give it separately']);
    const hostile = { type: 'AnnotationPage', get items(): unknown { throw new RangeError('no items here'); } };
    expect(fromWebAnnotation(hostile, { body })).to.deep.equal({ article: null, problems: [{ path: '$', message: 'could not be read: no items here', severity: 'error' }] });
    const thrower = { type: 'AnnotationPage', get items(): unknown { throw 'plain'; } };
    expect(said(fromWebAnnotation(thrower, { body }).problems)).to.deep.equal(['error $: could not be read: plain']);
  });

  it('reports each unusable annotation by its path in the input and keeps the others', () => {
    const ann = (extra: Record<string, unknown>) => ({ type: 'Annotation', ...extra });
    const data = {
      type: 'AnnotationPage',
      'schema:about': {
        'schema:text': body, language: 'en',
        'schema:mentions': [{ 'schema:identifier': 'ada', name: 'Ada Lin', 'schema:image': 'javascript:alert(1)' }, { name: '' }],
      },
      items: [
        ann({ target: 'https://news.example/wx' }),
        ann({ target: { selector: { type: 'TextPositionSelector', start: 0, end: 99 } } }),
        ann({ target: { selector: { type: 'TextQuoteSelector', exact: 'Rain soon.' } }, body: { type: 'TextualBody', purpose: 'identifying', value: 'Ada Lin' }, 'aa:source': { selector: { type: 'TextQuoteSelector', exact: 'Nobody at all here' } } }),
        ann({ 'schema:identifier': 'dup', target: { selector: { type: 'TextQuoteSelector', exact: 'Then' } }, 'aa:continues': 'gone', 'aa:confidence': 'high' }),
        ann({ 'schema:identifier': 'dup', target: { selector: { type: 'TextQuoteSelector', exact: 'left' } } }),
        ann({ 'schema:identifier': 'cross', target: { selector: { type: 'TextPositionSelector', start: 20, end: 30 } } }),
      ],
    };
    const { article, problems } = fromWebAnnotation(data);
    expect(article!.quotes.map((q) => [q.id, q.text, q.speaker])).to.deep.equal([['quote-3', 'Rain soon.', 'ada'], ['dup', 'Then', null]]);
    expect(said(problems.slice(0, 3))).to.deep.equal([
      'error items[0].target: no target with a selector; this annotation is left out',
      'error items[1].target.selector: TextPositionSelector 0–99 is outside the text (40 characters) and there is no TextQuoteSelector',
      'error items[2].aa:source.selector: text "Nobody at all here" not found in the body; left out',
    ]);
    // Validation's findings, with paths into this input rather than into the article model.
    expect(said(problems.slice(3))).to.deep.equal([
      'error schema:about.schema:mentions[0].image: "javascript:alert(1)" is not an http(s) or relative URL',
      'error items[3].aa:confidence: expected a number, got NaN',
      'error items[4]: duplicate quote id "dup"',
      'error items[5]: partly overlaps quote "quote-3" (quotes[0]); quotes must nest or not overlap',
      'warning items[3].aa:continues: no quote with id "gone" to continue; left out',
    ]);
  });
});

describe('W3C Web Annotation: edge cases a reader of other tools\' files meets', () => {
  const ann = (selector: unknown, extra: Record<string, unknown> = {}) => ({ type: 'Annotation', target: { selector }, ...extra });
  const quoteSel = (exact: string, more: Record<string, unknown> = {}) => ({ type: 'TextQuoteSelector', exact, ...more });
  const read = (data: unknown) => fromWebAnnotation(data, { body });

  // [what, input, quotes as [text, speaker], problems]
  const table: Array<[string, unknown, Array<[string, string | null]>, string[]]> = [
    ['a null body is no body at all', [ann(quoteSel('Rain'), { body: null })], [['Rain', null]], []],
    ['a body that is a number is reported, the quote kept', [ann(quoteSel('Rain'), { body: [7] })], [['Rain', null]], ['warning $[0].body[0]: neither a known speaker nor a named one; ignored']],
    ['an identifying body with no words names no one', [ann(quoteSel('Rain'), { body: { type: 'TextualBody', purpose: 'identifying', value: '' } })], [['Rain', null]], []],
    ['a selector without a type is no selector', [ann({ start: 0, end: 3 })], [], ['error $[0].target.selector: no TextQuoteSelector or TextPositionSelector']],
    ['words in a selector of another type are not a quote', [ann({ type: 'CssSelector', exact: 'Rain' })], [], ['error $[0].target.selector: no TextQuoteSelector or TextPositionSelector']],
    ['a position given as text is no position', [ann({ type: 'TextPositionSelector', start: '0', end: 3 })], [], ['error $[0].target.selector: no TextQuoteSelector or TextPositionSelector']],
    ['a quote selector without its words is no selector', [ann({ type: 'TextQuoteSelector', prefix: 'Ada' })], [], ['error $[0].target.selector: no TextQuoteSelector or TextPositionSelector']],
    ['a negative position alone', [ann({ type: 'TextPositionSelector', start: -1, end: 3 })], [], ['error $[0].target.selector: TextPositionSelector -1–3 is outside the text (40 characters) and there is no TextQuoteSelector']],
    ['a reversed position alone', [ann({ type: 'TextPositionSelector', start: 9, end: 3 })], [], ['error $[0].target.selector: TextPositionSelector 9–3 is outside the text (40 characters) and there is no TextQuoteSelector']],
    ['words changed since: re-anchored, with a warning', [ann(quoteSel('Rain sooon.'))], [['Rain soon.', null]], ['warning $[0].target.selector: "Rain sooon." re-anchored by fuzzy match to 14–24 (text updated from the body)']],
    ['a continuation of an annotation that is not there', [ann(quoteSel('Rain'), { 'aa:continues': `${URN}quote:wx:zz` })], [['Rain', null]], ['warning $[0].aa:continues: no quote with id "zz" to continue; left out']],
    ['a lone annotation with a bad confidence', ann(quoteSel('Rain'), { 'aa:confidence': 2 }), [['Rain', null]], ['error $.aa:confidence: must be at most 1, got 2']],
    ['a speaker whose id is empty', [ann(quoteSel('Rain'), { body: { name: 'Ada Lin', 'schema:identifier': '' } })], [['Rain', null]], ['error $[0].body[0].id: must not be empty', 'error $[0].body: expected a string or a null, got ""']],
    ['context that wins over nearness', [ann([quoteSel('n', { suffix: ' she' }), { type: 'TextPositionSelector', start: 17, end: 99 }])], [['n', null]], []],
    ['a quote at the very end of the text', [ann(quoteSel('left.'))], [['left.', null]], []],
  ];
  for (const [what, data, quotes, problems] of table) {
    it(`reads ${what}`, () => {
      const r = read(data);
      expect(r.article!.quotes.map((q) => [q.text, q.speaker]), 'quotes').to.deep.equal(quotes);
      expect(said(r.problems), 'problems').to.deep.equal(problems);
    });
  }

  it('keeps a speaker met again under the same IRI, and numbers speakers whose names make the same id', () => {
    const { article } = fromWebAnnotation({
      type: 'AnnotationPage',
      'schema:about': { 'schema:text': body, 'schema:mentions': [{ id: 'https://people.example/a', 'schema:identifier': 'ada', name: 'Ada Lin' }, { 'schema:identifier': 'ada-lin', name: 'Someone' }] },
      items: [
        ann(quoteSel('Ada'), { body: { id: 'https://people.example/a', name: 'Renamed' } }),
        ann(quoteSel('Lin'), { body: { name: 'Ada Lin' } }),
        ann(quoteSel('said'), { body: { name: 'Ada  Lin!' } }),
        ann(quoteSel('Rain'), { body: { name: 'ADA LIN' } }),
        ann(quoteSel('soon'), { body: { 'schema:identifier': 'ada', name: 'Not Ada' } }),
      ],
    });
    expect(article!.speakers.map((s) => [s.id, s.name])).to.deep.equal([['ada', 'Ada Lin'], ['ada-lin', 'Someone'], ['ada-lin-2', 'Ada  Lin!'], ['ada-lin-3', 'ADA LIN']]);
    expect(article!.quotes.map((q) => q.speaker)).to.deep.equal(['ada', 'ada', 'ada-lin-2', 'ada-lin-3', 'ada']);
  });

  it('maps continuations by IRI to the ids the annotations carry', () => {
    const { article, problems } = read([
      ann(quoteSel('Rain'), { id: 'https://notes.example/1', 'schema:identifier': 'first' }),
      ann(quoteSel('soon'), { 'aa:continues': 'https://notes.example/1' }),
    ]);
    expect(problems).to.deep.equal([]);
    expect(article!.quotes.map((q) => [q.id, q.continues])).to.deep.equal([['first', undefined], ['quote-2', 'first']]);
  });

  it('takes a kind from a speaker body\'s type only when it ends in Organization or Person', () => {
    const kindOf = (type: string) => read([ann(quoteSel('Rain'), { body: { name: 'Ada Lin', type } })]).article!.speakers[0]!.kind;
    expect(['schema:Organization', 'OrganizationRole', 'ex:Person', 'PersonalNote'].map(kindOf)).to.deep.equal(['organization', undefined, 'person', undefined]);
  });

  it('finds the text in a later target source, and reports problems by their place there', () => {
    const r = fromWebAnnotation([
      { type: 'Annotation', target: { source: { id: 'https://news.example/wx' }, selector: quoteSel('Rain') } },
      { type: 'Annotation', target: { source: { 'schema:text': body, 'schema:mentions': { name: 'Ada Lin', 'schema:image': 'javascript:void 0' }, 'schema:url': 'javascript:void 0' }, selector: quoteSel('soon') } },
    ]);
    expect(r.article!.quotes.map((q) => q.text)).to.deep.equal(['Rain', 'soon']);
    expect(said(r.problems)).to.deep.equal([
      'error target.source.url: "javascript:void 0" is not an http(s) or relative URL',
      'error target.source.schema:mentions.image: "javascript:void 0" is not an http(s) or relative URL',
    ]);
    const under = fromWebAnnotation({ type: 'AnnotationPage', partOf: { 'schema:about': { 'schema:text': body, 'schema:mentions': [{ name: 'Ada Lin', 'schema:url': 'javascript:void 0' }] } }, items: [] });
    expect(said(under.problems)).to.deep.equal(['error partOf.schema:about.schema:mentions[0].url: "javascript:void 0" is not an http(s) or relative URL']);
  });

  it('names the right annotation and speaker past the first ten', () => {
    const mentions = Array.from({ length: 12 }, (_, i) => ({ name: `Person ${i}`, ...(i === 11 ? { 'schema:image': 'javascript:void 0' } : {}) }));
    const items = Array.from({ length: 12 }, (_, i) => ann({ type: 'TextPositionSelector', start: i, end: i + 1 }, i === 11 ? { 'aa:confidence': -1 } : {}));
    const r = fromWebAnnotation({ type: 'AnnotationPage', 'schema:about': { 'schema:text': body, 'schema:mentions': mentions }, items });
    expect(said(r.problems)).to.deep.equal([
      'error schema:about.schema:mentions[11].image: "javascript:void 0" is not an http(s) or relative URL',
      'error items[11].aa:confidence: must be at least 0, got -1',
    ]);
  });
});
