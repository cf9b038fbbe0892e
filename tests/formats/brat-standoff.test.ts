// brat standoff written and read exactly, on hand-made articles (independent of the extractor).
import { expect } from '@open-wc/testing';
import { BRAT_CONF, parseBrat, toBrat } from '../../src/formats/brat.js';
import type { Article, Quote } from '../../src/model/types.js';

function article(body: string, quotes: Quote[]): Article {
  return {
    version: 1, id: 'a', headline: 'h', language: 'en', body,
    speakers: [{ id: 'mia', name: 'Mia Stone' }, { id: 'ben', name: 'Ben Okafor' }],
    quotes,
  };
}
const span = (body: string, text: string, from = 0) => {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" not in the body`);
  return { start, end: start + text.length, text };
};

describe('brat standoff: writing', () => {
  it('writes each quotation as Content, Source, Cue, an Attribution event, its kind and its speaker', () => {
    const body = 'Mia Stone said, "We will build it." Ben Okafor called it "a waste".';
    const q1 = span(body, 'We will build it.');
    const q2 = span(body, 'a waste');
    const ann = toBrat(article(body, [
      { id: 'q1', ...q1, kind: 'direct', speaker: 'mia', source: span(body, 'Mia Stone'), cue: span(body, 'said') },
      { id: 'q2', ...q2, kind: 'mixed', speaker: 'ben', source: span(body, 'Ben Okafor'), cue: span(body, 'called'), continues: 'q1' },
    ]));
    expect(ann).to.equal(
      [
        'T1\tContent 17 34\tWe will build it.',
        'T2\tSource 0 9\tMia Stone',
        'T3\tCue 10 14\tsaid',
        'T4\tAttribution 10 14\tsaid',
        'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
        'A1\tKind E1 direct',
        '#1\tAnnotatorNotes T1\tspeaker: mia (Mia Stone)',
        'T5\tContent 58 65\ta waste',
        'T6\tSource 36 46\tBen Okafor',
        'T7\tCue 47 53\tcalled',
        'T8\tAttribution 47 53\tcalled',
        'E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6',
        'A2\tKind E2 mixed',
        '#2\tAnnotatorNotes T5\tspeaker: ben (Ben Okafor); continues q1',
        '',
      ].join('\n'),
    );
  });

  it('splits a span at line breaks (\\n, \\r\\n, \\r) and trims the white space of each fragment', () => {
    const body = 'He said: "First line. \n  Second line.\r\nThird\rfourth." End.';
    const q = span(body, 'First line. \n  Second line.\r\nThird\rfourth.');
    const ann = toBrat(article(body, [{ id: 'q', ...q, kind: 'direct', speaker: null }]));
    expect(ann).to.equal(
      [
        'T1\tContent 10 21;25 37;39 44;45 52\tFirst line. Second line. Third fourth.',
        'T2\tAttribution 10 21;25 37;39 44;45 52\tFirst line. Second line. Third fourth.',
        'E1\tAttribution-no-source:T2 Content:T1',
        'A1\tKind E1 direct',
        '',
      ].join('\n'),
    );
  });

  it('uses the cue as trigger without a source, and names an unknown speaker without a name', () => {
    const body = '"Yes," came the answer.';
    const ann = toBrat(article(body, [{ id: 'q', ...span(body, 'Yes,'), kind: 'unmarked', speaker: 'ghost', cue: span(body, 'came the answer') }]));
    expect(ann).to.equal(
      [
        'T1\tContent 1 5\tYes,',
        'T2\tCue 7 22\tcame the answer',
        'T3\tAttribution 7 22\tcame the answer',
        'E1\tAttribution-no-source:T3 Content:T1 Cue:T2',
        'A1\tKind E1 unmarked',
        '#1\tAnnotatorNotes T1\tspeaker: ghost ()',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a quotation with no text to mark, and numbers the rest without gaps', () => {
    const body = 'A \n B "ok" C';
    const ann = toBrat(article(body, [
      { id: 'blank', start: 1, end: 4, text: ' \n ', kind: 'direct', speaker: 'mia' },
      { id: 'q', ...span(body, 'ok'), kind: 'indirect', speaker: null },
    ]));
    expect(ann).to.equal(['T1\tContent 7 9\tok', 'T2\tAttribution 7 9\tok', 'E1\tAttribution-no-source:T2 Content:T1', 'A1\tKind E1 indirect', ''].join('\n'));
    expect(toBrat(article(body, []))).to.equal('');
  });

  it('ships the configuration brat needs to open the files', () => {
    expect(BRAT_CONF.split('\n')).to.deep.equal([
      '[entities]', 'Source', 'Cue', 'Content', '[relations]', '[events]',
      'Attribution\tContent:Content, Source?:Source, Cue?:Cue',
      'Attribution-no-source\tContent:Content, Cue?:Cue',
      '[attributes]', 'Kind\tArg:<EVENT>, Value:direct|mixed|indirect|unmarked', '',
    ]);
  });
});

describe('brat standoff: reading', () => {
  const body = 'Mia Stone said, "We will build it." Later she said that costs rose.';

  it('reads each event with its content, source and cue fragments, in any order and with CRLF lines', () => {
    const ann = [
      'T2\tSource 0 9\tMia Stone',
      'E1\tAttribution:T4 Source:T2 Cue:T3 Content:T1',
      'T1\tContent 17 34\tWe will build it.',
      'T3\tCue 10 14\tsaid',
      'T4\tAttribution 10 14\tsaid',
      '#1\tAnnotatorNotes T1\tspeaker: mia',
      'A1\tKind E1 direct',
    ].join('\r\n');
    expect(parseBrat(ann, body)).to.deep.equal([
      { id: 'E1', content: [{ start: 17, end: 34 }], source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }] },
    ]);
  });

  it('joins numbered roles (Content2, Source2, Cue2) and sorts the content fragments', () => {
    const ann = [
      'T1\tContent 56 66\tcosts rose',
      'T2\tContent 17 34\tWe will build it.',
      'T3\tSource 0 3\tMia',
      'T4\tSource 4 9\tStone',
      'T5\tCue 10 14\tsaid',
      'T6\tCue 46 50\tsaid',
      'E7\tAttribution:T5 Content:T1 Content2:T2 Source:T3 Source2:T4 Cue:T5 Cue2:T6 Other:T1',
    ].join('\n');
    expect(parseBrat(ann, body)).to.deep.equal([
      {
        id: 'E7',
        content: [{ start: 17, end: 34 }, { start: 56, end: 66 }],
        source: [{ start: 0, end: 3 }, { start: 4, end: 9 }],
        cue: [{ start: 10, end: 14 }, { start: 46, end: 50 }],
      },
    ]);
  });

  it('drops fragments that are empty, reversed, negative, past the end or not numbers, and events left without content', () => {
    const ann = [
      'T1\tContent 5 5\tempty',
      'T2\tContent 9 4\treversed',
      'T3\tContent -1 4\tnegative',
      `T4\tContent 10 ${body.length + 1}\tpast the end`,
      'T5\tContent a b\tnot numbers',
      'T6\tContent 1.5 4\tnot integers',
      'T7\tContent',
      'T8\tContent 0 3;x y;4 9\tMia Stone',
      `T9\tContent 0 ${body.length}\twhole`,
      'E1\tAttribution:T1 Content:T1 Content2:T2 Content3:T3 Content4:T4 Content5:T5 Content6:T6 Content7:T7 Content8:T99',
      'E2\tAttribution:T8 Content:T8',
      'E3\tAttribution:T9 Content:T9',
      'E4',
      'E5\tAttribution:T9',
      'R1\tRelation Arg1:T1 Arg2:T2',
      '',
    ].join('\n');
    expect(parseBrat(ann, body)).to.deep.equal([
      { id: 'E2', content: [{ start: 0, end: 3 }, { start: 4, end: 9 }] },
      { id: 'E3', content: [{ start: 0, end: body.length }] },
    ]);
  });

  it('reads back exactly what it writes', () => {
    const q1 = span(body, 'We will build it.');
    const q2 = span(body, 'costs rose');
    const input = article(body, [
      { id: 'q1', ...q1, kind: 'direct', speaker: 'mia', source: span(body, 'Mia Stone'), cue: span(body, 'said') },
      { id: 'q2', ...q2, kind: 'indirect', speaker: 'mia', source: span(body, 'she'), cue: span(body, 'said', 40) },
    ]);
    expect(parseBrat(toBrat(input), body)).to.deep.equal([
      { id: 'E1', content: [{ start: q1.start, end: q1.end }], source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }] },
      { id: 'E2', content: [{ start: q2.start, end: q2.end }], source: [span(body, 'she')].map(({ start, end }) => ({ start, end })), cue: [{ start: 46, end: 50 }] },
    ]);
  });
});
