import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { QuoteCard, SpeakerBadge } from '../../src/elements/index.js';
import { shownText } from '../shared/shown.js';

/** Properties set from script can hold anything; the elements must render, never throw. */
const BAD_VALUES: unknown[] = [null, undefined, 5, true, {}, [], { name: 5 }, '', NaN];

/** What a value that is not text turns into when it is printed by mistake. */
const LEAKED = /undefined|null|NaN|\[object|true|false/;

async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('bad property values', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  afterEach(() => document.querySelectorAll('speaker-badge, quote-card').forEach((el) => el.remove()));

  it('speaker-badge renders with any name, role, image, count or colour', async () => {
    for (const value of BAD_VALUES) {
      const badge = document.createElement('speaker-badge') as SpeakerBadge & Record<string, unknown>;
      for (const key of ['name', 'speakerRole', 'image', 'count', 'color']) badge[key] = value;
      await settle(badge);
      expect(badge.shadowRoot!.querySelector('[part="base"]'), String(value)).to.exist;
      expect(shownText(badge), String(value)).not.to.match(LEAKED);
      expect(badge.shadowRoot!.querySelector('[part="name"]')!.textContent, String(value)).to.equal('');
    }
    expect(errors).to.deep.equal([]);
  });

  it('quote-card renders and copies with any speaker or quote', async () => {
    for (const value of BAD_VALUES) {
      const card = document.createElement('quote-card') as QuoteCard & Record<string, unknown>;
      card.speaker = { name: value } as never;
      card.quote = { id: 'q', text: value } as never;
      await settle(card);
      expect(card.shadowRoot!.querySelector('figure'), String(value)).to.exist;
      await card.shadowRoot!.querySelector('speaker-badge')?.updateComplete;
      expect(shownText(card), String(value)).not.to.match(LEAKED);
      // Nothing that is not text is shown or copied: empty quotation marks, no name.
      expect(card.copyText, String(value)).to.equal('“”');
    }
    expect(errors).to.deep.equal([]);
  });
});
