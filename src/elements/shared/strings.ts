/**
 * Interface words. Every element has a `strings` property: a partial object merged over its English
 * defaults, so a page can translate or reword any of them (`el.strings = { speakers: 'Sprecher' }`).
 * `{name}` placeholders are filled by {@link fill}.
 */

/**
 * Replaces `{key}` placeholders; unknown keys are left as they are. Only the values' own keys count:
 * `{constructor}` or `{toString}` in a translation is not filled from `Object.prototype`.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole));
}

/** The words of `<speaker-badge>`. */
export const speakerBadgeStrings = {
  /** After a count of one: "1 quote". */
  quote: 'quote',
  /** After any other count: "7 quotes". */
  quotes: 'quotes',
};
export type SpeakerBadgeStrings = typeof speakerBadgeStrings;

/**
 * The words that `<article-view>` and `<quote-card>` share: loading, and what a reader is told when
 * the data cannot be loaded or used (the technical reason goes to the console and `article-error`).
 */
const loadStrings = {
  loading: 'Loading…',
  error: 'The annotations of this article could not be loaded.',
  /** Added after `error` when the element's own content (the article as plain HTML) is shown instead. */
  errorFallback: 'The article is shown without them.',
};

/** The words of `<article-view>`. */
export const articleViewStrings = {
  ...speakerBadgeStrings,
  ...loadStrings,
  loading: 'Loading article…',
  speakers: 'Speakers',
  /** Button that clears the speaker filter. */
  showAll: 'Show all',
  /** A quote of the speaker's own words (direct, mixed, unmarked): the tooltip's first line, and the start of its description. */
  quoted: 'Quoted',
  /** Reported speech, the reporter's words: the tooltip's first line, and the start of its description. */
  paraphrased: 'Paraphrased',
  /** Accessible description of a quote, after "Quoted, " or "Paraphrased, ": `{speaker}`. */
  saidBy: 'said by {speaker}',
  unknownSpeaker: 'Unknown speaker',
  /** `{percent}` is formatted for the article language ("82%"). */
  machineDetected: 'machine-detected, {percent} confidence',
  /** The notice of an article shown without some of its quotes or fields: `{count}`. */
  partial: 'Some quotes could not be marked in this article ({count}).',
  /** Opens the list of what could not be used, in the notice. */
  details: 'Details',
  /** An orphaned quote in the notice: `{text}`, `{reason}`. */
  orphan: '“{text}”: {reason}',
  /** Joins byline, source and date. */
  separator: ' · ',
};
export type ArticleViewStrings = typeof articleViewStrings;

/** The words of `<quote-card>`. */
export const quoteCardStrings = {
  ...speakerBadgeStrings,
  ...loadStrings,
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the words and copy them yourself.',
  openQuote: '“',
  closeQuote: '”',
  error: 'This quote could not be loaded.',
  /** Between the source and the date. */
  separator: ' · ',
};
export type QuoteCardStrings = typeof quoteCardStrings;
