/** Formatting shared by the elements. */

/** The locale for `lang`, or undefined (the browser's) when there is none or it is "und". */
export function locale(lang: string | undefined | null): string | undefined {
  return lang && lang !== 'und' ? lang : undefined;
}

/**
 * A date for display, in any format `Date` reads. A value without a time of day stays a date: an
 * ISO date ("2022-05-23", read as midnight UTC) in UTC, so it never shows as the day before, other
 * forms ("March 2, 2026", read as local midnight) in local time. An unreadable value is shown as written.
 */
export function formatDate(value: string, lang?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(
      lang,
      /\d:\d/.test(value) ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long', timeZone: /^\d{4}-\d\d(-\d\d)?$/.test(value) ? 'UTC' : undefined },
    ).format(date);
  } catch {
    return value; // an invalid language tag
  }
}

/**
 * The words of a quote card: one paragraph per line, without the quotation marks around the whole
 * (the card adds its own pair) and without the comma or colon that ended the article's sentence.
 */
export function cardWords(raw: string): string {
  const words = raw
    .split(/\s*\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const inner = /^["“„«「『]([\s\S]*)["”“»」』]$/.exec(words)?.[1] ?? words;
  // A quote that is nothing but punctuation keeps it: a card never shows empty marks.
  return inner.replace(/[\s,;:–—-]+$/, '') || inner;
}

/** "82%" in the given language. */
export function formatPercent(value: number, lang?: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'percent' }).format(value);
  } catch {
    return `${Math.round(value * 100)}%`;
  }
}
