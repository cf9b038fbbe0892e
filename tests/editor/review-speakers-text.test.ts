import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { validateArticle, type Article } from '../../src/model/index.js';
import { makeArticle } from '../model/fixtures.js';
import { until } from '../elements/helpers.js';
import { click, dragSelect, get, openEditor } from './helpers.js';

const BODY = '“We will win,” said Ana Ruiz. Ben Okafor said “not likely” twice. “Maybe,” Ana added.\nCouncillor Tom Price said the vote was close.';

/** Three machine-made quotes (with confidence) and one hand-made one. */
function machineArticle(): Article {
  const a = makeArticle(BODY, [{ text: 'We will win,' }, { text: 'not likely', speaker: 'ben', kind: 'mixed' }, { text: 'Maybe,' }, { text: 'the vote was close', speaker: null, kind: 'indirect' }]);
  a.quotes[0].confidence = 0.9;
  a.quotes[1].confidence = 0.4;
  a.quotes[2].confidence = 0.7;
  return a;
}

const expectValid = (a: Article | null) => expect(validateArticle(JSON.parse(JSON.stringify(a))).problems).to.deep.equal([]);
const reviewItems = (root: ShadowRoot) => [...root.querySelectorAll('.review .item .snippet')].map((n) => n.textContent);

afterEach(async () => {
  await resetMouse();
  localStorage.clear();
});

describe('<article-editor>: review of machine-made quotes', () => {
  it('marks unreviewed quotes with their confidence, lists them in text order or lowest confidence first', async () => {
    const el = await openEditor(machineArticle());
    const root = el.shadowRoot!;
    const q = root.querySelector<HTMLElement>('q[data-id="q2"]')!;
    expect(q.dataset.review).to.equal('pending');
    expect(q.dataset.conf).to.equal('40%');
    // Drawn after the words (Chromium resolves attr() in the computed value, Firefox keeps it).
    expect(getComputedStyle(q, '::after').content).to.match(/40%|attr\(data-conf\)/);
    expect(root.querySelector<HTMLElement>('q[data-id="q4"]')!.dataset.review).to.equal(undefined);
    expect(root.querySelector('.review')!.textContent).to.contain('3 of 4 quotes unreviewed');
    expect(reviewItems(root)).to.deep.equal(['We will win,', 'not likely', 'Maybe,', 'the vote was close']);
    const order = get<HTMLSelectElement>(root, 'select', /^Order/);
    order.value = 'confidence';
    order.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(reviewItems(root)).to.deep.equal(['not likely', 'Maybe,', 'We will win,', 'the vote was close']);
    await expect(el).to.be.accessible();
  });

  it('N steps to the next unreviewed quote; A accepts (the confidence goes), R rejects (the quote goes); each undoable', async () => {
    const el = await openEditor(machineArticle());
    const root = el.shadowRoot!;
    const start = el.article;
    root.querySelector<HTMLElement>('.body')!.focus();
    await sendKeys({ press: 'n' });
    await el.updateComplete;
    let form = get(root, 'form', 'Edit quote');
    expect(form.querySelector('.quoted q')!.textContent).to.equal('We will win,');
    await expect(el).to.be.accessible();
    // The focus is on Accept, where letters are shortcuts.
    expect(root.activeElement).to.equal(get(root, 'button', 'Accept'));
    await sendKeys({ press: 'a' });
    await el.updateComplete;
    expect(el.article!.quotes[0]).to.not.have.property('confidence');
    // On to the next unreviewed one.
    form = get(root, 'form', 'Edit quote');
    expect(form.querySelector('.quoted q')!.textContent).to.equal('not likely');
    await click(get(root, 'button', 'Reject'));
    await el.updateComplete;
    expect(el.article!.quotes.map((q) => q.text)).to.deep.equal(['We will win,', 'Maybe,', 'the vote was close']);
    await sendKeys({ press: 'p' });
    await el.updateComplete;
    expect(get(root, 'form', 'Edit quote').querySelector('.quoted q')!.textContent).to.equal('Maybe,');
    expectValid(el.article);
    await click(get(root, 'button', 'Undo'));
    await click(get(root, 'button', 'Undo'));
    expect(el.article).to.equal(start);
  });

  it('Accept by mouse from the review list', async () => {
    const el = await openEditor(machineArticle());
    const root = el.shadowRoot!;
    await click([...root.querySelectorAll<HTMLElement>('.review .item')][2]);
    await el.updateComplete;
    await click(get(root, 'button', 'Accept'));
    await el.updateComplete;
    expect(el.article!.quotes[2]).to.not.have.property('confidence');
    expect(root.querySelector<HTMLElement>('q[data-id="q3"]')!.dataset.review).to.equal(undefined);
  });
});

