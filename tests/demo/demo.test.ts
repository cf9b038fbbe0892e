import { expect } from '@open-wc/testing';
import { until } from '../shared/wait.js';


describe('the demo page', () => {
  let frame: HTMLIFrameElement;
  const errors: string[] = [];
  const doc = () => frame.contentDocument!;

  before(async () => {
    frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '1200px', height: '900px' });
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
    frame.contentWindow!.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  });

  after(() => frame.remove());

  it('shows the seed article with its quotations and speakers', async () => {
    const view = doc().querySelector('article-view')!;
    await until(() => view.getAttribute('state') === 'ready', 'the article', 15000);
    expect(view.shadowRoot!.querySelectorAll('q').length).to.equal(29);
    expect(view.shadowRoot!.querySelectorAll('[part="panel"] speaker-badge').length).to.equal(4);
  });

  it('shows the key quote cards, from data and from plain HTML', async () => {
    const cards = [...doc().querySelectorAll('quote-card')];
    expect(cards).to.have.length(4);
    await until(() => cards.every((c) => c.getAttribute('state') === 'ready'), 'the cards', 15000);
    const words = cards.map((c) => c.shadowRoot!.querySelector('blockquote')!.textContent!.trim() || c.textContent!.trim());
    expect(words).to.deep.equal([
      'It is intolerable what my government is doing now',
      'Not all Russian diplomats advocate for war. They are sensible, but they must maintain silence.',
      'Boris Bondarev is a hero.',
      "I didn't think so far.",
    ]);
  });

  it('shows the HTML a CMS editor pastes under each example', () => {
    const snippets = [...doc().querySelectorAll('details.snippet code')].map((c) => c.textContent!);
    expect(snippets).to.have.length(4);
    expect(snippets[0]).to.contain('<article-view src="data/bondarev-resignation.json">');
  });

  it('annotates pasted text in the playground and offers the JSON', async () => {
    (doc().getElementById('playground-text') as HTMLTextAreaElement).value = '"The bridge opens in May," the mayor, Ana Ruiz, said on Monday.';
    doc().querySelector<HTMLButtonElement>('#playground-form button[type="submit"]')!.click();
    const view = await until(() => doc().querySelector('#playground-output article-view'), 'the playground view', 15000);
    const quote = await until(() => view.shadowRoot?.querySelector('q'), 'a machine-made quote', 15000);
    expect(quote.textContent).to.equal('The bridge opens in May,');
    await until(() => !doc().querySelector<HTMLButtonElement>('#playground-download')!.disabled, 'the download button', 15000);
    expect(errors).to.deep.equal([]);
  });
});
