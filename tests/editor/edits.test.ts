import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  acceptQuote,
  addQuote,
  addSpeaker,
  deleteQuote,
  deleteSpeaker,
  editText,
  mergeSpeakers,
  placeOrphan,
  previousBySameSpeaker,
  updateQuote,
  updateSpeaker,
  type EditorState,
  type Outcome,
} from '../../src/elements/article-editor/edits.js';
import { History } from '../../src/elements/article-editor/history.js';
import { guessKind, snapRange } from '../../src/elements/article-editor/snap.js';
import { resolveSpeaker, speakerOptions } from '../../src/elements/article-editor/speakers.js';
import { validateArticle, type Article, type QuoteKind } from '../../src/model/index.js';
import { articles } from '../shared/arbitraries.js';
import { makeArticle } from '../model/fixtures.js';

const SEED = 42;
const KINDS: QuoteKind[] = ['direct', 'mixed', 'indirect', 'unmarked'];
const NAMES = ['Ana Ruiz', '<img src=x onerror=alert(1)>', '"; DROP TABLE speakers; --', '\u202eevil', '{{constructor}}', '__proto__', ' ', ''];

/** One editor action with random arguments; `pick` chooses among what exists when it runs. */
const action = fc.oneof(
  fc.record({ type: fc.constant('add'), a: fc.nat(600), b: fc.nat(600), kind: fc.constantFrom(...KINDS), pick: fc.nat() }),
  fc.record({ type: fc.constant('update'), pick: fc.nat(), kind: fc.constantFrom(...KINDS), speaker: fc.nat() }),
  fc.record({ type: fc.constant('source'), pick: fc.nat(), a: fc.nat(600), b: fc.nat(600), cue: fc.boolean() }),
  fc.record({ type: fc.constant('continue'), pick: fc.nat() }),
  fc.record({ type: fc.constant('delete'), pick: fc.nat() }),
  fc.record({ type: fc.constant('accept'), pick: fc.nat() }),
  fc.record({ type: fc.constant('speaker'), name: fc.constantFrom(...NAMES) }),
  fc.record({ type: fc.constant('rename'), pick: fc.nat(), name: fc.constantFrom(...NAMES), role: fc.constantFrom(...NAMES) }),
  fc.record({ type: fc.constant('merge'), pick: fc.nat(), into: fc.nat() }),
  fc.record({ type: fc.constant('unspeak'), pick: fc.nat() }),
  fc.record({ type: fc.constant('text'), at: fc.nat(600), cut: fc.nat(30), insert: fc.constantFrom('', 'new words ', '“', '\n', '😀') }),
  fc.record({ type: fc.constant('place'), pick: fc.nat(), a: fc.nat(600), b: fc.nat(600) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function apply(s: EditorState, act: Action): Outcome {
  const { quotes, speakers, body } = s.article;
  const quote = quotes.length ? quotes[('pick' in act ? act.pick : 0) % quotes.length] : undefined;
  const speaker = speakers.length ? speakers[('pick' in act ? act.pick : 0) % speakers.length] : undefined;
  switch (act.type) {
    case 'add': {
      const r = snapRange(body, act.a % (body.length + 1), act.b % (body.length + 1));
      return addQuote(s, { ...r, kind: act.kind, speaker: speaker?.id ?? null });
    }
    case 'update':
      return quote ? updateQuote(s, quote.id, { kind: act.kind, speaker: speakers.length ? speakers[act.speaker % speakers.length].id : null }) : { error: 'none' };
    case 'source': {
      if (!quote) return { error: 'none' };
      const r = snapRange(body, act.a % (body.length + 1), act.b % (body.length + 1));
      const span = { ...r, text: body.slice(r.start, r.end) };
      return updateQuote(s, quote.id, act.cue ? { cue: span } : { source: span });
    }
    case 'continue': {
      const prev = quote && previousBySameSpeaker(s, quote.id);
      return prev ? updateQuote(s, quote!.id, { continues: prev.id }) : { error: 'none' };
    }
    case 'delete':
      return quote ? deleteQuote(s, quote.id) : { error: 'none' };
    case 'accept':
      return quote ? acceptQuote(s, quote.id) : { error: 'none' };
    case 'speaker':
      return addSpeaker(s, act.name);
    case 'rename':
      return speaker ? updateSpeaker(s, speaker.id, { name: act.name, role: act.role }) : { error: 'none' };
    case 'merge':
      return speaker && speakers.length > 1 ? mergeSpeakers(s, speaker.id, speakers[act.into % speakers.length].id) : { error: 'none' };
    case 'unspeak':
      return speaker ? deleteSpeaker(s, speaker.id) : { error: 'none' };
    case 'text': {
      const at = act.at % (body.length + 1);
      return editText(s, body.slice(0, at) + act.insert + body.slice(Math.min(body.length, at + act.cut)));
    }
    case 'place': {
      const o = s.orphans[act.pick % Math.max(1, s.orphans.length)];
      const r = snapRange(body, act.a % (body.length + 1), act.b % (body.length + 1));
      return o ? placeOrphan(s, o.id, r.start, r.end) : { error: 'none' };
    }
  }
}

/** The article the validator would make of `a` is `a` itself, with nothing to report. */
function expectValid(a: Article, after: string) {
  const r = validateArticle(JSON.parse(JSON.stringify(a)));
  expect(r.problems, after).to.deep.equal([]);
  expect(r.article, after).to.deep.equal(a);
}

const words = 'Ana said, “We will rebuild the bridge by spring.” Ben Okafor disagreed: “Not a chance.”\nThe council, she said, “voted twice” before.';
/** Every other quote machine-made (with a confidence), as extracted articles have them. */
const machineMade = (a: Article): Article => ({ ...a, quotes: a.quotes.map((q, i) => (i % 2 ? q : { ...q, confidence: 0.5 + i / 100 })) });
const start = fc.oneof(
  fc.constant(
    machineMade(
      makeArticle(words, [
        { text: 'We will rebuild the bridge by spring.' },
        { text: 'Not a chance.', speaker: 'ben' },
        { text: 'voted twice', kind: 'mixed' },
      ]),
    ),
  ),
  articles.map((a) => machineMade(validateArticle(a).article!)),
);

describe('editing model: any sequence of actions', () => {
  it('keeps every article valid; undo all gives the start back exactly; redo all gives the end again', () => {
    const applied = new Map<string, number>();
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 25 }), (article, actions) => {
        const first: EditorState = { article: validateArticle(article).article!, orphans: [] };
        const frozen = JSON.stringify(first);
        const history = new History<EditorState>({ state: first, description: 'Open' });
        for (const act of actions) {
          const out = apply(history.state, act);
          if (out.error !== undefined) continue;
          expectValid(out.state.article, act.type);
          // Quotes set aside by a text edit are kept, never dropped.
          expect(out.state.orphans.length + out.state.article.quotes.length).to.be.at.least(history.state.article.quotes.length + history.state.orphans.length - (act.type === 'delete' ? 1 : 0));
          history.push(out.state, act.type);
          applied.set(act.type, (applied.get(act.type) ?? 0) + 1);
        }
        const end = history.state;
        while (history.canUndo) {
          history.undo();
          expectValid(history.state.article, 'undo');
        }
        expect(history.state).to.equal(first);
        expect(JSON.stringify(history.state)).to.equal(frozen); // nothing was mutated on the way
        while (history.canRedo) history.redo();
        expect(history.state).to.equal(end);
      }),
      { seed: SEED, numRuns: 200, endOnFailure: true, reporter: (run) => { if (run.failed) throw new Error(`seed ${SEED}: ${fc.defaultReportMessage(run)}`); } },
    );
    // The sequences did edit: every kind of action went through many times, not only refusals.
    for (const type of ['add', 'update', 'source', 'continue', 'delete', 'accept', 'speaker', 'rename', 'merge', 'unspeak', 'text', 'place']) {
      expect(applied.get(type) ?? 0, type).to.be.at.least(5);
    }
  });
});

