/**
 * The editor's article text: `<article-view>`'s layout (model/layout.ts: paragraphs and nested
 * quote runs covering the body exactly) drawn with its quote styles, plus what an editor needs on
 * each quote (its id, whether it is reviewed). Each paragraph is laid out and redrawn only when
 * its quotes, their speakers or the words change: a change to one quote of a long article redraws
 * one paragraph, not the article.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { layoutBody, splitParagraphs, type BodyNode } from '../../model/layout.js';
import type { Article, Quote, Speaker } from '../../model/types.js';

export interface BodyLook {
  /** Each speaker's index in `article.speakers` (for the colour rules) and the speaker. */
  speakers: Map<string, { index: number; speaker: Speaker }>;
  /** The quote's hover text: speaker and review state. */
  title(quote: Quote, speaker: Speaker | undefined): string;
  /** The confidence shown beside an unreviewed quote ("72%"). */
  percent(confidence: number): string;
  /** Changes whenever `title` or `percent` would give other words (the interface strings). */
  words: unknown;
}

let paragraphsOf: { body: string; parts: Array<{ start: number; end: number; isBreak: boolean }> } | undefined;

/** The paragraphs and breaks of `body`, computed once per body (edits that keep the text reuse them). */
function paragraphs(body: string) {
  if (paragraphsOf?.body !== body) paragraphsOf = { body, parts: splitParagraphs(body) };
  return paragraphsOf.parts;
}

/** The quotes that touch each part (a quote over several paragraphs is in each), by binary search. */
function quotesByPart(parts: Array<{ start: number; end: number }>, quotes: readonly Quote[]): Quote[][] {
  const by: Quote[][] = parts.map(() => []);
  for (const q of quotes) {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (parts[mid].start <= q.start) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i < parts.length && parts[i].start < q.end; i++) by[i].push(q);
  }
  return by;
}

/**
 * One paragraph's quote runs: the model's layout of the paragraph alone, with each quote clipped to
 * it, mapped back to the article's offsets and quote objects.
 */
function layoutParagraph(body: string, start: number, end: number, quotes: Quote[]): BodyNode[] {
  const original = new Map<Quote, Quote>();
  const clipped = quotes.map((q) => {
    const c = { ...q, start: Math.max(q.start, start) - start, end: Math.min(q.end, end) - start };
    original.set(c, q);
    return c;
  });
  const block = layoutBody(body.slice(start, end), clipped).find((b) => b.type === 'paragraph');
  const shift = (list: BodyNode[]): BodyNode[] =>
    list.map((n) =>
      n.type === 'text'
        ? { ...n, start: n.start + start, end: n.end + start }
        : { ...n, quote: original.get(n.quote)!, start: n.start + start, end: n.end + start, first: original.get(n.quote)!.start >= start, children: shift(n.children) },
    );
  return block?.type === 'paragraph' ? shift(block.nodes) : [{ type: 'text', start, end }];
}

function nodes(list: BodyNode[], body: string, look: BodyLook): unknown[] {
  return list.map((n) => {
    if (n.type === 'text') return body.slice(n.start, n.end);
    const q = n.quote;
    const sp = q.speaker != null ? look.speakers.get(q.speaker) : undefined;
    const pending = q.confidence !== undefined;
    return html`<q part="quote" class="spk" tabindex="0" data-id=${q.id} data-s=${sp?.index ?? nothing} data-review=${pending ? 'pending' : nothing}
      data-conf=${pending && n.first ? look.percent(q.confidence!) : nothing} title=${look.title(q, sp?.speaker)}
      >${nodes(n.children, body, look)}</q
    >`;
  });
}

/** The body as paragraphs (`data-o`: the paragraph's offset) and the line breaks between them. */
export function renderBody(article: Article, look: BodyLook): unknown[] {
  const { body } = article;
  const parts = paragraphs(body);
  const by = quotesByPart(parts, article.quotes);
  return parts.map((part, i) => {
    if (part.isBreak) return body.slice(part.start, part.end);
    const deps: unknown[] = [body, part.start, part.end, look.words];
    for (const q of by[i]) {
      const sp = q.speaker != null ? look.speakers.get(q.speaker) : undefined;
      deps.push(q, sp?.speaker, sp?.index);
    }
    return guard(deps, () => html`<p part="paragraph" data-o=${part.start}>${nodes(layoutParagraph(body, part.start, part.end, by[i]), body, look)}</p>`);
  });
}
