/**
 * What `<article-view extract>` adds: this module and the extractor are loaded on demand (their
 * own chunk in the CDN build), so pages that only render hand-made data never download them.
 */
import { extract } from '../../extract/index.js';
import type { Article, Speaker } from '../../model/types.js';

export { readLightArticle } from '../article-view/light-text.js';

const key = (name: string) => name.toLowerCase();

/**
 * `article` with the quotations the extractor found in its body. Speakers it already had keep
 * their id, role and picture when the extractor finds them by name or alias.
 */
export function withExtractedQuotes(article: Article): Article {
  const found = extract(article.body, { language: article.language, id: article.id, headline: article.headline });
  const known = new Map<string, Speaker>();
  for (const sp of article.speakers) for (const name of [sp.name, ...(sp.aliases ?? [])]) known.set(key(name), sp);
  const ids = new Map<string, string>();
  const speakers = [...article.speakers];
  for (const sp of found.speakers) {
    const match = known.get(key(sp.name)) ?? sp.aliases?.map((a) => known.get(key(a))).find(Boolean);
    if (match) ids.set(sp.id, match.id);
    else if (!speakers.some((s) => s.id === sp.id)) speakers.push(sp);
  }
  const quotes = found.quotes.map((q) => (q.speaker && ids.has(q.speaker) ? { ...q, speaker: ids.get(q.speaker)! } : q));
  return { ...article, speakers, quotes };
}