describe('editing model: refusals', () => {
  const article = makeArticle(words, [{ text: 'We will rebuild the bridge by spring.' }]);
  const s: EditorState = { article, orphans: [] };
  const at = (text: string) => ({ start: words.indexOf(text), end: words.indexOf(text) + text.length });

  it('refuses a quote partly overlapping another, with a message naming it', () => {
    const out = addQuote(s, { ...at('bridge by spring.” Ben'), kind: 'direct', speaker: null });
    expect(out.error).to.match(/partly overlaps the quote "We will rebuild/);
  });

  it('accepts a quote nested inside another, or around it', () => {
    expect(addQuote(s, { ...at('the bridge'), kind: 'mixed', speaker: null }).error).to.equal(undefined);
    expect(addQuote(s, { ...at('Ana said, “We will rebuild the bridge by spring.”'), kind: 'indirect', speaker: 'ana' }).error).to.equal(undefined);
  });

  it('will not delete a speaker who still has quotes', () => {
    expect(deleteSpeaker(s, 'ana').error).to.match(/Ana Ruiz still has a quote/);
    expect(deleteSpeaker(s, 'ben').state!.article.speakers.map((sp) => sp.id)).to.deep.equal(['ana']);
  });

  it('merging moves the quotes and keeps the old name as an alias', () => {
    const out = mergeSpeakers(s, 'ana', 'ben').state!;
    expect(out.article.quotes[0].speaker).to.equal('ben');
    expect(out.article.speakers).to.deep.equal([{ id: 'ben', name: 'Ben Okafor', aliases: ['Ana Ruiz'] }]);
  });

  it('a text edit that removes a quote’s words sets it aside to be placed again', () => {
    const out = editText(s, words.replace('We will rebuild the bridge by spring.', 'Nothing.')).state!;
    expect(out.article.quotes).to.deep.equal([]);
    expect(out.orphans.map((q) => q.text)).to.deep.equal(['We will rebuild the bridge by spring.']);
    const back = placeOrphan(out, 'q1', out.article.body.indexOf('Nothing.'), out.article.body.indexOf('Nothing.') + 8).state!;
    expect(back.orphans).to.deep.equal([]);
    expect(back.article.quotes[0]).to.include({ id: 'q1', text: 'Nothing.', speaker: 'ana' });
  });

  it('a text edit elsewhere moves the quote with its words', () => {
    const out = editText(s, `Update: ${words}`).state!;
    expect(out.article.quotes[0]).to.include({ start: at('We will').start + 8, text: 'We will rebuild the bridge by spring.' });
  });
});

describe('snapping a selection', () => {
  const body = 'She said: “ We will rebuild, ”  and left. It was ‘a disgrace’ to the students\' union.';
  const sel = (text: string) => snapRange(body, body.indexOf(text), body.indexOf(text) + text.length);
  const textOf = (r: { start: number; end: number }) => body.slice(r.start, r.end);

  it('trims whitespace and enclosing quotation marks', () => {
    expect(textOf(sel(' “ We will rebuild, ”  '))).to.equal('We will rebuild,');
    expect(textOf(sel('‘a disgrace’'))).to.equal('a disgrace');
  });
  it('keeps an apostrophe that does not enclose the words', () => {
    expect(textOf(sel("students' union"))).to.equal("students' union");
    expect(textOf(sel("the students'"))).to.equal("the students'");
  });
  it('guesses the kind from the marks around the words', () => {
    const r1 = sel('“ We will rebuild, ”');
    expect(guessKind(body, r1.start, r1.end)).to.equal('direct');
    const r2 = sel('‘a disgrace’');
    expect(guessKind(body, r2.start, r2.end)).to.equal('mixed');
    const r3 = sel('It was');
    expect(guessKind(body, r3.start, r3.end)).to.equal('indirect');
  });
});

describe('the Speaker field', () => {
  const speakers = [
    { id: 'price', name: 'Tom Price', aliases: ['Councillor Price'] },
    { id: 'ana', name: 'Ana Ruiz' },
  ];
  it('finds speakers by name or alias, and offers the text as a new speaker when it names nobody exactly', () => {
    expect(speakerOptions(speakers, 'price')).to.deep.equal([speakers[0], 'price']);
    expect(speakerOptions(speakers, ' councillor price ')).to.deep.equal([speakers[0]]);
    expect(speakerOptions(speakers, '')).to.deep.equal(speakers);
    expect(speakerOptions(speakers, 'Final vote')).to.deep.equal(['Final vote']);
  });
  it('names the speaker picked, one typed by alias, none, or a new one', () => {
    const s: EditorState = { article: { ...makeArticle('x', []), speakers }, orphans: [] };
    expect(resolveSpeaker(s, 'ana', 'whatever')).to.deep.equal({ state: s, speaker: 'ana' });
    expect(resolveSpeaker(s, null, 'COUNCILLOR PRICE')).to.deep.equal({ state: s, speaker: 'price' });
    expect(resolveSpeaker(s, null, '  ')).to.deep.equal({ state: s, speaker: null });
    const made = resolveSpeaker(s, null, ' Final vote ') as { state: EditorState; speaker: string };
    expect(made.speaker).to.equal('final-vote');
    expect(made.state.article.speakers[2]).to.deep.equal({ id: 'final-vote', name: 'Final vote' });
    expect(s.article.speakers).to.have.length(2);
  });
});
