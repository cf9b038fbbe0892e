/** Formatting shared by the elements. */

/** The locale for `lang`, or undefined (the browser's) when there is none or it is "und". */
export function locale(lang: string | undefined | null): string | undefined {
  return lang && lang !== 'und' ? lang : undefined;
}

/**
 * A date for display. A date alone ("2022-05-23") is read as a calendar day, not midnight UTC, so
 * it never shows as the day before; an unreadable value is shown as written.
 */
export function formatDate(value: string, lang?: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(lang, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short' }).format(date);
  } catch {
    return value; // an invalid language tag
  }
}

/** "82%" in the given language. */
export function formatPercent(value: number, lang?: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'percent' }).format(value);
  } catch {
    return `${Math.round(value * 100)}%`;
  }
}