describe('<article-editor>: speakers', () => {
  const typeInto = async (input: HTMLInputElement, text: string) => {
    input.focus();
    input.select();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Tab' }); // commits (change event)
  };

  it('renames, sets role and description, refuses to delete a speaker with quotes, merges, then deletes', async () => {
    const el = await openEditor(makeArticle(BODY, [{ text: 'We will win,' }, { text: 'not likely', speaker: 'ben' }]));
    const root = el.shadowRoot!;
    const group = (name: RegExp) => [...root.querySelectorAll('fieldset')].find((f) => name.test(f.querySelector('legend')!.textContent!))!;
    await typeInto(get(root, 'textbox', 'Name', group(/Ana Ruiz/)), 'Ana Ruiz-Lopez');
    await el.updateComplete;
    expect(el.article!.speakers[0].name).to.equal('Ana Ruiz-Lopez');
    await typeInto(get(root, 'textbox', 'Role', group(/Ana Ruiz-Lopez/)), 'Mayor of Springfield');
    await typeInto(get(root, 'textbox', 'Description', group(/Ana Ruiz-Lopez/)), 'Elected in 2022.');
    await el.updateComplete;
    expect(el.article!.speakers[0]).to.deep.include({ role: 'Mayor of Springfield', description: 'Elected in 2022.' });
    const del = get<HTMLButtonElement>(root, 'button', 'Delete speaker', group(/Ben Okafor/));
    expect(del.disabled).to.equal(true);
    // Merge Ben into Ana: his quote moves, his name becomes an alias.
    const ben = group(/Ben Okafor/);
    const into = get<HTMLSelectElement>(root, 'select', /^Merge into/, ben);
    into.value = 'ana';
    await click(get(root, 'button', 'Merge', ben));
    await el.updateComplete;
    expect(el.article!.quotes.map((q) => q.speaker)).to.deep.equal(['ana', 'ana']);
    expect(el.article!.speakers).to.deep.equal([{ id: 'ana', name: 'Ana Ruiz-Lopez', role: 'Mayor of Springfield', description: 'Elected in 2022.', aliases: ['Ben Okafor'] }]);
    expectValid(el.article);
    await expect(el).to.be.accessible();
  });

  it('deletes a speaker without quotes', async () => {
    const el = await openEditor(makeArticle(BODY, [{ text: 'We will win,' }]));
    const root = el.shadowRoot!;
    const ben = [...root.querySelectorAll('fieldset')].find((f) => /Ben Okafor/.test(f.querySelector('legend')!.textContent!))!;
    await click(get(root, 'button', 'Delete speaker', ben));
    await el.updateComplete;
    expect(el.article!.speakers.map((s) => s.id)).to.deep.equal(['ana']);
  });

  it('the Speaker combobox finds a speaker by alias', async () => {
    const a = makeArticle(BODY, []);
    a.speakers.push({ id: 'price', name: 'Tom Price', aliases: ['Councillor Price'] });
    const el = await openEditor(a);
    const root = el.shadowRoot!;
    const r = { start: BODY.indexOf('the vote'), end: BODY.indexOf('close') + 5 };
    await dragSelect(el, r.start, r.end);
    await click(get(root, 'button', 'Add quote'));
    await el.updateComplete;
    await sendKeys({ type: 'councillor' });
    await el.updateComplete;
    // The alias finds him (highlighted first); the words typed could also be a new speaker.
    expect([...root.querySelectorAll('[role=option]')].map((o) => o.textContent!.trim())).to.deep.equal(['Tom Price', 'New speaker: councillor']);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.article!.quotes.length === 1);
    expect(el.article!.quotes[0]).to.include({ text: 'the vote was close', speaker: 'price', kind: 'indirect' });
  });
});

