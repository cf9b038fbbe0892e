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

type LoadStrings = Pick<ArticleViewStrings, 'httpError' | 'networkError' | 'timeoutError' | 'invalidError'>;

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
      timeout > 0 && Number.isFinite(timeout)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeout)
        : undefined;
    let outcome: LoadOutcome;
    try {
      const response = await fetch(src, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        outcome = { error: { message: fill(strings.httpError, { src, status }), status: response.status, src } };
      } else {
        const [text, { parseArticle }] = await Promise.all([response.text(), loadValidation()]);
        const result = parseArticle(text);
        const error = unusable(result, src, strings, src);
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
