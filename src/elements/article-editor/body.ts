/**
 * The editor's article text: `<article-view>`'s layout (model/layout.ts: paragraphs and nested
 * quote runs covering the body exactly) drawn with its quote styles, plus what an editor needs on
 * each quote (its id, whether it is reviewed). Each paragraph is redrawn only when its quotes,
 * their speakers or the words change: a change to one quote of a long article redraws one
 * paragraph, not the article.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { layoutBody, type BodyNode } from '../../model/layout.js';
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

function collect(nodes: BodyNode[], out: Quote[]) {
  for (const n of nodes) {
    if (n.type === 'quote') {
      out.push(n.quote);
      collect(n.children, out);
    }
  }
  return out;
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
  return layoutBody(body, article.quotes).map((b) => {
    if (b.type === 'break') return body.slice(b.start, b.end);
    const deps: unknown[] = [body, b.start, b.end, look.words];
    for (const q of collect(b.nodes, [])) {
      const sp = q.speaker != null ? look.speakers.get(q.speaker) : undefined;
      deps.push(q, sp?.speaker, sp?.index);
    }
    return guard(deps, () => html`<p part="paragraph" data-o=${b.start}>${nodes(b.nodes, body, look)}</p>`);
  });
}
