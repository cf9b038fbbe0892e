import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/define/article-view.js';
import type { ArticleView } from '../../src/elements/article-view/article-view.js';
import { fromWebAnnotation } from '../../src/formats/web-annotation.js';
import { validateArticle, type Article } from '../../src/model/index.js';
import { makeArticle } from '../model/fixtures.js';
import { SMALL, fixtureText, slowFetch, stubFetch, until } from '../elements/helpers.js';
import { click, dragSelect, get, openEditor } from './helpers.js';

const BODY = 'Ana Ruiz said, “We will rebuild the bridge by spring.” Ben Okafor said nothing.';
const KEY = 'article-editor:draft:test';
const fresh = (): Article => makeArticle(BODY, [{ text: 'We will rebuild the bridge by spring.' }]);

afterEach(async () => {
  await resetMouse();
  localStorage.clear();
});

/** Deletes the one quote: a change to keep. */
async function change(el: HTMLElement & { article: Article | null }) {
  const root = el.shadowRoot!;
  await click(root.querySelector('q')!);
  await click(get(root, 'button', 'Delete quote'));
}

describe('<article-editor>: drafts', () => {
  it('keeps a draft shortly after a change; a new editor for the same article brings it back, with a notice', async () => {
    const first = await openEditor(fresh());
    await change(first);
    await until(() => localStorage.getItem(KEY), 3000, 'the draft');
    first.remove();

    const again = await openEditor(fresh());
    const root = again.shadowRoot!;
    expect(again.article!.quotes).to.deep.equal([]);
    expect(root.querySelector('[role=status]')!.textContent).to.match(/unsaved changes from .* were restored/);
    await expect(again).to.be.accessible();
    // Discard: back to the article as given, and the draft is gone.
    await click(get(root, 'button', 'Discard draft'));
    await again.updateComplete;
    expect(again.article!.quotes.map((q) => q.text)).to.deep.equal(['We will rebuild the bridge by spring.']);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(root.querySelector('[role=status]')!.textContent).to.contain('Draft discarded');
  });

  it('undoing every change removes the draft: there is nothing to bring back', async () => {
    const el = await openEditor(fresh());
    await change(el);
    await until(() => localStorage.getItem(KEY), 3000, 'the draft');
    el.undo();
    await until(() => localStorage.getItem(KEY) === null, 3000, 'the draft to go');
  });

  it('full storage is reported in the element, never thrown; the change itself is kept', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = await openEditor(fresh());
      await change(el);
      const alert = el.shadowRoot!.querySelector('[role=alert]')!;
      await until(() => /could not be kept in this browser \(The quota has been exceeded\.\)\. Download the JSON/.test(alert.textContent!), 3000, 'the storage message');
      expect(el.article!.quotes).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('loading from src: says so (and passes axe), then shows the article', async () => {
    const json = await fixtureText(SMALL);
    const restore = stubFetch(slowFetch(300, () => json));
    try {
      const el = await openEditor(null, html`<article-editor src="/slow/small.json"></article-editor>`);
      expect(el.loading).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Loading…');
      await expect(el).to.be.accessible();
      await until(() => el.article, 5000, 'the article');
      expect(el.article!.id).to.equal('small');
      expect(el.loading).to.equal(false);
    } finally {
      restore();
    }
  });

  it('unavailable storage is reported when the article opens', async () => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      const el = await openEditor(fresh());
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('could not be kept in this browser (The operation is insecure.)');
      expect(el.article!.quotes).to.have.length(1);
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });
});

const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '</script><script>window.__pwned=1</script>', '<!-- "quoted" & \u202eevil', '{{constructor.constructor("x")()}}'];

describe('<article-editor>: hostile strings typed as speaker names and roles', () => {
  it('are shown as text and exported intact: property, embed code and <article-view> from it', async () => {
    const el = await openEditor(fresh());
    const root = el.shadowRoot!;
    const r = { start: BODY.indexOf('Ben Okafor said nothing'), end: BODY.length };
    await dragSelect(el, r.start, r.end);
    await click(get(root, 'button', 'Add quote'));
    await el.updateComplete;
    await sendKeys({ type: HOSTILE[0] });
    await click(get(root, 'button', 'Save'));
    await el.updateComplete;
    const sp = el.article!.speakers.find((s) => s.name === HOSTILE[0])!;
    expect(sp).to.exist;
    const group = [...root.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent!.includes(HOSTILE[0]))!;
    const role = get<HTMLInputElement>(root, 'textbox', 'Role', group);
    role.value = HOSTILE[1];
    role.dispatchEvent(new Event('change'));
    const desc = get<HTMLInputElement>(root, 'textbox', 'Description', group);
    desc.value = HOSTILE[2];
    desc.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root.querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(group.querySelector('legend')!.textContent).to.contain(HOSTILE[0]);
    expect(el.article!.speakers.find((s) => s.id === sp.id)).to.deep.include({ name: HOSTILE[0], role: HOSTILE[1], description: HOSTILE[2] });

    await click(get(root, 'button', 'Copy embed code'));
    await el.updateComplete;
    const code = get<HTMLTextAreaElement>(root, 'textbox', 'Embed code').value;
    await expect(el).to.be.accessible();
    expect(code).to.not.contain('</script><script>');
    // Pasted into a page, the code gives <article-view> exactly this article.
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = code;
    const view = holder.querySelector<ArticleView>('article-view')!;
    await until(() => view.validArticle, 5000, 'the article view');
    expect(view.validArticle).to.deep.equal(el.article);
    expect(view.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<article-editor>: output', () => {
  it('Download JSON saves the current article as a file named after its id', async () => {
    const el = await openEditor(fresh());
    let saved: { name: string; href: string } | undefined;
    const onClick = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        saved = { name: a.download, href: a.href };
        e.preventDefault();
      }
    };
    el.shadowRoot!.addEventListener('click', onClick, true);
    await click(get(el.shadowRoot!, 'button', 'Download JSON'));
    expect(saved!.name).to.equal('test.json');
    const text = await (await fetch(saved!.href)).text();
    expect(JSON.parse(text)).to.deep.equal(el.article);
    expect(validateArticle(JSON.parse(text)).problems).to.deep.equal([]);
  });

  it('Download W3C annotations saves the article as Web Annotation JSON-LD that reads back the same', async () => {
    const article = fresh();
    const el = await openEditor(article);
    let saved: { name: string; href: string } | undefined;
    el.shadowRoot!.addEventListener('click', (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        saved = { name: a.download, href: a.href };
        e.preventDefault();
      }
    }, true);
    await click(get(el.shadowRoot!, 'button', 'Download W3C annotations'));
    await until(() => saved);
    expect(saved!.name).to.equal(`${article.id}.jsonld`);
    const data = JSON.parse(await (await fetch(saved!.href)).text());
    expect(data.items).to.have.length(el.article!.quotes.length);
    expect(data.items[0].target.selector.map((x: { type: string }) => x.type)).to.include('TextQuoteSelector');
    expect(fromWebAnnotation(data).article).to.deep.equal(el.article);
  });
});
