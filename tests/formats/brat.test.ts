import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';
import { parseBrat, toBrat } from '../../src/formats/brat.js';

describe('brat standoff', () => {
  const body = 'Mia Stone said, "We will build it.\n"All of it." Later she said that costs rose.';

  it('writes Source, Cue and Content tied by an Attribution event, split at line breaks', () => {
    const ann = toBrat(extract(body));
    expect(ann).to.match(/^T\d+\tContent \d+ \d+;\d+ \d+\t/m);
    expect(ann).to.match(/^E1\tAttribution:T\d+ Content:T\d+ Cue:T\d+ Source:T\d+$/m);
    expect(ann).to.match(/^A1\tKind E1 direct$/m);
  });

  it('never writes a null trigger: a cue of only white space falls back to the content', () => {
    const text = 'She said "yes" .';
    const article = {
      version: 1 as const, id: 'w', headline: '', language: 'en', body: text, speakers: [],
      quotes: [{ id: 'q', start: 10, end: 13, text: 'yes', kind: 'direct' as const, speaker: null, cue: { start: 14, end: 15, text: ' ' } }],
    };
    const ann = toBrat(article);
    expect(ann).not.to.contain('null');
    expect(ann).to.match(/^E1\tAttribution-no-source:T\d+ Content:T\d+$/m);
  });

  it('reads back what it writes', () => {
    const article = extract(body);
    const back = parseBrat(toBrat(article), body);
    expect(back).to.have.length(article.quotes.length);
    const text = (s: { start: number; end: number }[]) => s.map((f) => body.slice(f.start, f.end)).join(' ');
    expect(text(back[0]!.source!)).to.equal('Mia Stone');
    expect(text(back[1]!.content)).to.equal('costs rose');
  });

  it('reads PolNeAR-style files: discontinuous spans, Content2, no source', () => {
    const text = '"A," he said, "B." They say so.';
    const ann = ['T1\tContent 0 4;14 18\t"A," "B."', 'T2\tCue 8 12\tsaid', 'T3\tSource 5 7\the', 'T4\tAttribution 8 12\tsaid', 'E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3', 'T5\tContent 19 23\tThey', 'E2\tAttribution-no-source:T4 Content:T5 Content2:T1', 'T9\tContent 5 999\tbad'].join('\n');
    const got = parseBrat(ann, text);
    expect(got).to.have.length(2);
    expect(got[0]!.content).to.deep.equal([{ start: 0, end: 4 }, { start: 14, end: 18 }]);
    expect(got[1]!.source).to.equal(undefined);
    expect(got[1]!.content).to.have.length(3);
  });
});
