import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/speaker-badge.js';
import type { SpeakerBadge } from '../../src/elements/speaker-badge/speaker-badge.js';
import { mount, until } from './helpers.js';

const part = (el: SpeakerBadge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const avatarColor = (el: SpeakerBadge) => getComputedStyle(part(el, 'avatar')!).backgroundColor;
// a 1×1 PNG
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('speaker-badge', () => {
  describe('from attributes', () => {
    it('shows the name, the role and initials', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge name="Boris Bondarev" speaker-role="Diplomat"></speaker-badge>`);
      expect(part(el, 'name')!.textContent).to.equal('Boris Bondarev');
      expect(part(el, 'role')!.textContent).to.equal('Diplomat');
      expect(part(el, 'avatar')!.textContent).to.equal('BB');
      expect(part(el, 'avatar')!.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('makes initials from the first and last word, in any script', async () => {
      const cases: Array<[string, string]> = [
        ['Madonna', 'M'],
        ['Ambassador Gennady Gatilov', 'AG'],
        ['Владимир Путин', 'ВП'],
        ['émile zola', 'ÉZ'],
        ['Some colleagues (unnamed)', 'SC'],
      ];
      for (const [name, expected] of cases) {
        const el = await fixture<SpeakerBadge>(html`<speaker-badge name=${name}></speaker-badge>`);
        expect(part(el, 'avatar')!.textContent, name).to.equal(expected);
      }
    });

    it('shows a count with its unit, seen and heard', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge name="A B" count="7"></speaker-badge>`);
      expect(part(el, 'count')!.textContent).to.equal('7 quotes');
      expect(part(el, 'count')!.innerText).to.equal('7 quotes');
      el.count = 1;
      await elementUpdated(el);
      expect(part(el, 'count')!.textContent).to.equal('1 quote');
    });

    it('keeps compact initials legible', async () => {
      // at the size of a tooltip's text (14px)
      const el = await fixture<SpeakerBadge>(html`<speaker-badge compact name="Hiller Neuer" style="font-size:14px"></speaker-badge>`);
      const avatar = part(el, 'avatar')!;
      expect(parseFloat(getComputedStyle(avatar).fontSize)).to.be.at.least(11.5);
      expect(getComputedStyle(avatar).fontWeight).to.equal('700');
      expect(avatar.getBoundingClientRect().height).to.be.at.least(23);
    });

    it('hides the role when compact', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge compact name="A B" speaker-role="Coach"></speaker-badge>`);
      expect(getComputedStyle(part(el, 'role')!).display).to.equal('none');
    });
  });

  describe('colour', () => {
    it('derives one colour from the name, the same in every badge', async () => {
      const wrapper = await mount(
        html`<speaker-badge name="Alice Archer"></speaker-badge><speaker-badge name="Alice Archer"></speaker-badge><speaker-badge name="Bob Brown"></speaker-badge>`,
      );
      const [a, b, c] = [...wrapper.querySelectorAll('speaker-badge')];
      expect(avatarColor(a)).to.equal(avatarColor(b));
      expect(avatarColor(a)).to.not.equal(avatarColor(c));
      await expect(wrapper).to.be.accessible();
    });

    it('takes a colour override', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge name="Alice Archer" color="rgb(0, 90, 0)"></speaker-badge>`);
      expect(avatarColor(el)).to.equal('rgb(0, 90, 0)');
    });
  });

  describe('image', () => {
    it('shows a picture from a safe URL', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge name="Alice Archer" image="/tests/fixtures/pixel.png"></speaker-badge>`);
      const img = part(el, 'avatar')!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('/tests/fixtures/pixel.png');
      expect(img.alt).to.equal('');
    });

    it('falls back to initials when the picture fails to load', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge name="Alice Archer" image="/tests/fixtures/no-such-picture.png"></speaker-badge>`);
      await until(() => !part(el, 'avatar')!.querySelector('img'), 5000, 'the fallback');
      expect(part(el, 'avatar')!.textContent).to.equal('AA');
      // a new image gets a new chance
      el.image = '/tests/fixtures/pixel.png';
      await elementUpdated(el);
      expect(part(el, 'avatar')!.querySelector('img')).to.not.equal(null);
    });

    it('refuses javascript: and data: URLs', async () => {
      for (const image of ['javascript:alert(1)', PIXEL]) {
        const el = await fixture<SpeakerBadge>(html`<speaker-badge name="Alice Archer" image=${image}></speaker-badge>`);
        expect(part(el, 'avatar')!.querySelector('img'), image).to.equal(null);
        expect(part(el, 'avatar')!.textContent).to.equal('AA');
      }
    });
  });

  describe('selectable', () => {
    it('is a toggle button with aria-pressed', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge selectable name="Alice Archer" speaker-role="Captain" count="3"></speaker-badge>`);
      const button = el.shadowRoot!.querySelector('button')!;
      expect(button.getAttribute('part')).to.equal('base');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('AAAlice ArcherCaptain3 quotes');
      await expect(el).to.be.accessible();
      el.selected = true;
      await elementUpdated(el);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(el.hasAttribute('selected')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('passes focus to its button and lets the click bubble out', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge selectable name="Alice Archer"></speaker-badge>`);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button'));
      let clicks = 0;
      document.addEventListener('click', () => clicks++, { once: true });
      el.shadowRoot!.querySelector('button')!.click();
      expect(clicks).to.equal(1);
    });
  });

  describe('theming and strings', () => {
    it('follows --speaker-badge-radius', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge style="--speaker-badge-radius: 3px" name="A B"></speaker-badge>`);
      expect(getComputedStyle(part(el, 'base')!).borderTopLeftRadius).to.equal('3px');
    });

    it('replaces the words', async () => {
      const el = await fixture<SpeakerBadge>(html`<speaker-badge name="A B" count="2" .strings=${{ quotes: 'Zitate' }}></speaker-badge>`);
      expect(part(el, 'count')!.textContent).to.equal('2 Zitate');
      await aTimeout(0);
    });
  });
});
