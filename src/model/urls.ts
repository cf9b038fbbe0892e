/**
 * Only http(s) and relative URLs from data ever become links or images: `javascript:`, `data:`,
 * `vbscript:` and every other scheme are refused, however they are spelled.
 */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers ignore these when they parse a URL, so "java\tscript:" still means javascript:.
const IGNORED_BY_URL_PARSER = /[\u0000-\u0020\u007f-\u009f]/g;
/** Any http(s) base: relative URLs resolve against the page, which is http(s) wherever they are shown. */
const BASE = 'https://example.invalid/dir/page';

/** The URL if it is http(s) or relative, else undefined. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const scheme = SCHEME.exec(trimmed.replace(IGNORED_BY_URL_PARSER, ''));
  if (scheme && !/^https?$/i.test(scheme[1])) return undefined;
  // What the browser will make of it: a URL it cannot parse ("\\\\", "http://[") is no link either.
  try {
    const { protocol } = new URL(trimmed, BASE);
    return protocol === 'http:' || protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
