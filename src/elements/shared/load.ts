/**
 * Fetching article JSON for `src` attributes: one request at a time per element (a newer request
 * aborts the older one, so the last `src` wins), a timeout, and error messages that say what failed
 * and where.
 */
import { formatProblem, type Problem } from '../../model/problems.js';
import type { ValidationResult } from '../../model/validate.js';
import { loadValidation } from './validation.js';
import { fill, type ArticleViewStrings } from './strings.js';

/** Why data could not be shown: the `detail` of `article-error`. */
export interface LoadErrorDetail {
  /** A readable sentence naming what failed and where. */
  message: string;
  /** The validation problems, when the data arrived but could not be used. */
  problems?: Problem[];
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** The URL, when the data came from `src`. */
  src?: string;
}

type LoadStrings = Pick<ArticleViewStrings, 'httpError' | 'networkError' | 'timeoutError' | 'invalidError' | 'htmlError'>;

/** The longest delay `setTimeout` keeps; a longer one fires at once. Longer timeouts mean "never". */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** A body that is a web page rather than JSON: `<!doctype html>`, `<html>`, `<head>`, `<body>`, a comment. */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|!--|meta|title|script)\b/i;

/**
 * `promise`, or a rejection as soon as `signal` aborts: a response body that never ends (or a
 * fetch that ignores its signal) cannot keep a request alive past its timeout or its element.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export type LoadOutcome = { result: ValidationResult; error?: undefined } | { error: LoadErrorDetail; result?: undefined };

/** The error for a result without a usable article, or undefined when the article is usable. */
export function unusable(result: ValidationResult, where: string, strings: LoadStrings, src?: string): LoadErrorDetail | undefined {
  if (result.article) return undefined;
  const problem = result.problems[0] ? formatProblem(result.problems[0]) : '';
  return { message: fill(strings.invalidError, { where, problem }), problems: result.problems, src };
}

/** Loads one URL at a time; `load` resolves `null` when a newer load or `abort()` superseded it. */
export class ArticleLoader {
  private _controller?: AbortController;

  async load(src: string, timeout: number, strings: LoadStrings): Promise<LoadOutcome | null> {
    this.abort();
    const controller = new AbortController();
    this._controller = controller;
    let timedOut = false;
    const timer =
      timeout > 0 && timeout <= MAX_TIMEOUT
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeout)
        : undefined;
    let outcome: LoadOutcome;
    try {
      const { signal } = controller;
      const response = await untilAborted(fetch(src, { signal, headers: { accept: 'application/json' } }), signal);
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        outcome = { error: { message: fill(strings.httpError, { src, status }), status: response.status, src } };
      } else {
        const [text, { parseArticle }] = await untilAborted(Promise.all([response.text(), loadValidation()]), signal);
        const result = parseArticle(text);
        // JSON served as text/plain (a misconfigured CMS) is fine when it parses; a web page never is.
        const type = response.headers.get('content-type') ?? '';
        const html = /^\s*</.test(text) && (/html/i.test(type) || HTML_START.test(text)); // JSON never starts with "<".
        const error = html ? { message: fill(strings.htmlError, { src, type: type.split(';')[0].trim() || 'no content type' }), src } : unusable(result, src, strings, src);
        outcome = error ? { error } : { result };
      }
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      outcome = {
        error: {
          message: timedOut ? fill(strings.timeoutError, { src, seconds: timeout / 1000 }) : fill(strings.networkError, { src, reason }),
          src,
        },
      };
    } finally {
      clearTimeout(timer);
    }
    if (controller !== this._controller || (controller.signal.aborted && !timedOut)) return null;
    this._controller = undefined;
    return outcome;
  }

  /** Stops the request in flight, if any; its `load` resolves `null`. */
  abort(): void {
    const controller = this._controller;
    this._controller = undefined;
    controller?.abort();
  }
}
