/**
 * Fetching article JSON for `src` attributes: one request at a time per element (a newer request
 * aborts the older one, so the last `src` wins), a timeout, and error messages that say what failed
 * and where. Reading the response (status, body, a web page instead of JSON, validation) is in
 * data.ts, loaded with the validator while the request is under way.
 */
import { isServer } from 'lit';
import type { Problem } from '../../model/problems.js';
import type { ValidationResult } from '../../model/validate.js';
import { loadValidation } from './validation.js';

/** Why data could not be shown: the `detail` of `article-error`. */
export interface LoadErrorDetail {
  /**
   * A technical sentence naming what failed and where, for the page's developers (it is also
   * logged to the console); readers are told in plain words.
   */
  message: string;
  /** The validation problems, when the data arrived but could not be used. */
  problems?: Problem[];
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** The URL, when the data came from `src`. */
  src?: string;
}

/** The technical message for a request or a module that failed. */
export const couldNotLoad = (what: string, reason: unknown) => `Could not load ${what}: ${reason}.`;

/** The longest delay `setTimeout` keeps; a longer one fires at once. Longer timeouts mean "never". */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * `promise`, or a rejection as soon as `signal` aborts: a response body that never ends (or a
 * fetch that ignores its signal) cannot keep a request alive past its timeout or its element.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export type LoadOutcome = { result: ValidationResult; error?: undefined } | { error: LoadErrorDetail; result?: undefined };

/** Loads one URL at a time; `load` resolves `null` when a newer load or `abort()` superseded it. */
export class ArticleLoader {
  private _controller?: AbortController;

  async load(src: string, timeout: number): Promise<LoadOutcome | null> {
    // Server rendering draws the loading state; the browser, which hydrates it, makes the request.
    if (isServer) return null;
    this.abort();
    const controller = (this._controller = new AbortController());
    const { signal } = controller;
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
      // The request starts at once; the code to read its answer loads meanwhile.
      const [response, data] = await untilAborted(Promise.all([fetch(src, { signal, headers: { accept: 'application/json' } }), loadValidation()]), signal);
      outcome = await data.readResponse(response, src, signal);
    } catch (e) {
      outcome = {
        error: {
          message: timedOut ? `Loading ${src} took longer than ${timeout / 1000} s and was stopped.` : couldNotLoad(src, e instanceof Error ? e.message : e),
          src,
        },
      };
    } finally {
      clearTimeout(timer);
    }
    if (controller !== this._controller || (signal.aborted && !timedOut)) return null;
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