describe('<article-editor>: editing the text', () => {
  it('re-anchors the quotes; a quote whose words are gone is listed and placed again, never dropped', async () => {
    const el = await openEditor(makeArticle(BODY, [{ text: 'We will win,' }, { text: 'not likely', speaker: 'ben', kind: 'mixed' }]));
    const root = el.shadowRoot!;
    await click(get(root, 'button', 'Edit text'));
    await el.updateComplete;
    const area = get<HTMLTextAreaElement>(root, 'textbox', 'Article text');
    await expect(el).to.be.accessible();
    const corrected = `Update: ${BODY.replace('not likely', 'doubtful')}`;
    area.value = corrected;
    await click(get(root, 'button', 'Apply text'));
    await el.updateComplete;
    expect(el.article!.body).to.equal(corrected);
    expect(el.article!.quotes.map((q) => [q.text, q.start])).to.deep.equal([['We will win,', 9]]);
    expect(el.unplaced.map((q) => q.text)).to.deep.equal(['not likely']);
    const list = root.querySelector('.orphans')!;
    expect(list.textContent).to.contain('not likely');
    await expect(el).to.be.accessible();
    const r = { start: corrected.indexOf('doubtful'), end: corrected.indexOf('doubtful') + 8 };
    await dragSelect(el, r.start, r.end);
    await click(get(root, 'button', 'Place on selection'));
    await el.updateComplete;
    expect(el.unplaced).to.deep.equal([]);
    expect(el.article!.quotes.find((q) => q.id === 'q2')).to.include({ text: 'doubtful', speaker: 'ben', kind: 'mixed' });
    expect(!!root.querySelector('.orphans')).to.equal(false);
    expectValid(el.article);
  });
});

describe('<article-editor>: input', () => {
  it('plain text through the text property: the extractor proposes quotes, marked unreviewed', async () => {
    const el = await openEditor(null);
    el.text = 'Bridge vote\n“We will rebuild it by spring,” said Ana Ruiz, the mayor.';
    await until(() => el.article, 5000, 'the extracted article');
    await el.updateComplete;
    expect(el.article!.headline).to.equal('Bridge vote');
    expect(el.article!.quotes[0]).to.include({ text: 'We will rebuild it by spring,' });
    expect(el.article!.quotes[0].confidence).to.be.a('number');
    expect(el.shadowRoot!.querySelector<HTMLElement>('q')!.dataset.review).to.equal('pending');
  });

  it('the New from text area', async () => {
    const el = await openEditor(null);
    const root = el.shadowRoot!;
    get<HTMLTextAreaElement>(root, 'textbox', 'New from text').value = '“It works,” she said.';
    await click(get(root, 'button', 'Find quotes'));
    await until(() => el.article, 5000, 'the extracted article');
    expect(el.article!.body).to.equal('“It works,” she said.');
    expect(el.article!.quotes.map((q) => q.text)).to.deep.equal(['It works,']);
  });

  it('src and inline JSON, as <article-view> takes them', async () => {
    const fromSrc = await openEditor(null, html`<article-editor src="/tests/fixtures/small.json"></article-editor>`);
    await until(() => fromSrc.article, 5000, 'the article from src');
    expect(fromSrc.article!.id).to.equal('small');
    const json = JSON.stringify(makeArticle(BODY, [{ text: 'We will win,' }]));
    const inline = await openEditor(null, html`<article-editor><script type="application/json">${json}</script></article-editor>`);
    expect(inline.article!.quotes[0].text).to.equal('We will win,');
  });

  it('a quote of the input that cannot be placed is listed to place again', async () => {
    const a = makeArticle(BODY, [{ text: 'We will win,' }]);
    (a.quotes as unknown[]).push({ id: 'lost', start: 0, end: 5, text: 'words not in the body', kind: 'direct', speaker: 'ben' });
    const el = await openEditor(a);
    expect(el.unplaced.map((q) => [q.id, q.text, q.speaker])).to.deep.equal([['lost', 'words not in the body', 'ben']]);
  });
});
