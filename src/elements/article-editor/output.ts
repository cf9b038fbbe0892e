/** What the editor hands over: the embed code for `<article-view>`, and an article made from plain text. */
import type { Article } from '../../model/types.js';

/**
 * An `<article-view>` tag holding the article as inline JSON. Every `<` is written `\u003c` (the
 * same string to JSON), so no text in the article can end the script element or open a comment.
 */
export function embedCode(article: Article): string {
  const json = JSON.stringify(article).replace(/</g, '\\u003c');
  return `<article-view>\n<script type="application/json">${json}</script>\n</article-view>`;
}

/** FNV-1a of the text, in base 36: the same text gives the same id (and so finds its draft again). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * An article without quotes for plain text: a short first line without a full stop is the headline,
 * the rest the body (line endings kept as they are).
 */
export function textArticle(text: string, language: string): Article {
  const m = /^[ \t]*([^\n]{1,140}?)[ \t]*\r?\n\s*/.exec(text);
  const headline = m && !/[.!?"“”»]$/.test(m[1]) && text.length > m[0].length ? m[1] : '';
  const body = headline ? text.slice(m![0].length).trimEnd() : text.trim();
  return { version: 1, id: `text-${hash(text)}`, headline, language, body, speakers: [], quotes: [] };
}
