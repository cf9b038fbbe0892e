import { expect } from '@open-wc/testing';
import { shownQuote } from '../shared/shown.js';
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
    const words = cards.map(shownQuote);
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

  it('the editor: pasted text annotated by machine, reviewed, shown in <article-view>, ready to embed', async () => {
    const editor = doc().querySelector('article-editor')!;
    const root = await until(() => editor.shadowRoot, 'the editor', 15000);
    // The sample story is open first.
    await until(() => editor.article?.headline === 'Council votes to rebuild the bridge', 'the sample article', 15000);
    const area = root.querySelector<HTMLTextAreaElement>('#new-text')!;
    area.value = '"The bridge opens in May," the mayor, Ana Ruiz, said on Monday.';
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Find quotes')!.click();
    await until(() => editor.article?.body.startsWith('"The bridge'), 'the new article', 15000);
    const quote = editor.article!.quotes[0];
    expect(quote.text).to.equal('The bridge opens in May,');
    expect(quote.confidence).to.be.a('number');
    // Review: open the quote and accept it.
    await editor.updateComplete;
    root.querySelector<HTMLElement>('q')!.click();
    await editor.updateComplete;
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Accept')!.click();
    await until(() => editor.article!.quotes[0].confidence === undefined, 'the accepted quote');
    // The published view below follows every change.
    const view = doc().querySelector<HTMLElement & { validArticle: unknown }>('#preview')!;
    await until(() => JSON.stringify(view.validArticle) === JSON.stringify(editor.article), 'the preview', 15000);
    expect(view.shadowRoot!.querySelector('q')!.textContent).to.equal('The bridge opens in May,');
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy embed code')!.click();
    const code = await until(() => root.querySelector<HTMLTextAreaElement>('.embed textarea')?.value, 'the embed code');
    expect(code).to.match(/^<article-view>\n<script type="application\/json">\{"version":1/);
    frame.contentWindow!.localStorage.clear();
    expect(errors).to.deep.equal([]);
  });
});
