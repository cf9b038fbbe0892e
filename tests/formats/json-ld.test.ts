import { expect } from '@open-wc/testing';
import type { NewsArticle, Organization, Person, Quotation, WithContext } from 'schema-dts';
import { jsonLdScriptText, toJsonLd, type JsonLdNewsArticle, type JsonLdQuotation, type JsonLdSpeaker } from '../../src/formats/json-ld.js';
import { validateArticle, type Article } from '../../src/model/index.js';
import { loadSeed } from '../model/fixtures.js';

// The output type is checked against schema.org's own definitions (schema-dts, generated from the
// schema.org vocabulary) by the type-check that `npm test` runs: a property schema.org does not
// define, or a value of the wrong type, fails the build.
// Assignability checks the types of the properties; these check that every property is one schema.org defines there.
const typedAsSchemaOrg = (article: Article): WithContext<NewsArticle> => toJsonLd(article);
type OnlyKnown<T extends never> = T;
export type SchemaOrgProperties = [
  OnlyKnown<Exclude<keyof JsonLdNewsArticle, keyof WithContext<NewsArticle>>>,
  OnlyKnown<Exclude<keyof JsonLdQuotation, keyof Quotation>>,
  OnlyKnown<Exclude<keyof JsonLdSpeaker, keyof Exclude<Person, string>>>,
  OnlyKnown<Exclude<Exclude<keyof JsonLdSpeaker, 'jobTitle'>, keyof Exclude<Organization, string>>>,
  OnlyKnown<Exclude<keyof NonNullable<JsonLdNewsArticle['author']>, keyof Exclude<Person, string>>>,
  OnlyKnown<Exclude<keyof NonNullable<JsonLdNewsArticle['publisher']>, keyof Exclude<Organization, string>>>,
];

const article = (extra: Partial<Article> = {}): Article =>
  validateArticle({
    version: 1, id: 'council', headline: 'Council votes', language: 'en-GB', body: '"We will rebuild it," said Ana Ruiz. The ministry said it "fully supports" the plan. Ana Ruiz said that money was found.',
    speakers: [
      { id: 'ana', name: 'Ana Ruiz', role: 'Mayor', description: 'Mayor since 2019' },
      { id: 'min', name: 'Ministry of Transport', role: 'ignored for organizations', kind: 'organization' },
    ],
    quotes: [
      { id: 'q1', start: 1, end: 20, text: 'We will rebuild it,', kind: 'direct', speaker: 'ana' },
      { id: 'q2', start: 61, end: 75, text: 'fully supports', kind: 'mixed', speaker: 'min' },
      { id: 'q3', start: 102, end: 117, text: 'money was found', kind: 'indirect', speaker: 'ana' },
    ],
    ...extra,
  }).article!;

