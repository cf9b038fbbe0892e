/**
 * What `<article-view extract>` adds: this module and the extractor are loaded on demand (their
 * own chunks in the CDN build), so pages that only render hand-made data never download them.
 * The extractor comes with English; another language's cues are one more small chunk, fetched
 * only for an article in that language.
 */
import { extractWith, langOf } from '../../extract/core.js';
import type { Lexicon } from '../../extract/cues.js';
import en from '../../extract/lexicons/en.js';
import type { Article, Speaker } from '../../model/types.js';

export { readLightArticle } from '../article-view/light-text.js';

/** Static import() calls, one per language, so that the bundler makes each a chunk. */
const LEXICONS: Record<string, () => Promise<{ default: Lexicon }>> = {
  de: () => import('../../extract/lexicons/de.js'),
  es: () => import('../../extract/lexicons/es.js'),
  fr: () => import('../../extract/lexicons/fr.js'),
  ja: () => import('../../extract/lexicons/ja.js'),
};

async function lexicon(language: string): Promise<Lexicon> {
  try {
    return (await LEXICONS[langOf(language)]?.())?.default ?? en;
  } catch {
    // The language's chunk failed to load: English rules still find marked quotations.
    return en;
  }
}

const key = (name: string) => name.toLowerCase();

/**
 * `article` with the quotations the extractor found in its body. Speakers it already had keep
 * their id, role and picture when the extractor finds them by name or alias. Never rejects.
 */
export async function withExtractedQuotes(article: Article): Promise<Article> {
  const found = extractWith(article.body, { language: article.language, id: article.id, headline: article.headline }, await lexicon(article.language));
  const known = new Map<string, Speaker>();
  for (const sp of article.speakers) for (const name of [sp.name, ...(sp.aliases ?? [])]) known.set(key(name), sp);
  const ids = new Map<string, string>();
  const speakers = [...article.speakers];
  for (const sp of found.speakers) {
    const match = known.get(key(sp.name)) ?? sp.aliases?.map((a) => known.get(key(a))).find(Boolean);
    if (match) {
      ids.set(sp.id, match.id);
      continue;
    }
    // A new person whose id a known speaker already has gets an id of its own, never that one's.
    let id = sp.id;
    for (let n = 2; speakers.some((s) => s.id === id); n++) id = `${sp.id}-${n}`;
    if (id !== sp.id) ids.set(sp.id, id);
    speakers.push({ ...sp, id });
  }
  const quotes = found.quotes.map((q) => (q.speaker && ids.has(q.speaker) ? { ...q, speaker: ids.get(q.speaker)! } : q));
  return { ...article, speakers, quotes };
}
