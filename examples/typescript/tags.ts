// The README's way to use the package from TypeScript: one define import types the tags and their
// events. Type-checked against the packed package (tests/node/consumers.test.js) with
// `strict` and `skipLibCheck: false`.
import 'article-annotations/define/all.js';
import type { Article, Quote, Speaker } from 'article-annotations';

export function show(article: Article): void {
  const view = document.querySelector('article-view');
  if (!view) return;
  view.article = article;
  view.speaker = article.speakers[0]?.id ?? null;
  view.addEventListener('quote-select', (e) => {
    const quote: Quote = e.detail.quote;
    const speaker: Speaker | null = e.detail.speaker;
    console.log(quote.text, speaker?.name);
    // @ts-expect-error: the detail is typed, not `any`
    console.log(e.detail.nothingHere);
  });
  view.addEventListener('article-error', (e) => console.error(e.detail.message));
  document.addEventListener('speaker-select', (e) => console.log(e.detail.speaker?.name));

  const card = document.createElement('quote-card');
  card.quote = article.quotes[0] ?? null;
  card.addEventListener('quote-copy', (e) => console.log(e.detail.text.length));

  const badge = document.querySelector('speaker-badge');
  if (badge) badge.count = 3;
  // @ts-expect-error: the tag's properties are typed
  if (badge) badge.count = 'three';
}
