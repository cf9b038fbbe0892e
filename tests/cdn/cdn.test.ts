import { expect } from '@open-wc/testing';
import { shownQuote } from '../shared/shown.js';
import { until } from '../shared/wait.js';

/**
 * The CDN file the way a CMS page uses it: a plain page, no build step, the script tag pasted
 * twice (once under another URL, as a second template might), and the three tags.
 */
const PAGE = `<!doctype html><html lang="en"><head>
<script type="module" src="/cdn/article-annotations.js"></script>
<script type="module" src="/cdn/article-annotations.js?copy=2"></script>
</head><body>
<article-view src="/demo/data/bondarev-resignation.json"><p>Fallback text</p></article-view>
<quote-card speaker="Boris Bondarev" source="The Associated Press">I didn't think so far.</quote-card>
<speaker-badge name="Boris Bondarev" count="22"></speaker-badge>
</body></html>`;


describe('the CDN build in a plain page', () => {
  let frame: HTMLIFrameElement;
  const errors: string[] = [];

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    document.body.append(frame);
    const win = frame.contentWindow!;
    win.addEventListener('error', (e) => errors.push(e.message));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    frame.contentDocument!.open();
    frame.contentDocument!.write(PAGE);
    frame.contentDocument!.close();
  });

  after(() => frame.remove());

  it('registers all three tags once and throws nothing when loaded twice', async () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    await until(() => win.customElements.get('article-view') && win.customElements.get('quote-card') && win.customElements.get('speaker-badge'), 'the tags');
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).to.deep.equal([]);
  });

  it('renders the article from its JSON file', async () => {
    const view = frame.contentDocument!.querySelector('article-view')!;
    const quotes = await until(() => {
      const found = view.shadowRoot?.querySelectorAll('q');
      return found && found.length > 0 ? found : undefined;
    }, 'the quotes');
    expect(quotes.length).to.be.greaterThan(20);
    expect(view.shadowRoot!.textContent).to.contain('It is intolerable what my government is doing now');
  });

  it('renders a quote card from attributes and content', async () => {
    const card = frame.contentDocument!.querySelector('quote-card')!;
    const badge = await until(() => card.shadowRoot?.querySelector('speaker-badge'), 'the card');
    await until(() => badge.shadowRoot?.textContent?.includes('Boris Bondarev'), 'the speaker');
    expect(shownQuote(card)).to.equal("I didn't think so far.");
  });

  it('renders a speaker badge with initials and count', async () => {
    const badge = frame.contentDocument!.querySelector('speaker-badge')!;
    await until(() => badge.shadowRoot?.textContent?.includes('BB'), 'the badge');
    expect(badge.shadowRoot!.textContent).to.contain('22');
  });
});
