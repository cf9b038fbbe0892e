import { expect } from '@open-wc/testing';
import { shownQuote } from '../shared/shown.js';
import { until } from '../shared/wait.js';

/**
 * Hostile pages, built from the CDN file the way a CMS page uses it (run `npm run build` first):
 * - a strict Content-Security-Policy (`script-src 'self'`, no inline script, no eval, Trusted Types
 *   for script and HTML sinks, `style-src 'self'`): the three elements render and no violation fires;
 * - the CDN file loaded twice and the npm build (src/define/all) beside it, in either order: no error;
 * - page CSS that restyles `q`, `blockquote`, `button` (and more) everywhere: the elements' own
 *   quotes, block quote and buttons keep their look.
 */

type HostileWindow = Window & typeof globalThis & { __violations: string[]; __errors: string[]; trustedTypes?: unknown };


async function open(path: string): Promise<{ frame: HTMLIFrameElement; win: HostileWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostileWindow;
  await until(() => win.customElements.get('article-view') && win.customElements.get('quote-card') && win.customElements.get('speaker-badge'), 'the tags');
  return { frame, win, doc: frame.contentDocument! };
}

/** Waits until all three elements have rendered in `doc`. */
async function rendered(doc: Document) {
  const view = doc.querySelector('article-view')!;
  await until(() => (view.shadowRoot?.querySelectorAll('q').length ?? 0) > 20, 'the article quotes');
  const card = doc.querySelector('quote-card')!;
  const cardBadge = await until(() => card.shadowRoot?.querySelector('speaker-badge'), 'the card');
  await until(() => cardBadge.shadowRoot?.textContent?.includes('Boris Bondarev'), 'the card speaker');
  const badge = doc.querySelector('speaker-badge')!;
  await until(() => badge.shadowRoot?.textContent?.includes('Boris Bondarev'), 'the badge');
  await new Promise((r) => setTimeout(r, 300)); // late loads, images, violations
  return { view, card, badge };
}

describe('hostile pages', function () {
  this.timeout(30000);

  describe('a strict Content-Security-Policy, the CDN file twice and the npm build', () => {
    let frame: HTMLIFrameElement;
    let win: HostileWindow;
    let doc: Document;

    before(async () => {
      ({ frame, win, doc } = await open('/tests/fixtures/hostile/csp.html'));
      await rendered(doc);
    });
    after(() => frame.remove());

    it('renders all three elements with no CSP violation and no error', async () => {
      const view = doc.querySelector('article-view')!;
      expect(view.getAttribute('state')).to.equal('ready');
      expect(view.shadowRoot!.textContent).to.contain('It is intolerable what my government is doing now');
      expect(shownQuote(doc.querySelector('quote-card')!)).to.equal("I didn't think so far.");
      expect(doc.querySelector('speaker-badge')!.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal('/tests/fixtures/pixel.png');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('keyboard and hover paths work under the policy (tooltip, speaker filter)', async () => {
      const view = doc.querySelector('article-view')! as HTMLElement & { speaker: string | null; updateComplete: Promise<boolean> };
      const q = view.shadowRoot!.querySelector('q')!;
      q.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      await until(() => view.shadowRoot!.querySelector('[part="tooltip"]'), 'the tooltip');
      view.shadowRoot!.querySelector('speaker-badge')!.shadowRoot!.querySelector('button')!.click();
      await until(() => view.speaker, 'a selected speaker');
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('the policy is really enforced: eval is refused (and in Chromium, untrusted innerHTML)', async () => {
      expect(() => win.eval('1 + 1')).to.throw();
      if (win.trustedTypes) {
        expect(() => {
          doc.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        }).to.throw();
      }
      await until(() => win.__violations.length > 0, 'the violation reports');
      expect(win.__violations.some((v) => /script-src|eval|trusted-types/.test(v)), win.__violations.join('; ')).to.equal(true);
      win.__violations.length = 0;
    });

    it('Trusted Types: the elements only use trusted HTML', function () {
      // Firefox ESR has no Trusted Types: `require-trusted-types-for` is ignored there.
      if (!win.trustedTypes) this.skip();
      expect(win.__violations.filter((v) => v.includes('trusted-types'))).to.deep.equal([]);
    });

    it('page CSS that restyles q, blockquote and button everywhere does not reach the elements', () => {
      const view = doc.querySelector('article-view')!;
      const q = view.shadowRoot!.querySelector('q')!;
      const style = win.getComputedStyle(q);
      expect(style.display).to.equal('inline');
      expect(style.color).not.to.equal('rgb(255, 0, 0)');
      expect(style.fontSize).not.to.equal('40px');
      expect(['none', 'normal']).to.include(win.getComputedStyle(q, '::before').content);
      expect(['none', 'normal']).to.include(win.getComputedStyle(q, '::after').content);
      // The text drawn is the body: no quotation marks added by the page's `quotes`.
      const body = view.shadowRoot!.querySelector('[part="body"]')! as HTMLElement;
      expect(body.innerText).not.to.contain('INJECTED');
      expect(body.innerText).not.to.contain('<<');

      const card = doc.querySelector('quote-card')!;
      const blockquote = card.shadowRoot!.querySelector('blockquote')!;
      expect(win.getComputedStyle(blockquote).display).to.equal('block');
      expect(blockquote.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(shownQuote(card)).to.equal("I didn't think so far.");
      const copy = card.shadowRoot!.querySelector('button')!;
      expect(win.getComputedStyle(copy).display).not.to.equal('none');
      expect(win.getComputedStyle(copy).visibility).to.equal('visible');
      expect(copy.getBoundingClientRect().width).to.be.greaterThan(0);

      for (const button of view.shadowRoot!.querySelectorAll('button')) {
        expect(win.getComputedStyle(button).visibility).to.equal('visible');
      }
      const badgeButton = doc.querySelector('speaker-badge')!.shadowRoot!.querySelector('button')!;
      expect(win.getComputedStyle(badgeButton).display).not.to.equal('none');
      expect(badgeButton.getBoundingClientRect().width).to.be.greaterThan(0);
      const img = doc.querySelector('speaker-badge')!.shadowRoot!.querySelector('img')!;
      expect(win.getComputedStyle(img).display).not.to.equal('none');
    });
  });

  describe('the npm build first, then the CDN file twice', () => {
    it('registers the tags once, throws nothing, renders', async () => {
      const { frame, win, doc } = await open('/tests/fixtures/hostile/npm-first.html');
      try {
        await rendered(doc);
        expect(win.__errors).to.deep.equal([]);
        expect(doc.querySelector('article-view')!.getAttribute('state')).to.equal('ready');
        expect(shownQuote(doc.querySelector('quote-card')!)).to.equal("I didn't think so far.");
      } finally {
        frame.remove();
      }
    });
  });
});
