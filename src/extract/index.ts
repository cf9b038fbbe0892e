/**
 * `extract(text)`: plain text in, an article in the data model out, with every language's cues
 * (for Node, npm bundles and the CLI). The element loads only the language it needs (see
 * `elements/shared/extraction.ts`).
 */
import type { Article } from '../model/types.js';
import { extractWith, langOf, type ExtractOptions } from './core.js';
import type { Lexicon } from './cues.js';
import de from './lexicons/de.js';
import en from './lexicons/en.js';
import es from './lexicons/es.js';
import fr from './lexicons/fr.js';
import ja from './lexicons/ja.js';

export type { ExtractOptions };

const LEXICONS: Record<string, Lexicon> = { en, de, fr, es, ja };

/** Extract quotations, speakers and attribution from `text`. Never throws. */
export function extract(text: string, options?: ExtractOptions | null): Article {
  // Options from untyped callers may be anything: keep only what has the right type.
  const { id, headline, language } = options ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const clean = { id: str(id), headline: str(headline), language: str(language) };
  return extractWith(text, clean, LEXICONS[langOf(clean.language)] ?? en);
}