describe('schema.org JSON-LD', () => {
  it('describes the article as a NewsArticle with its metadata', () => {
    const out = typedAsSchemaOrg(article({ url: 'https://news.example/council', published: '2026-11-30', byline: 'By Jo Bloggs', source: 'The Daily Example' }));
    expect(out).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://news.example/council',
      headline: 'Council votes',
      inLanguage: 'en-GB',
      datePublished: '2026-11-30',
      url: 'https://news.example/council',
      author: { '@type': 'Person', name: 'Jo Bloggs' },
      publisher: { '@type': 'Organization', name: 'The Daily Example' },
    });
  });

  it('lists direct and mixed quotes as Quotations by their speaker, part of the article; indirect ones are left out', () => {
    const out = toJsonLd(article());
    const ana = { '@type': 'Person', name: 'Ana Ruiz', jobTitle: 'Mayor', description: 'Mayor since 2019' };
    const ministry = { '@type': 'Organization', name: 'Ministry of Transport' };
    expect(out.hasPart).to.deep.equal([
      { '@type': 'Quotation', text: 'We will rebuild it,', creator: ana, spokenByCharacter: ana, isPartOf: { '@id': '#article' } },
      { '@type': 'Quotation', text: 'fully supports', creator: ministry, spokenByCharacter: ministry, isPartOf: { '@id': '#article' } },
    ]);
    expect(out['@id']).to.equal('#article');
    expect(out).not.to.have.keys('author', 'publisher', 'datePublished', 'url');
  });

  it('gives a quote without a speaker no creator', () => {
    const data = article();
    data.quotes[0]!.speaker = null;
    expect(toJsonLd(data).hasPart[0]).to.deep.equal({ '@type': 'Quotation', text: 'We will rebuild it,', isPartOf: { '@id': '#article' } });
  });

  it('has every quotation of the seed article that is the speaker\'s own words', async () => {
    const seed = await loadSeed();
    const out = toJsonLd(seed);
    const own = seed.quotes.filter((q) => q.kind !== 'indirect');
    expect(out.hasPart.map((p) => p.text)).to.deep.equal(own.map((q) => q.text));
    const names = new Map(seed.speakers.map((s) => [s.id, s.name]));
    expect(out.hasPart.map((p) => p.creator?.name)).to.deep.equal(own.map((q) => (q.speaker ? names.get(q.speaker) : undefined)));
  });

  it('can be put in a page as a script whose text no quote can end early', function () {
    // The HTML parser is the judge: in Node (npm run test:node) there is none.
    if (typeof document === 'undefined') this.skip();
    const data = article();
    data.speakers[0]!.name = '</script><img src=x onerror=alert(1)>';
    const holder = document.createElement('div');
    holder.innerHTML = `<script type="application/ld+json">${jsonLdScriptText(data)}</script>`;
    expect(holder.querySelectorAll('script, img')).to.have.length(1);
    expect(JSON.parse(holder.querySelector('script')!.textContent!)).to.deep.equal(toJsonLd(data));
  });
});

describe('schema.org JSON-LD: exact output', () => {
  const bare = (extra: Partial<Article> = {}): Article => ({
    version: 1, id: 'x', headline: 'Short', language: 'en', body: 'Eli said "go" and left.', speakers: [{ id: 'eli', name: 'Eli', role: 'Coach' }],
    quotes: [{ id: 'q1', start: 10, end: 12, text: 'go', kind: 'unmarked', speaker: 'eli' }], ...extra,
  });

  it('writes nothing an article does not have', () => {
    const eli = { '@type': 'Person', name: 'Eli', jobTitle: 'Coach' };
    expect(toJsonLd(bare())).to.deep.equal({
      '@context': 'https://schema.org', '@type': 'NewsArticle', '@id': '#article', headline: 'Short', inLanguage: 'en',
      hasPart: [{ '@type': 'Quotation', text: 'go', creator: eli, spokenByCharacter: eli, isPartOf: { '@id': '#article' } }],
    });
    expect(toJsonLd(bare({ byline: '', source: '', url: '', published: '' }))).to.have.keys('@context', '@type', '@id', 'headline', 'inLanguage', 'hasPart');
  });

  // A byline's leading "By" is dropped; names that merely contain "by" are kept whole.
  const bylines: Array<[string, string | undefined]> = [
    ['By Jo Bloggs', 'Jo Bloggs'], ['  by   Jo Bloggs ', 'Jo Bloggs'], ['BY Jo', 'Jo'], ['Abby Lane', 'Abby Lane'],
    ['Bobby Byrne', 'Bobby Byrne'], ['Byron Hale', 'Byron Hale'], ['Jo Bloggs and by-line', 'Jo Bloggs and by-line'], ['By ', undefined], ['   ', undefined],
  ];
  for (const [byline, name] of bylines) {
    it(`names the author of the byline "${byline}" ${name === undefined ? 'nobody' : `"${name}"`}`, () => {
      expect(toJsonLd(bare({ byline })).author).to.deep.equal(name === undefined ? undefined : { '@type': 'Person', name });
    });
  }

  it('writes script text with no "<" that reads back as the same data', () => {
    const data = bare();
    data.speakers[0]!.name = '</script><b>Eli</b>';
    const text = jsonLdScriptText(data);
    expect(text).not.to.contain('<');
    expect(text).to.contain('\\u003c/script>\\u003cb>Eli\\u003c/b>');
    expect(JSON.parse(text)).to.deep.equal(toJsonLd(data));
  });
});
