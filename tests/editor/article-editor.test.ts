import { expect, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { validateArticle, type Article } from '../../src/model/index.js';
import { makeArticle } from '../model/fixtures.js';
import { until } from '../elements/helpers.js';
import { chord, click, dragSelect, get, openEditor, query, rectsOf } from './helpers.js';

const BODY = 'The council met on Monday.\nAna Ruiz said, “We will rebuild the bridge by spring.” Ben Okafor disagreed: “Not a chance.”\nShe called the plan “a promise kept” and left.';
const at = (text: string, from = 0) => {
  const start = BODY.indexOf(text, from);
  return { start, end: start + text.length };
};
const fresh = (): Article => makeArticle(BODY, [{ text: 'Not a chance.', speaker: 'ben' }]);

function expectValid(a: Article | null) {
  const r = validateArticle(JSON.parse(JSON.stringify(a)));
  expect(r.problems).to.deep.equal([]);
  expect(r.article).to.deep.equal(a);
}

afterEach(async () => {
  await resetMouse();
  localStorage.clear();
});

describe('<article-editor>: adding a quote', () => {
  it('with the mouse: drag over the words with their marks, Add quote, pick the speaker, Save', async () => {
    const el = await openEditor(fresh());
    const root = el.shadowRoot!;
    // Drag over the quotation marks and the space before: the quote snaps to the words.
    const r = at(' “We will rebuild the bridge by spring.”');
    await dragSelect(el, r.start, r.end);
    await click(get(root, 'button', 'Add quote'));
    await el.updateComplete;
    const form = get(root, 'form', 'New quote');
    expect(get<HTMLSelectElement>(root, 'select', 'Kind', form).value).to.equal('direct');
    const combo = get<HTMLInputElement>(root, 'combobox', 'Speaker', form);
    expect(root.activeElement).to.equal(combo);
    await sendKeys({ type: 'ruiz' });
    await el.updateComplete;
    expect(combo.getAttribute('aria-expanded')).to.equal('true');
    expect(get(root, 'option', /Ana Ruiz/).getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' }); // picks the highlighted speaker
    await el.updateComplete;
    expect(combo.value).to.equal('Ana Ruiz');
    const changed = oneEvent(el, 'article-change');
    await click(get(root, 'button', 'Save', form));
    const { detail } = await changed;
    expect(detail.description).to.equal('Add quote');
    const added = el.article!.quotes.find((q) => q.text.startsWith('We will'))!;
    expect(added).to.include({ text: 'We will rebuild the bridge by spring.', kind: 'direct', speaker: 'ana' });
    expect(BODY.slice(added.start, added.end)).to.equal(added.text);
    expect(detail.article).to.equal(el.article);
    expectValid(el.article);
    // Drawn in the text, as a quote.
    await el.updateComplete;
    expect(root.querySelector(`q[data-id="${added.id}"]`)!.textContent).to.equal(added.text);
    expect(root.querySelector('.body')!.textContent).to.equal(BODY);
  });

  it('with the keyboard: Shift+arrows from a focused quote, Q, a new speaker typed, Enter saves', async () => {
    const el = await openEditor(fresh());
    const root = el.shadowRoot!;
    root.querySelector<HTMLElement>('q')!.focus(); // "Not a chance."
    for (let i = 0; i < 3; i++) await chord(['Shift'], 'ArrowRight');
    await sendKeys({ press: 'Q' });
    await el.updateComplete;
    const form = get(root, 'form', 'New quote');
    expect(form.querySelector('.quoted q')!.textContent).to.equal('Not');
    await sendKeys({ type: 'A council aide' });
    await el.updateComplete;
    expect(get(root, 'option', 'New speaker: A council aide').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' }); // picks "New speaker"
    await sendKeys({ press: 'Enter' }); // submits
    await until(() => el.article!.quotes.length === 2, 3000, 'the quote');
    const q = el.article!.quotes.find((x) => x.text === 'Not')!;
    const sp = el.article!.speakers.find((x) => x.id === q.speaker)!;
    expect(sp.name).to.equal('A council aide');
    expectValid(el.article);
  });

  it('refuses a selection that partly overlaps a quote, with a message, and changes nothing', async () => {
    const el = await openEditor(fresh());
    const root = el.shadowRoot!;
    const before = el.article;
    const r = at('disagreed: “Not a');
    await dragSelect(el, r.start, r.end);
    await click(get(root, 'button', 'Add quote'));
    await el.updateComplete;
    expect(root.querySelector('[role=alert]')!.textContent).to.match(/partly overlaps the quote "Not a chance\."/);
    expect(!!query(root, 'form', 'New quote')).to.equal(false);
    expect(el.article).to.equal(before);
  });

  it('Cancel closes the form without a change', async () => {
    const el = await openEditor(fresh());
    const root = el.shadowRoot!;
    const r = at('The council met');
    await dragSelect(el, r.start, r.end);
    await sendKeys({ press: 'q' });
    await el.updateComplete;
    await click(get(root, 'button', 'Cancel'));
    await el.updateComplete;
    expect(!!query(root, 'form', 'New quote')).to.equal(false);
    expect(el.article!.quotes).to.have.length(1);
  });
});

describe('<article-editor>: editing a quote', () => {
  it('click a quote: change its kind, set source and cue from selections, delete it; each is undone', async () => {
    const el = await openEditor(fresh());
    const root = el.shadowRoot!;
    const start = el.article;
    await click(root.querySelector('q')!);
    await el.updateComplete;
    let form = get(root, 'form', 'Edit quote');
    const kind = get<HTMLSelectElement>(root, 'select', 'Kind', form);
    kind.value = 'unmarked';
    kind.dispatchEvent(new Event('change'));
    await click(get(root, 'button', 'Save', form));
    await el.updateComplete;
    expect(el.article!.quotes[0].kind).to.equal('unmarked');

    await click(root.querySelector('q')!);
    await el.updateComplete;
    form = get(root, 'form', 'Edit quote');
    const src = at('Ben Okafor');
    await dragSelect(el, src.start, src.end);
    await click(get(root, 'button', 'Set source', form));
    const cue = at('disagreed');
    await dragSelect(el, cue.start, cue.end);
    await click(get(root, 'button', 'Set cue', form));
    await el.updateComplete;
    expect(el.article!.quotes[0].source).to.deep.equal({ ...src, text: 'Ben Okafor' });
    expect(el.article!.quotes[0].cue).to.deep.equal({ ...cue, text: 'disagreed' });
    expectValid(el.article);

    await click(get(root, 'button', 'Delete quote'));
    await el.updateComplete;
    expect(el.article!.quotes).to.deep.equal([]);
    for (let i = 0; i < 4; i++) await click(get(root, 'button', 'Undo'));
    expect(el.article).to.equal(start);
    expect(get<HTMLButtonElement>(root, 'button', 'Undo').disabled).to.equal(true);
  });

  it('Enter on a focused quote opens it; Ctrl+Z undoes and Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const el = await openEditor(fresh());
    const root = el.shadowRoot!;
    const start = el.article;
    root.querySelector<HTMLElement>('q')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    get(root, 'form', 'Edit quote');
    await click(get(root, 'button', 'Delete quote'));
    await el.updateComplete;
    const end = el.article;
    root.querySelector<HTMLElement>('.body')!.focus();
    await chord(['Control'], 'z');
    expect(el.article).to.equal(start);
    await chord(['Control', 'Shift'], 'Z');
    expect(el.article).to.equal(end);
    await chord(['Control'], 'z');
    await chord(['Control'], 'y');
    expect(el.article).to.equal(end);
  });

  it('links a quote as the continuation of the previous quote by the same speaker', async () => {
    const body = '“The plan,” Ana said, “is ready.”';
    const el = await openEditor(makeArticle(body, [{ text: 'The plan,' }, { text: 'is ready.' }]));
    const root = el.shadowRoot!;
    await click(root.querySelectorAll('q')[1]);
    await el.updateComplete;
    const box = get<HTMLInputElement>(root, 'checkbox', 'Continues the previous quote by this speaker');
    await click(box);
    await click(get(root, 'button', 'Save'));
    await el.updateComplete;
    expect(el.article!.quotes[1].continues).to.equal('q1');
    expectValid(el.article);
  });
});

describe('<article-editor>: the article property', () => {
  it('returns the current article; null closes it and shows the empty state', async () => {
    const el = await openEditor(fresh());
    expect(el.article!.id).to.equal('test');
    el.article = null;
    await el.updateComplete;
    expect(el.article).to.equal(null);
    expect(el.shadowRoot!.querySelector('.body')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('Paste a story');
  });

  it('invalid data is reported in the element, not thrown', async () => {
    const el = await openEditor(null);
    el.article = { version: 1, body: 42 } as unknown as Article;
    await el.updateComplete;
    expect(el.article).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.match(/could not be used: expected the article text as a string/);
  });
});

describe('<article-editor>: accessibility', () => {
  it('passes axe with an article, with the form open and the list of speakers', async () => {
    const el = await openEditor(fresh());
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLElement>('q')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'a' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe when empty and with a message', async () => {
    const el = await openEditor(null, html`<article-editor></article-editor>`);
    await expect(el).to.be.accessible();
  });
});

describe('<article-editor>: Shift+click', () => {
  it('a click, then Shift+click further on selects the words between', async () => {
    const el = await openEditor(fresh());
    const root = el.shadowRoot!;
    const r = at('The council met');
    const rects = rectsOf(el, r.start, r.end);
    const y = Math.round(rects[0].top + rects[0].height / 2);
    await sendMouse({ type: 'click', position: [Math.round(rects[0].left + 1), y] });
    await sendKeys({ down: 'Shift' });
    await sendMouse({ type: 'click', position: [Math.round(rects[rects.length - 1].right - 1), y] });
    await sendKeys({ up: 'Shift' });
    await click(get(root, 'button', 'Add quote'));
    await el.updateComplete;
    expect(get(root, 'form', 'New quote').querySelector('.quoted q')!.textContent).to.equal('The council met');
  });
});
