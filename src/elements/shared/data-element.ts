/**
 * What `<article-view>` and `<quote-card>` share as elements that show article data: a loader for
 * `src`, validation once the validator is loaded (newer data supersedes a run still under way),
 * an `updateComplete` that waits for it, and the loading and error lines.
 */
import { LitElement, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { ArticleLoader, couldNotLoad, type LoadErrorDetail } from './load.js';
import { recoverObjectProps } from './framework-props.js';
import { loadValidation, loaded, type Validation } from './validation.js';

type DataStrings = { loading: string; error: string; errorFallback?: string };

/** Fires a bubbling, composed `CustomEvent` (for events page scripts must hear). */
export const fire = <T>(target: EventTarget, type: string, detail: T) =>
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));

export abstract class DataElement extends LitElement {
  static override properties: PropertyDeclarations = { _loading: { state: true, attribute: false } };

  protected abstract _s: DataStrings;
  protected _loading = false;
  protected _loader = new ArticleLoader();
  /** The validation (or extraction) under way; a newer one replaces it, and the older one's result is dropped. */
  protected _validation?: Promise<void>;

  /**
   * Drawn on the server, or hydrating what the server drew (a declarative shadow root is there
   * before the first render): the data is drawn whole, so that the browser's first render is the
   * server's (no hydration mismatch).
   */
  protected get _whole(): boolean {
    return isServer || (!this.hasUpdated && !!this.shadowRoot?.firstChild);
  }

  /** Shows an error; `article-view` also fires `article-error`. */
  protected abstract _fail(error: LoadErrorDetail): void;

  override connectedCallback(): void {
    super.connectedCallback();
    recoverObjectProps(this, ['article', 'quote']);
  }

  /** The technical reason of an error, for the page's developers: readers see plain words. */
  protected _log(error: LoadErrorDetail): void {
    console.warn(`<${this.localName}>: ${error.message}`);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._loader.abort();
  }

  /**
   * Server-rendered markup (a declarative shadow root is there before the first update) is hydrated
   * once the validator is loaded, so that the first render can show the article the server showed.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const go = () => super.scheduleUpdate();
    return !loaded && this._whole ? loadValidation().then(go, go) : go();
  }

  /** Runs `task` with the validator: at once when it is loaded (always so on the server and when hydrating), else once it is. */
  protected _withValidation(task: (v: Validation) => void, where: string): void {
    if (loaded) task(loaded);
    else this._run(loadValidation(), task, where);
  }

  /**
   * Runs `task` once `load` resolves, unless newer data replaced this run meanwhile. When the code
   * cannot be loaded, that is the error for the data from `where`.
   */
  protected _run<T>(load: Promise<T>, task: (value: T) => void, where: string): void {
    const run = load.then(
      (value) => {
        if (this._validation === run) task(value);
      },
      (e: unknown) => {
        if (this._validation !== run) return;
        this._loading = false;
        this._fail({ message: couldNotLoad(where, e) });
      },
    );
    this._validation = run;
  }

  /** Also waits for the data set so far to be validated and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // A run may lead to another (validation to extraction), which replaces `_validation`: wait until it settles.
    for (let pending = this._validation; pending; pending = this._validation) {
      await pending;
      done = await super.getUpdateComplete();
      if (this._validation === pending) break;
    }
    return done;
  }

  /**
   * The loading line, and the error in plain words when there is one (`fallback`: the element shows
   * its own content instead). A status, not an alert: the reader has nothing to do about it.
   */
  protected _renderStatus(error: unknown, fallback?: boolean) {
    const s = this._s;
    return html`${this._loading ? html`<p class="loading" role="status">${s.loading}</p>` : nothing}${error
      ? html`<p part="error" class="error" role="status">${s.error}${fallback ? ` ${s.errorFallback}` : ''}</p>`
      : nothing}`;
  }
}
