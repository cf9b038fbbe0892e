// brat standoff read into an article (fromBrat): what toBrat writes comes back whole, files made
// by other tools are read as far as they go, and what cannot be used is reported by its brat id.
import { expect } from '@open-wc/testing';
import { fromBrat, parseBrat, toBrat } from '../../src/formats/brat.js';
import type { Article, Quote } from '../../src/model/types.js';

const body = 'Lena Park said: "The bridge opens in May." Omar Haddad said that repairs were late. «Later», he added.';
const at = (text: string, from = 0) => {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" not in the body`);
  return { start, end: start + text.length, text };
};
const article = (quotes: Quote[], speakers = [{ id: 'lena', name: 'Lena Park' }, { id: 'omar', name: 'Omar Haddad' }]): Article => ({
  version: 1, id: 'bridge', headline: '', language: 'und', body, speakers, quotes,
});
const said = (problems: { path: string; message: string; severity: string }[]) => problems.map((p) => `${p.severity} ${p.path}: ${p.message}`);

describe('brat standoff: reading into an article', () => {
  it('gives back what toBrat wrote: kinds, speakers, sources, cues and split quotes', () => {
    const input = article([
      { id: 'q1', ...at('The bridge opens in May.'), kind: 'direct', speaker: 'lena', source: at('Lena Park'), cue: at('said') },
      { id: 'q2', ...at('repairs were late'), kind: 'indirect', speaker: 'omar', source: at('Omar Haddad'), cue: at('said', 40) },
      { id: 'q3', ...at('Later'), kind: 'unmarked', speaker: 'omar', cue: at('added'), continues: 'q2' },
    ]);
    const { article: back, problems } = fromBrat(toBrat(input), body, 'bridge');
    expect(problems).to.deep.equal([]);
    expect(back).to.deep.equal(input);
  });

  it('names the article "article" unless told, and keeps only speakers that are quoted', () => {
    const input = article([{ id: 'q1', ...at('repairs were late'), kind: 'mixed', speaker: 'omar' }]);
    const { article: back } = fromBrat(toBrat(input), body);
    expect(back).to.deep.include({ id: 'article', headline: '', language: 'und', body });
    expect(back.speakers).to.deep.equal([{ id: 'omar', name: 'Omar Haddad' }]);
    expect(back.quotes).to.deep.equal([{ id: 'q1', ...at('repairs were late'), kind: 'mixed', speaker: 'omar' }]);
  });

  it('uses the speaker id as name when the note gives none, and one speaker for many notes', () => {
    const ann = [
      'T1\tContent 17 41\tThe bridge opens in May.',
      'E1\tAttribution:T1 Content:T1',
      '#1\tAnnotatorNotes T1\tspeaker: lena ()',
      'T2\tContent 65 82\trepairs were late',
      'E2\tAttribution:T2 Content:T2',
      '#2\tAnnotatorNotes T2\tspeaker: lena (Someone else)',
    ].join('\n');
    const { article: back, problems } = fromBrat(ann, body);
    expect(problems).to.deep.equal([]);
    expect(back.speakers).to.deep.equal([{ id: 'lena', name: 'lena' }]);
    expect(back.quotes.map((q) => [q.id, q.text, q.speaker, q.kind])).to.deep.equal([
      ['q1', 'The bridge opens in May.', 'lena', 'direct'],
      ['q2', 'repairs were late', 'lena', 'indirect'],
    ]);
  });

  // Files from other tools (PolNeAR) have no Kind and no notes: quotation marks next to the
  // content make it direct, anything else is the writer's words.
  const guessed: Array<[string, string, Quote['kind']]> = [
    ['after an opening mark, before a closing one', 'The bridge opens in May.', 'direct'],
    ['without marks', 'repairs were late', 'indirect'],
    ['between guillemets', 'Later', 'direct'],
    ['at the very start of the text', 'Lena Park said', 'indirect'],
    ['at the very end of the text', 'he added.', 'indirect'],
    ['with a mark only before it', 'The bridge', 'direct'],
    ['with a mark only after it', 'in May.', 'direct'],
  ];
  for (const [where, text, kind] of guessed) {
    it(`guesses the kind of a quote ${where}: ${kind}`, () => {
      const { start, end } = at(text);
      const { article: back, problems } = fromBrat(`T1\tContent ${start} ${end}\t${text}\nE1\tAttribution:T1 Content:T1\n`, body);
      expect(problems).to.deep.equal([]);
      expect(back.speakers).to.deep.equal([]);
      expect(back.quotes).to.deep.equal([{ id: 'q1', start, end, text, kind, speaker: null }]);
    });
  }

  it('spans a quote over all its fragments, and its source and cue over theirs', () => {
    const ann = [
      'T1\tContent 65 72;78 82\trepairs late',
      'T2\tSource 43 47;48 54\tOmar Haddad',
      'T3\tCue 55 59\tsaid',
      'E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3',
      'A1\tKind E1 mixed',
    ].join('\n');
    const { article: back, problems } = fromBrat(ann, body);
    expect(problems).to.deep.equal([]);
    expect(back.quotes).to.deep.equal([
      { id: 'q1', ...at('repairs were late'), kind: 'mixed', speaker: null, source: at('Omar Haddad'), cue: at('said', 40) },
    ]);
  });

  it('reports lines it cannot use by their brat id, never throws, and keeps every usable attribution', () => {
    const ann = [
      'T1\tContent 17 41\tThe bridge opens in May.',
      'E1\tAttribution:T1 Content:T1',
      `T2\tContent 90 ${body.length + 5}\tpast the end`,
      'E2\tAttribution:T2 Content:T2',
      'T3\tContent ten 20\tnot offsets',
      'E3\tAttribution:T3 Content:T3 Content2:T9',
      'T4\tContent 65 82\trepairs were late',
      'E4\tAttribution:T4 Content:T4',
      'A4\tKind E4 shouted',
      'T5\tContent 30 50\toverlaps the first',
      'E5\tAttribution:T5 Content:T5',
      'nonsense without tabs',
      '#9\tAnnotatorNotes T4\tnot a speaker note',
      '',
    ].join('\r\n');
    let result: ReturnType<typeof fromBrat> | undefined;
    expect(() => (result = fromBrat(ann, body))).not.to.throw();
    expect(result!.article.quotes.map((q) => [q.id, q.text, q.kind])).to.deep.equal([
      ['q1', 'The bridge opens in May.', 'direct'],
      ['q2', 'repairs were late', 'direct'],
    ]);
    expect(said(result!.problems)).to.deep.equal([
      `error T2: span "90 ${body.length + 5}" is not a span of the text (0–${body.length}); left out`,
      `error T3: span "ten 20" is not a span of the text (0–${body.length}); left out`,
      'error E2: no Content span in the text; this attribution is left out',
      'error E3: no Content span in the text; this attribution is left out',
      'error E4.kind: expected one of "direct", "mixed", "indirect", "unmarked", got "shouted"',
      'error E5: partly overlaps quote "q1" (E1); quotes must nest or not overlap',
    ]);
  });

  it('takes kinds and speakers only from lines written as toBrat writes them', () => {
    const ann = [
      'T1\tContent 17 41\tThe bridge opens in May.',
      'T2\tContent 65 72\trepairs',
      'T3\tContent 78 82\tlate',
      'E12\tAttribution:T1 Content:T1',
      'E13\tAttribution:T2 Content12:T2 Content:T3',
      'A12\tKind E12 mixed',
      'NA1\tKind E12 indirect',
      'A1x\tKind E12 indirect',
      'A2\tKinds E12 indirect',
      '#12\tAnnotatorNotes T1\tspeaker: lena (Lena Park)',
      '#13\tOther T1\tspeaker: omar (Omar Haddad)',
      'N1\tAnnotatorNotes T1\tspeaker: omar (Omar Haddad)',
      '#14\tAnnotatorNotes T1\tsays speaker: omar (Omar Haddad)',
      '#15\tAnnotatorNotes T1\tspeaker: omar (Omar Haddad) and more',
      '#16\tAnnotatorNotes T3\tspeaker: omar (Omar Haddad)',
    ].join('\n');
    const { article: back, problems } = fromBrat(ann, body);
    expect(problems).to.deep.equal([]);
    expect(back.speakers).to.deep.equal([{ id: 'lena', name: 'Lena Park' }]);
    expect(back.quotes.map((q) => [q.text, q.kind, q.speaker])).to.deep.equal([
      ['The bridge opens in May.', 'mixed', 'lena'],
      ['repairs were late', 'indirect', null],
    ]);
  });

  it('reads hostile text as plain text: tags and odd ids stay as they are', () => {
    const text = 'She wrote "<img src=x onerror=alert(1)>" and left.';
    const start = text.indexOf('<img');
    const end = text.indexOf('" and');
    const ann = `T1\tContent ${start} ${end}\t<img>\nE1\tAttribution:T1 Content:T1\n#1\tAnnotatorNotes T1\tspeaker: __proto__ (</script>)\n`;
    const { article: back, problems } = fromBrat(ann, text);
    expect(problems).to.deep.equal([]);
    expect(back.speakers).to.deep.equal([{ id: '__proto__', name: '</script>' }]);
    expect(back.quotes[0]).to.deep.include({ text: '<img src=x onerror=alert(1)>', speaker: '__proto__', kind: 'direct' });
  });

  it('gives an empty article for an empty file or one with only unusable lines', () => {
    for (const [ann, problems] of [['', []], ['\n\n', []], ['T1\tContent\nE1\tAttribution:T1 Content:T1\n', ['error E1: no Content span in the text; this attribution is left out']]] as const) {
      const { article: back, problems: found } = fromBrat(ann, body);
      expect(back).to.deep.equal({ version: 1, id: 'article', headline: '', language: 'und', body, speakers: [], quotes: [] });
      expect(said(found)).to.deep.equal(problems);
    }
  });

  it('lets parseBrat callers collect the same problems', () => {
    const problems: { path: string; message: string; severity: string }[] = [];
    expect(parseBrat('T1\tCue 3 1; 4 x \tx\nE1\tAttribution:T1 Cue:T1\n', body, problems as never)).to.deep.equal([]);
    expect(said(problems)).to.deep.equal([
      `error T1: span "3 1" is not a span of the text (0–${body.length}); left out`,
      `error T1: span "4 x" is not a span of the text (0–${body.length}); left out`,
      'error E1: no Content span in the text; this attribution is left out',
    ]);
  });
});
