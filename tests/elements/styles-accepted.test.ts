/**
 * Every declaration of the elements' style sheets is accepted by the engine this runs in. An engine
 * drops what it does not understand without a word (WebKit dropped the quotes' underline once):
 * here that fails the run of that engine. It covers every element class the package exports, and
 * every sheet they adopt, including those adopted or written once article data is shown.
 */
import { expect } from '@open-wc/testing';
import type { Article } from '../../src/model/types.js';
import { collectDefinitions, countDeclarations, droppedFromSheet, parseBlock, type Definitions } from '../shared/style-check.js';
import { loadArticle, SEED } from './helpers.js';

// The text each constructed sheet was made from. Lit makes its sheets lazily with replaceSync, so
// the elements are imported only once this is in place.
const sources = new WeakMap<CSSStyleSheet, string>();
const { replaceSync, replace } = CSSStyleSheet.prototype;
CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
  sources.set(this, text);
  replaceSync.call(this, text);
};
CSSStyleSheet.prototype.replace = function (this: CSSStyleSheet, text: string) {
  sources.set(this, text);
  return replace.call(this, text);
};

const pkg: Record<string, unknown> = await import('../../src/index.js');
await import('../../src/define/all.js');
const elementClasses = Object.entries(pkg).filter(
  (entry): entry is [string, CustomElementConstructor] => typeof entry[1] === 'function' && entry[1].prototype instanceof HTMLElement,
);

/** The tag a class is registered under (the package's define modules), or a new one for the test. */
function tagOf(name: string, element: CustomElementConstructor): string {
  const registered = customElements.getName?.(element);
  if (registered) return registered;
  const tag = `styles-check-${name.toLowerCase()}`;
  if (!customElements.get(tag)) customElements.define(tag, class extends element {});
  return tag;
}

type Rendered = HTMLElement & { updateComplete?: Promise<unknown>; article?: Article | null; speaker?: unknown };

/** An instance in the page; with data, for elements that take an article, and its first speaker chosen. */
async function rendered(tag: string, article?: Article): Promise<Rendered> {
  const el = document.createElement(tag) as Rendered;
  if (article && 'article' in el) {
    el.article = article;
    if ('speaker' in el) el.speaker = article.speakers[0].id;
  }
  document.body.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** The elements of a rendered tree, through shadow roots. */
function* deep(root: Element): Generator<Element> {
  yield root;
  for (const child of [...root.children, ...(root.shadowRoot?.children ?? [])]) yield* deep(child);
}

interface Sheet {
  sheet: CSSStyleSheet;
  text: string | undefined;
  owner: string;
}

/** Every sheet of a rendered tree: adopted ones and `<style>` elements in shadow roots. */
function sheetsOf(root: Element): Sheet[] {
  const found = new Map<CSSStyleSheet, Sheet>();
  for (const el of deep(root)) {
    const shadow = el.shadowRoot;
    if (!shadow) continue;
    const owner = `<${el.localName}>`;
    for (const sheet of shadow.adoptedStyleSheets) found.set(sheet, { sheet, text: sources.get(sheet), owner });
    for (const style of shadow.querySelectorAll('style')) {
      if (style.sheet) found.set(style.sheet, { sheet: style.sheet, text: style.textContent ?? '', owner });
    }
  }
  return [...found.values()];
}

/** Custom properties defined in the sheets and in the inline styles of the rendered elements. */
function definitionsOf(sheets: Sheet[], roots: Element[]): Definitions {
  const definitions: Definitions = new Map();
  for (const { text } of sheets) if (text) collectDefinitions(parseBlock(text), definitions);
  for (const root of roots) {
    for (const el of deep(root)) {
      const style = (el as HTMLElement).style;
      if (!style) continue;
      const inline = [...style].filter((p) => p.startsWith('--')).map((p) => `${p}: ${style.getPropertyValue(p)}`);
      collectDefinitions(parseBlock(inline.join(';')), definitions);
    }
  }
  return definitions;
}

describe('style sheets', () => {
  let article: Article;
  const roots: Element[] = [];
  before(async () => {
    article = await loadArticle(SEED);
  });
  after(() => {
    for (const root of roots.splice(0)) root.remove();
  });

  it('the package exports element classes to check', () => {
    expect(elementClasses.map(([name]) => name)).to.include.members(['ArticleView', 'QuoteCard', 'SpeakerBadge']);
  });

  for (const [name, element] of elementClasses) {
    it(`<${tagOf(name, element)}>: the engine accepts every declaration`, async () => {
      const tag = tagOf(name, element);
      const states = [await rendered(tag), await rendered(tag, article)];
      roots.push(...states);
      const sheets = [...new Map(states.flatMap(sheetsOf).map((s) => [s.sheet, s])).values()];
      expect(sheets.length, 'style sheets found').to.be.greaterThan(0);
      const definitions = definitionsOf(sheets, roots);
      const problems: string[] = [];
      let declarations = 0;
      for (const { sheet, text, owner } of sheets) {
        if (text === undefined) {
          problems.push(`${owner}: a sheet whose source text is unknown (made before the test could see it)`);
          continue;
        }
        declarations += countDeclarations(parseBlock(text));
        problems.push(...droppedFromSheet(sheet, text, definitions).map((problem) => `${owner} ${problem}`));
      }
      expect(declarations, 'declarations checked').to.be.greaterThan(0);
      expect(problems).to.deep.equal([]);
    });
  }

  it('the check reports what an engine drops, and accepts prefixed fallbacks', () => {
    const text = `
      p { color: not-a-colour; margin: 0 }
      :not-a-pseudo-class { color: red }
      q { --w: red; border-width: var(--w); outline: 1px var(--nope); padding: var(--none, 1px); color: var(--page-colour) }
      b { -webkit-box-decoration-break: clone; box-decoration-break: clone }
      a::before { content: "{;}"; color: rgb(0 0 0 / 50%) }
      @media print { i { colour: black } }`;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const definitions = collectDefinitions(parseBlock(text), new Map());
    expect(droppedFromSheet(sheet, text, definitions)).to.deep.equal([
      ':not-a-pseudo-class: the whole rule was dropped',
      'p { color: not-a-colour }: not accepted',
      'q { border-width: var(--w) }: not accepted as "border-width: red"',
      'q { outline: 1px var(--nope) }: cannot check: --nope has no definition and no fallback',
      '@media print > i { colour: black }: not accepted',
    ]);
  });
});
