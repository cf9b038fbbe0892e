// Fresh stories in several house styles (tests/extract/house-styles.ts): every quotation found with
// its speaker, no trap taken as speech, no object or event made a speaker, one speaker per person.
import { expect } from '@open-wc/testing';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/model/types.js';
import { HOUSE_STYLES } from './house-styles.js';

/** The quotation's words without the marks and spaces around them. */
const bare = (s: string) => s.replace(/^[\s'"‘’“”]+|[\s'"‘’“”]+$/g, '');
const speakerNames = (a: Article, id: string | null) => {
  const s = a.speakers.find((x) => x.id === id);
  return s ? [s.name, ...(s.aliases ?? [])] : [];
};

describe('extract: fresh stories in several house styles', () => {
  for (const story of HOUSE_STYLES) {
    describe(story.name, () => {
      // Extracted in each test, not when the suite is read: mutation testing then knows which
      // tests run which code.
      let got: Article;
      beforeEach(() => {
        got = extract(story.text, { language: story.language ?? 'en' });
      });

      it('finds every quotation with its speaker and kind', () => {
        for (const want of story.quotes) {
          const q = got.quotes.find((x) => bare(x.text) === bare(want.text));
          expect(q, `quotation "${want.text}"`).to.not.equal(undefined);
          expect(speakerNames(got, q!.speaker), `speaker of "${want.text}"`).to.include(want.speaker);
          expect(q!.kind, `kind of "${want.text}"`).to.equal(want.kind ?? 'direct');
        }
      });

      it('takes no trap as speech', () => {
        for (const trap of story.traps ?? []) {
          const at = story.text.indexOf(trap);
          const hit = got.quotes.find((q) => q.start <= at && q.end >= at + trap.length && bare(q.text).length <= trap.length + 2);
          expect(hit, `trap "${trap}"`).to.equal(undefined);
        }
      });

      it('makes no speaker of an object, an event or a result, and one speaker per person', () => {
        const names = got.speakers.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((n) => n.toLowerCase()));
        for (const w of story.notSpeakers ?? []) expect(names, w).to.not.include(w.toLowerCase());
        const wanted = [...new Set(story.quotes.map((q) => q.speaker))];
        const ids = wanted.map((w) => got.speakers.filter((s) => [s.name, ...(s.aliases ?? [])].includes(w)).length);
        expect(ids, wanted.join(', ')).to.deep.equal(wanted.map(() => 1));
      });

      it('never gives 0.9 to a quotation without a speaker', () => {
        for (const q of got.quotes) if (!q.speaker) expect(q.confidence ?? 0, q.text).to.be.below(0.6);
      });
    });
  }
});
