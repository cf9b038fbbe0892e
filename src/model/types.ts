/**
 * The article data model, version 1.
 *
 * These interfaces mirror `articleSchema` in `schema.ts`; a compile-time check there keeps the two
 * in step, so the TypeScript types, the runtime validation and the shipped `schema.json` have one
 * source of truth.
 */

/** The data model version this library reads and writes. */
export const MODEL_VERSION = 1;

/** A span of the article body: UTF-16 offsets, `end` exclusive, `text === body.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * How the quotation appears in the text.
 * - `direct`: a quoted sentence or clause with its attribution.
 * - `mixed`: a quoted phrase inside narration.
 * - `indirect`: reported speech, no quotation marks.
 * - `unmarked`: a direct quote printed without quotation marks.
 */
export type QuoteKind = 'direct' | 'mixed' | 'indirect' | 'unmarked';

export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect', 'unmarked'];

export type SpeakerKind = 'person' | 'organization';

export interface Speaker {
  id: string;
  name: string;
  role?: string;
  description?: string;
  /** URL of a picture. */
  image?: string;
  /** URL of a page about the speaker. */
  url?: string;
  /** Other names the text uses for this person ("Bondarev"). */
  aliases?: string[];
  /** A person (the default when absent) or an organization speaking as one ("the ministry said"). */
  kind?: SpeakerKind;
}

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  /** A speaker id, or null when the speaker is unknown or unnamed. */
  speaker: string | null;
  /** The mention in the body that names the speaker ("he", "Bondarev", "a spokesperson"). */
  source?: Span;
  /** The cue ("told the AP", "wrote"). */
  cue?: Span;
  /** The id of the quote this one continues ("“A,” he said, “B.”"). */
  continues?: string;
  /** 0–1, for machine-made quotes. */
  confidence?: number;
}

export interface Article {
  version: 1;
  id: string;
  headline: string;
  byline?: string;
  /** The publication. */
  source?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /** BCP 47 language tag. */
  language: string;
  /** Plain text; paragraphs separated by line breaks. */
  body: string;
  speakers: Speaker[];
  quotes: Quote[];
}
