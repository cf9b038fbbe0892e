import { expect } from '@open-wc/testing';
import { formatProblem, parseArticle, validateArticle } from '../../src/model/index.js';
import type { Article } from '../../src/model/index.js';
import { clone, loadSeed, makeArticle } from './fixtures.js';

const messages = (input: unknown) => validateArticle(input).problems.map(formatProblem);

const BODY = 'Ana Ruiz spoke first. "We will rebuild the bridge," she said.\n"Not this year," Ben Okafor replied.';
const good = () => makeArticle(BODY, [{ text: 'We will rebuild the bridge,' }, { text: 'Not this year,', speaker: 'ben' }]);

describe('validateArticle', () => {
  describe('good documents', () => {
    it('accepts the seed article with no problems and all its quotes', async () => {
      const seed = await loadSeed();
      const { article, problems, orphans } = validateArticle(seed);
      expect(problems.map(formatProblem)).to.deep.equal([]);
      expect(orphans).to.deep.equal([]);
      expect(article!.quotes).to.have.length(seed.quotes.length);
      expect(article).to.deep.equal(seed);
    });

    it('returns valid data unchanged', () => {
      const input = good();
      expect(validateArticle(clone(input)).article).to.deep.equal(input);
    });

    it('never changes the body, whatever the quotes', () => {
      const input = good();
      input.quotes.push({ id: 'bad', start: -4, end: 9999, text: 'nowhere to be found', kind: 'direct', speaker: null });
      expect(validateArticle(input).article!.body).to.equal(BODY);
    });
  });

  describe('documents that cannot be used', () => {
    for (const [input, expected] of [
      [null, 'expected an article object, got null'],
      [[1, 2], 'expected an article object, got an array'],
      ['text', 'expected an article object, got "text"'],
      [{ version: 1, headline: 'x' }, 'body: missing: the article has no text'],
      [{ version: 1, body: 42 }, 'body: expected the article text as a string, got 42'],
    ] as const) {
      it(`says "${expected}"`, () => {
        const r = validateArticle(input);
        expect(r.article).to.equal(null);
        expect(r.problems.map(formatProblem)).to.deep.equal([expected]);
      });
    }
  });

  describe('metadata', () => {
    it('reports a wrong version and still reads the article', () => {
      const r = validateArticle({ ...good(), version: 2 });
      expect(r.problems.map(formatProblem)).to.deep.equal(['version: expected 1, got 2; read as version 1']);
      expect(r.article!.quotes).to.have.length(2);
    });

    it('reports missing required fields and fills them in', () => {
      const { id: _id, headline: _h, language: _l, ...rest } = good();
      const r = validateArticle(rest);
      expect(r.problems.map(formatProblem)).to.deep.equal(['id: missing', 'headline: missing', 'language: missing']);
      expect(r.article).to.include({ id: 'article', headline: '', language: 'und' });
    });

    it('drops unsafe or malformed optional fields with a message', () => {
      const r = validateArticle({ ...good(), url: 'javascript:alert(1)', published: 'last Tuesday', byline: 7, language: 'english!' });
      expect(r.problems.map(formatProblem)).to.deep.equal([
        'byline: expected a string, got 7',
        'url: "javascript:alert(1)" is not an http(s) or relative URL',
        'published: "last Tuesday" is not in the expected format',
        'language: "english!" is not in the expected format',
      ]);
      expect(r.article).not.to.have.property('url');
      expect(r.article).not.to.have.property('byline');
    });

    it('ignores unknown fields, saying so', () => {
      expect(messages({ ...good(), extra: true })).to.deep.equal(['extra: unknown field, ignored']);
    });

    it('does not let a __proto__ key change any prototype', () => {
      const r = parseArticle(JSON.stringify(good()).replace('{', '{"__proto__":{"polluted":true},'));
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(r.article)).to.equal(Object.prototype);
      expect(r.problems.map(formatProblem)).to.deep.equal(['__proto__: unknown field, ignored']);
    });
  });

  describe('speakers', () => {
    it('reads a missing list as empty', () => {
      const { speakers: _s, ...rest } = good();
      const r = validateArticle({ ...rest, quotes: [] });
      expect(r.article!.speakers).to.deep.equal([]);
      expect(r.problems.map(formatProblem)).to.deep.equal(['speakers: missing; read as an empty list']);
    });

    it('drops a speaker without a name and a duplicate id, keeping the others', () => {
      const input = good() as unknown as { speakers: unknown[] };
      input.speakers.push({ id: 'nameless' }, { id: 'ana', name: 'Another Ana' });
      const r = validateArticle(input);
      expect(r.problems.map(formatProblem)).to.deep.equal([
        'speakers[2].name: missing',
        'speakers[3].id: duplicate speaker id "ana"; this speaker is left out',
      ]);
      expect(r.article!.speakers.map((s) => s.name)).to.deep.equal(['Ana Ruiz', 'Ben Okafor']);
    });

    it('refuses image and page URLs that are not http(s) or relative', () => {
      const input = good();
      input.speakers[0].image = 'data:image/svg+xml,<svg onload=alert(1)>';
      input.speakers[0].url = ' JaVa\tScRiPt:alert(1)';
      input.speakers[1].image = '/img/ben.jpg';
      const r = validateArticle(input);
      expect(r.article!.speakers[0]).not.to.have.property('image');
      expect(r.article!.speakers[0]).not.to.have.property('url');
      expect(r.article!.speakers[1].image).to.equal('/img/ben.jpg');
      expect(r.problems).to.have.length(2);
    });
  });

  describe('quotes', () => {
    it('shows a quote of an unknown speaker without a speaker', () => {
      const input = good();
      input.quotes[1].speaker = 'bondarev';
      const r = validateArticle(input);
      expect(r.problems.map(formatProblem)).to.deep.equal(['quotes[1].speaker: no speaker with id "bondarev"; shown without a speaker']);
      expect(r.article!.quotes[1].speaker).to.equal(null);
    });

    it('orphans a quote whose text is nowhere in the body, naming its offsets', () => {
      const input = good();
      input.quotes.push({ id: 'gone', start: 500, end: 520, text: 'words that were cut', kind: 'direct', speaker: 'ben' });
      const r = validateArticle(input);
      expect(r.problems.map(formatProblem)).to.deep.equal(['quotes[2]: text "words that were cut" not found in the body (offsets 500–520)']);
      expect(r.orphans).to.deep.equal([{ index: 2, id: 'gone', text: 'words that were cut', reason: 'text "words that were cut" not found in the body (offsets 500–520)' }]);
      expect(r.article!.quotes).to.have.length(2);
    });

    it('orphans a quote that partly overlaps another', () => {
      const input = good();
      const start = BODY.indexOf('rebuild');
      const end = BODY.indexOf('she said');
      input.quotes.push({ id: 'q3', start, end, text: BODY.slice(start, end), kind: 'mixed', speaker: 'ana' });
      const r = validateArticle(input);
      expect(r.problems.map(formatProblem)).to.deep.equal(['quotes[2]: partly overlaps quote "q1" (quotes[0]); quotes must nest or not overlap']);
      expect(r.article!.quotes.map((q) => q.id)).to.deep.equal(['q1', 'q2']);
    });

    it('keeps quotes nested inside quotes', () => {
      const input = makeArticle(BODY, [{ text: 'We will rebuild the bridge,' }, { text: 'the bridge', kind: 'mixed' }]);
      const r = validateArticle(input);
      expect(r.problems).to.deep.equal([]);
      expect(r.article!.quotes).to.have.length(2);
    });

    it('orphans the second quote with a duplicate id', () => {
      const input = good();
      input.quotes[1].id = 'q1';
      const r = validateArticle(input);
      expect(r.problems.map(formatProblem)).to.deep.equal(['quotes[1].id: duplicate quote id "q1"']);
      expect(r.orphans.map((o) => o.index)).to.deep.equal([1]);
    });

    it('drops a `continues` that points nowhere, and a bad confidence, keeping the quote', () => {
      const input = good();
      Object.assign(input.quotes[1], { continues: 'q9', confidence: 1.5 });
      const r = validateArticle(input);
      expect(r.problems.map(formatProblem)).to.deep.equal([
        'quotes[1].confidence: must be at most 1, got 1.5',
        'quotes[1].continues: no quote with id "q9" to continue; left out',
      ]);
      expect(r.article!.quotes[1]).not.to.have.any.keys('continues', 'confidence');
    });

    it('shows a quote with an unknown kind as direct and says so', () => {
      const input = good() as unknown as { quotes: Array<Record<string, unknown>> };
      input.quotes[0].kind = 'shouted';
      const r = validateArticle(input);
      expect(r.problems.map(formatProblem)).to.deep.equal(['quotes[0].kind: expected one of "direct", "mixed", "indirect", "unmarked", got "shouted"']);
      expect(r.article!.quotes[0].kind).to.equal('direct');
    });

    it('orphans quotes that are not objects or have no text', () => {
      const input = good() as unknown as { quotes: unknown[] };
      input.quotes.push('a string', { id: 'empty', start: 0, end: 0, text: '', kind: 'direct', speaker: null });
      const r = validateArticle(input);
      expect(r.orphans.map((o) => o.reason)).to.deep.equal(['expected a quote object, got "a string"', 'has empty text']);
      // Said once, not once by the schema walk and again by the orphaning.
      expect(r.problems.filter((p) => p.path === 'quotes[2]').map((p) => p.message)).to.deep.equal(['expected a quote object, got "a string"']);
    });

    it('orphans a quote made only of line breaks: there are no words to mark', () => {
      const body = 'First paragraph.\n\r\n\u2029Second paragraph.';
      const breaks = body.slice(16, 20);
      const input = makeArticle(body, [{ text: breaks }, { text: 'Second paragraph.' }]);
      const { article, orphans, problems } = validateArticle(input);
      expect(article!.quotes.map((q) => q.text)).to.deep.equal(['Second paragraph.']);
      expect(orphans).to.deep.equal([{ index: 0, id: 'q1', text: breaks, reason: 'holds only line breaks: there are no words to mark' }]);
      expect(problems.map(formatProblem)).to.deep.equal(['quotes[0]: holds only line breaks: there are no words to mark']);
      // One line break and one word is a quote.
      expect(validateArticle(makeArticle(body, [{ text: 'paragraph.\n' }])).orphans).to.deep.equal([]);
    });

    it('takes a missing text from valid offsets', () => {
      const input = good() as unknown as { quotes: Array<Record<string, unknown>> };
      delete input.quotes[0].text;
      const r = validateArticle(input);
      expect(r.article!.quotes[0].text).to.equal('We will rebuild the bridge,');
      expect(r.problems.map(formatProblem)).to.deep.equal(['quotes[0].text: missing']);
    });

    it('drops a cue that is not in the body, keeping the quote', () => {
      const input = good();
      input.quotes[0].cue = { start: 80, end: 85, text: 'shouted' };
      const r = validateArticle(input);
      expect(r.article!.quotes[0]).not.to.have.property('cue');
      expect(r.problems.map(formatProblem)).to.deep.equal(['quotes[0].cue: "shouted" not found in the body; left out']);
    });
  });

  describe('big documents', () => {
    it('validates a 10 MB body with many quotes', () => {
      const paragraph = 'The council met again. "We need more time," the mayor said.\n';
      const body = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
      const offset = paragraph.indexOf('We need');
      const quotes = Array.from({ length: 2000 }, (_, i) => ({
        id: `q${i}`,
        start: i * paragraph.length + offset,
        end: i * paragraph.length + offset + 'We need more time,'.length,
        text: 'We need more time,',
        kind: 'direct',
        speaker: null,
      }));
      const r = validateArticle({ version: 1, id: 'big', headline: 'Big', language: 'en', body, speakers: [], quotes });
      expect(r.problems).to.deep.equal([]);
      expect(r.article!.body.length).to.be.greaterThan(10_000_000 - 1);
      expect(r.article!.quotes).to.have.length(2000);
    });
  });
});

describe('parseArticle', () => {
  it('says where malformed JSON breaks', () => {
    expect(parseArticle('{\n  "version": 1,\n  "body" "text"\n}').problems.map(formatProblem)).to.deep.equal([
      'not valid JSON at line 3, column 10: unexpected "\\"text\\"\\n}"',
    ]);
  });

  it('says when the document ends too early or is empty', () => {
    expect(parseArticle('{"body": "x"').problems[0].message).to.equal('not valid JSON at line 1, column 13: the document ends too early');
    expect(parseArticle('  ').problems[0].message).to.equal('not valid JSON: the document is empty');
  });

  it('survives hostile nesting without a stack overflow', () => {
    const r = parseArticle('['.repeat(200_000));
    expect(r.article).to.equal(null);
    expect(r.problems[0].message).to.match(/^not valid JSON at line 1, column 200001/);
  });

  it('reads valid JSON', async () => {
    const seed: Article = await loadSeed();
    expect(parseArticle(JSON.stringify(seed)).article).to.deep.equal(seed);
  });
});
