/**
 * What `<article-view>` draws of an article once it has arrived: the header (headline, byline,
 * source, date), the paragraphs with their quotes marked, and the quotes' descriptions. Loaded with
 * the data (see shared/data.ts), so the main file never carries these templates.
 */
import { html, noChange, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BodyNode } from '../../model/layout.js';
import type { Article, Quote, Speaker } from '../../model/types.js';
import { safeUrl } from '../../model/urls.js';
import { formatDate } from '../shared/format.js';
import type { ArticleViewStrings } from '../shared/strings.js';
import type { Chunk } from './body.js';
import { describeQuote } from './reading.js';

/** The headline and the meta line: byline, source (a link when the article's URL is safe), date. */
export function renderHeader(article: Article, s: ArticleViewStrings, level: number, lang: string | undefined) {
  const meta: unknown[] = [];
  const url = safeUrl(article.url);
  const source = article.source && url ? html`<a href=${url}>${article.source}</a>` : article.source;
  for (const part of [
    article.byline,
    source,
    article.published && html`<time datetime=${article.published}>${formatDate(article.published, lang)}</time>`,
  ]) {
    if (part) meta.push(meta.length ? s.separator : nothing, part);
  }
  return html`<header part="header" lang=${ifDefined(lang)}>
    ${article.headline ? html`<div part="headline" class="headline" role="heading" aria-level=${level}>${article.headline}</div>` : nothing}
    ${meta.length ? html`<p part="meta" class="meta">${meta}</p>` : nothing}
  </header>`;
}

/** What drawing the body needs from the element: the article, and its quotes and speakers by index and id. */
export interface BodyDrawing {
  article: Article;
  /** Each quote's index in `article.quotes`. */
  index: Map<Quote, number>;
  speakers: Map<string, Speaker>;
  /** Each speaker's index in `article.speakers` (the `data-s` that the speaker sheet colours). */
  speakerIndex: Map<string, number>;
  strings: ArticleViewStrings;
  lang: string | undefined;
}

/**
 * `render()` the first time chunk `c` is drawn with `key`, then `noChange`: a drawn chunk is never
 * walked again (what Lit's guard() does), so hovering a huge article re-renders little.
 */
function once(drawn: WeakMap<Chunk, unknown>, c: Chunk, key: unknown, render: () => unknown) {
  if (drawn.get(c) === key) return noChange;
  drawn.set(c, key);
  return render();
}

/** The paragraphs of the chunks drawn so far (each chunk walked once), and the text between them. */
export function renderParagraphs(chunks: Chunk[], drawn: WeakMap<Chunk, unknown>, d: BodyDrawing) {
  const body = d.article.body;
  return chunks.map((c) =>
    once(drawn, c, 1, () => c.blocks.map((b) => (b.type === 'break' ? body.slice(b.start, b.end) : html`<p part="paragraph">${renderNodes(b.nodes, d)}</p>`))),
  );
}

function renderNodes(nodes: BodyNode[], d: BodyDrawing): unknown[] {
  return nodes.map((n) => {
    if (n.type === 'text') return d.article.body.slice(n.start, n.end);
    const q = n.quote;
    const i = d.index.get(q)!;
    const k = q.speaker != null ? d.speakerIndex.get(q.speaker) : undefined;
    return html`<q part="quote" class="spk" tabindex="-1" data-i=${i} data-s=${k ?? nothing} data-k=${q.kind} aria-describedby="d${i}"
      >${renderNodes(n.children, d)}</q
    >`;
  });
}

/** The accessible descriptions of the quotes that begin in the chunks drawn so far (again when the strings change). */
export function renderDescriptions(chunks: Chunk[], described: WeakMap<Chunk, unknown>, d: BodyDrawing) {
  const { article, strings: s } = d;
  return chunks.map((c) =>
    once(described, c, s, () =>
      c.quotes.map((i) => html`<span id="d${i}">${describeQuote(article.quotes[i], speakerOf(article.quotes[i], d.speakers), s, d.lang)}</span>`),
    ),
  );
}

/** The speaker of a quote, or undefined when unknown. */
export const speakerOf = (q: Quote, speakers: Map<string, Speaker>) => (q.speaker != null ? speakers.get(q.speaker) : undefined);
