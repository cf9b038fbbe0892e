/**
 * What runs only once article data arrives: validation, reading a `src` response, the error for
 * data that cannot be used, and `<article-view>`'s layout, drawing and styles of an article. Loaded on demand (see
 * validation.ts), in parallel with the request for the data; one chunk of its own in the CDN build.
 */
import { formatProblem } from '../../model/problems.js';
import { parseArticle, type ValidationResult } from '../../model/validate.js';
import { couldNotLoad, untilAborted, type LoadErrorDetail, type LoadOutcome } from './load.js';

export { validateArticle, parseArticle } from '../../model/validate.js';
export { articleStyles, chunkBody, noticeItems } from '../article-view/body.js';
export { nextQuote, placeTip, renderNotice, renderPanel, renderTip, speakerSheet } from '../article-view/reading.js';
export { renderDescriptions, renderHeader, renderParagraphs, speakerOf } from '../article-view/text.js';

/** A body that is a web page rather than JSON: `<!doctype html>`, `<html>`, `<head>`, `<body>`, a comment. */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|!--|meta|title|script)\b/i;

/** The error for a result without a usable article, or undefined when the article is usable. */
export function unusable(result: ValidationResult, where: string, src?: string): LoadErrorDetail | undefined {
  if (result.article) return undefined;
  const problem = result.problems[0] ? formatProblem(result.problems[0]) : '';
  return { message: `The article in ${where} could not be used: ${problem}`, problems: result.problems, src };
}

/** What a response to a request for `src` holds: an HTTP error, a web page instead of JSON, or the article, validated. */
export async function readResponse(response: Response, src: string, signal: AbortSignal): Promise<LoadOutcome> {
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return { error: { message: couldNotLoad(src, `HTTP ${status}`), status: response.status, src } };
  }
  const text = await untilAborted(response.text(), signal);
  // JSON served as text/plain (a misconfigured CMS) is fine when it parses; a web page never is.
  const type = response.headers.get('content-type') ?? '';
  if (/^\s*</.test(text) && (/html/i.test(type) || HTML_START.test(text))) {
    // JSON never starts with "<".
    return { error: { message: couldNotLoad(src, `got an HTML page (${type.split(';')[0].trim() || 'no content type'}) instead of JSON`), src } };
  }
  const result = parseArticle(text);
  const error = unusable(result, src, src);
  return error ? { error } : { result };
}
