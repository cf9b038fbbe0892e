// validateArticle on a document with one of nearly every problem: the whole report, exactly.
import { expect } from '@open-wc/testing';
import { validateArticle } from '../../src/model/index.js';

describe('validateArticle: the full report on a messy document', () => {
  const body = 'Ana said "yes" today. Ben said "no". "Later," she said.\nEnd.';
  const result = validateArticle({
    version: 2, extra: 1, byline: 5,
    body,
    speakers: 'nope',
    quotes: [
      5,
      { start: 0, end: 3, kind: 'direct', speaker: null },
      { id: 'q3', text: 'yes', start: 'x', end: 13, kind: 'direct', speaker: 'ghost', confidence: 0.5 },
      { id: 'q4', kind: 'direct', speaker: null, start: 1.5, end: 3 },
      { id: 'q5', text: 'no', start: 99, end: 101, kind: 'direct', speaker: null, source: { start: 22, end: 25, text: 'Ben' }, cue: { start: 0, end: 4, text: 'gone' } },
      { id: 'q6', text: 'Later,', start: 38, end: 44, kind: 'direct', speaker: null, continues: 'q6' },
      { id: 'q3', text: 'today', start: 15, end: 20, kind: 'direct', speaker: null },
      { id: 'q8', text: 'nowhere at all', start: 1.5, end: 2, kind: 'direct', speaker: null },
      { id: 'q9', text: 'nowhere at all', kind: 'direct', speaker: null },
    ],
  });

  it('lists every problem with its path, message and severity, in order', () => {
    expect(result.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).to.deep.equal([
      'warning version: expected 1, got 2; read as version 1',
      'warning extra: unknown field, ignored',
      'warning id: missing',
      'warning headline: missing',
      'error byline: expected a string, got 5',
      'warning language: missing',
      'error speakers: expected an array, got "nope"',
      'error quotes[0]: expected a quote object, got 5',
      'error quotes[1].id: missing',
      'error quotes[1].text: missing',
      'error quotes[2].start: expected a whole number, got "x"',
      'warning quotes[2]: re-anchored by exact match to 10–13',
      'error quotes[2].speaker: no speaker with id "ghost"; shown without a speaker',
      'error quotes[3].start: expected a whole number, got 1.5',
      'error quotes[3].text: missing',
      'error quotes[3]: has no text and no usable offsets',
      'warning quotes[4]: re-anchored by exact match to 32–34',
      'warning quotes[4].cue: "gone" not found in the body; left out',
      'error quotes[6].id: duplicate quote id "q3"',
      'error quotes[7].start: expected a whole number, got 1.5',
      'error quotes[7]: text "nowhere at all" not found in the body',
      'error quotes[8].start: missing',
      'error quotes[8].end: missing',
      'error quotes[8]: text "nowhere at all" not found in the body',
      'warning quotes[5].continues: no quote with id "q6" to continue; left out'
    ]);
  });

  it('lists the orphans by their index in the input, with id, text and reason', () => {
    expect(result.orphans).to.deep.equal([
      {
        index: 0,
        id: '',
        text: '',
        reason: 'expected a quote object, got 5'
      },
      {
        index: 3,
        id: 'q4',
        text: '',
        reason: 'has no text and no usable offsets'
      },
      {
        index: 6,
        id: 'q3',
        text: 'today',
        reason: 'duplicate quote id "q3"'
      },
      {
        index: 7,
        id: 'q8',
        text: 'nowhere at all',
        reason: 'text "nowhere at all" not found in the body'
      },
      {
        index: 8,
        id: 'q9',
        text: 'nowhere at all',
        reason: 'text "nowhere at all" not found in the body'
      }
    ]);
  });

  it('keeps what can be used: defaults for missing metadata, repaired quotes, a kept confidence', () => {
    expect(result.article).to.deep.equal({
      version: 1,
      id: 'article',
      headline: '',
      language: 'und',
      body: 'Ana said "yes" today. Ben said "no". "Later," she said.\nEnd.',
      speakers: [],
      quotes: [
        {
          id: 'quote-2',
          start: 0,
          end: 3,
          text: 'Ana',
          kind: 'direct',
          speaker: null
        },
        {
          id: 'q3',
          start: 10,
          end: 13,
          text: 'yes',
          kind: 'direct',
          speaker: null,
          confidence: 0.5
        },
        {
          id: 'q5',
          start: 32,
          end: 34,
          text: 'no',
          kind: 'direct',
          speaker: null,
          source: {
            start: 22,
            end: 25,
            text: 'Ben'
          }
        },
        {
          id: 'q6',
          start: 38,
          end: 44,
          text: 'Later,',
          kind: 'direct',
          speaker: null
        }
      ]
    });
  });
});
