import { expect } from '@open-wc/testing';
import '../../src/define/all.js';

/** Markup the way a CMS editor pastes it (static test strings). */
async function paste(markup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  for (const el of container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('quote-card, speaker-badge')) await el.updateComplete;
  return container;
}

describe('role="…" written the way a CMS editor writes it', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('is shown as the speaker role of a quote card and a badge, and leaves no invalid ARIA role', async () => {
    const container = await paste(`
      <quote-card speaker="Boris Bondarev" role="Diplomatic counselor" source="The Associated Press">I didn't think so far.</quote-card>
      <speaker-badge name="Hiller Neuer" role="Executive director, UN Watch"></speaker-badge>`);
    const card = container.querySelector('quote-card')!;
    const badge = container.querySelector('speaker-badge')!;
    expect(card.hasAttribute('role')).to.equal(false);
    expect(badge.hasAttribute('role')).to.equal(false);
    expect(card.speakerRole).to.equal('Diplomatic counselor');
    expect(badge.shadowRoot!.querySelector('[part="role"]')!.textContent).to.equal('Executive director, UN Watch');
    await expect(card).to.be.accessible();
    await expect(badge).to.be.accessible();
  });

  it('does not override an explicit speaker-role', async () => {
    const container = await paste(`<speaker-badge name="A B" speaker-role="Coach" role="Player"></speaker-badge>`);
    expect(container.querySelector('speaker-badge')!.speakerRole).to.equal('Coach');
  });
});
