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

/** The words that `<article-view>` and `<quote-card>` share (loading and errors). */
const loadStrings = {
  loading: 'Loading…',
  /** `{src}`, `{status}` (e.g. "404 Not Found"). */
  httpError: 'Could not load {src}: HTTP {status}.',
  /** `{src}`, `{reason}` (the browser's message). */
  networkError: 'Could not load {src}: {reason}.',
  /** `{src}`, `{seconds}`. */
  timeoutError: 'Loading {src} took longer than {seconds} s and was stopped.',
  /** The server sent a web page (often a login or error page) where the JSON should be: `{src}`, `{type}` (its content type). */
  htmlError: 'Could not load {src}: got an HTML page ({type}) instead of JSON.',
  /** `{where}` (the URL or "the inline JSON"), `{problem}` (e.g. "not valid JSON at line 3, column 5"). */
  invalidError: 'The article in {where} could not be used: {problem}',
  /** Stands in for `{where}` when the data came from a `<script type="application/json">` child. */
  inlineJson: 'the inline JSON',
  /** Stands in for `{where}` when `extract` read the article from the text inside the tag. */
  articleText: 'the text inside the tag',
  /** Stands in for `{where}` when the data came from the `article` property. */
  articleProperty: 'the article property',
};

/** The words of `<article-view>`. */
export const articleViewStrings = {
  ...speakerBadgeStrings,
  ...loadStrings,
  loading: 'Loading article…',
  speakers: 'Speakers',
  /** Button that clears the speaker filter. */
  showAll: 'Show all',
  /** Accessible description of a quote: `{speaker}`. */
  saidBy: 'said by {speaker}',
  unknownSpeaker: 'Unknown speaker',
  /** `{percent}` is formatted for the article language ("82%"). */
  machineDetected: 'machine-detected, {percent} confidence',
  /** Heading of the notice listing quotes that could not be shown or were repaired. `{count}`. */
  partial: 'Some quotes could not be shown ({count}):',
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
  /** `{id}`, `{where}`. */
  notFound: 'No quote with id "{id}" in {where}.',
};
export type QuoteCardStrings = typeof quoteCardStrings;
