/**
 * schema.org JSON-LD for a page that shows an article: a `NewsArticle` whose quotations are
 * `Quotation` parts, each with its speaker as `creator` and `spokenByCharacter`. Search engines
 * and readers' tools get who said what without running any script.
 *
 * Indirect quotes are left out: they are the writer's words, not the speaker's.
 */
import type { Article, Speaker } from '../model/types.js';

export interface JsonLdSpeaker {
  '@type': 'Person' | 'Organization';
  name: string;
  /** The speaker's role; schema.org has `jobTitle` on Person only. */
  jobTitle?: string;
  description?: string;
}

export interface JsonLdQuotation {
  '@type': 'Quotation';
  text: string;
  creator?: JsonLdSpeaker;
  spokenByCharacter?: JsonLdSpeaker;
  isPartOf: { '@id': string };
}

export interface JsonLdNewsArticle {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  '@id': string;
  headline: string;
  inLanguage: string;
  datePublished?: string;
  url?: string;
  author?: { '@type': 'Person'; name: string };
  publisher?: { '@type': 'Organization'; name: string };
  hasPart: JsonLdQuotation[];
}

function speakerJsonLd(s: Speaker): JsonLdSpeaker {
  const organization = s.kind === 'organization';
  const out: JsonLdSpeaker = { '@type': organization ? 'Organization' : 'Person', name: s.name };
  if (s.role && !organization) out.jobTitle = s.role;
  if (s.description) out.description = s.description;
  return out;
}

/** The article as a schema.org `NewsArticle` with its quotations, ready for `<script type="application/ld+json">`. */
export function toJsonLd(article: Article): JsonLdNewsArticle {
  const id = article.url || '#article';
  const speakers = new Map(article.speakers.map((s) => [s.id, speakerJsonLd(s)]));
  const out: JsonLdNewsArticle = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': id,
    headline: article.headline,
    inLanguage: article.language,
    hasPart: [],
  };
  if (article.published) out.datePublished = article.published;
  if (article.url) out.url = article.url;
  // A byline names people; its conventional "By " is not part of a name.
  const author = article.byline?.replace(/^\s*by\s+/i, '').trim();
  if (author) out.author = { '@type': 'Person', name: author };
  if (article.source) out.publisher = { '@type': 'Organization', name: article.source };
  for (const q of article.quotes) {
    if (q.kind === 'indirect') continue;
    const quotation: JsonLdQuotation = { '@type': 'Quotation', text: q.text, isPartOf: { '@id': id } };
    const speaker = q.speaker === null ? undefined : speakers.get(q.speaker);
    if (speaker) {
      quotation.creator = speaker;
      quotation.spokenByCharacter = speaker;
    }
    out.hasPart.push(quotation);
  }
  return out;
}

/**
 * The JSON-LD as the text of a `<script type="application/ld+json">` element: `<` is escaped so
 * that no text from the article (a quote containing `</script>`) can end the element early.
 */
export function jsonLdScriptText(article: Article): string {
  return JSON.stringify(toJsonLd(article)).replace(/</g, '\\u003c');
}
