import { html, isServer, nothing, type PropertyValues } from 'lit';
import type { Article, Quote, Speaker } from '../../model/types.js';
import { safeUrl } from '../../model/urls.js';
import type { ValidationResult } from '../../model/validate.js';
import { cardWords, formatDate, locale } from '../shared/format.js';
import { DataElement, fire } from '../shared/data-element.js';
import type { LoadErrorDetail } from '../shared/load.js';
import { adoptRoleAttribute, speakerStyle, text } from '../shared/speaker.js';
import { hideEdgeBreaks } from '../shared/slot.js';
import { quoteCardStrings, type QuoteCardStrings } from '../shared/strings.js';
import { ifDefined } from 'lit/directives/if-defined.js';
// Renders <speaker-badge>: its definition comes along (the class only; registering stays in define/).
import '../speaker-badge/speaker-badge.js';
import { buttonStyles, hostStyles } from '../shared/styles.js';
import { styles } from './quote-card.styles.js';

/** `quote-copy`: the quote was copied to the clipboard. */
export interface QuoteCopyDetail {
  /** What was copied: “words” — Speaker, Source. */
  text: string;
}

/** `loading`, `error` (the quote or its data could not be found) or `ready`. */
export type QuoteCardState = 'loading' | 'error' | 'ready';

const BADGE_PARTS = 'base:badge,avatar:badge-avatar,name:badge-name,role:badge-role';
const COPIED_MS = 3000;

/**
 * One quotation as a card: the words, who said them, where and when, and a Copy button.
 *
 * Written by hand, the words are the content and the rest are attributes:
 * `<quote-card speaker="Boris Bondarev" speaker-role="Diplomat" source="AP" href="https://…" date="2022-05-23">words</quote-card>`.
 * From data, give `src` (article JSON) and `quote-id`, or the `article` property and `quoteId`, or
 * the `quote` and `speaker` properties. Attributes that are set win over the data.
 *
 * Register it with `import 'article-annotations/define/quote-card.js'` (which also registers
 * `<speaker-badge>`, used inside).
 *
 * @summary A single quotation with its speaker, source, date and a Copy button.
 * @tag quote-card
 *
 * @attr state - Reflects the state for CSS: `loading`, `error` or `ready`. Read-only.
 *
 * @slot - The quoted words, when they are not given as data.
 *
 * @csspart base - The `<figure>`.
 * @csspart quote - The `<blockquote>`.
 * @csspart caption - The `<figcaption>`: speaker, source, date.
 * @csspart copy-button - The Copy button.
 * @csspart error - The error message.
 * @csspart badge - The speaker badge (also `badge-avatar`, `badge-name`, `badge-role`).
 *
 * @cssprop --quote-card-font - Font shorthand. Default: inherited.
 * @cssprop --quote-card-text-color - Text colour. Default: `CanvasText` (follows light/dark).
 * @cssprop --quote-card-background - Background. Default: `Canvas` (follows light/dark).
 * @cssprop --quote-card-accent - Colour of the bar beside the quote. Default: the speaker's colour.
 * @cssprop --quote-card-radius - Corner radius. Default: 0.5rem.
 * @cssprop --quote-card-quote-size - Font size of the words. Default: 1.2em.
 * @cssprop --quote-card-focus-ring - Outline of the focused button. Default: 2px solid blue.
 *
 * @fires {CustomEvent<QuoteCopyDetail>} quote-copy - The quote was copied to the clipboard.
 */
export class QuoteCard extends DataElement {
  static override styles = [hostStyles, buttonStyles, styles];

  /** Lit's reactive properties (declared here rather than with decorators: fewer bytes shipped). */
  static override properties = {
    speaker: {},
    speakerRole: { attribute: 'speaker-role' },
    image: {},
    source: {},
    href: {},
    date: {},
    src: {},
    quoteId: { attribute: 'quote-id' },
    timeout: { type: Number },
    article: { attribute: false },
    quote: { attribute: false },
    strings: { attribute: false },
    _data: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _status: { state: true, attribute: false },
  };

  /** The speaker: a name (attribute) or a `Speaker` object (property). */
  speaker: string | Speaker | null = null;

  /**
   * What the speaker is ("Diplomat"). A `role` attribute present when the element is connected
   * is taken as this (and removed: on an element `role` is an ARIA attribute).
   */
  speakerRole = '';

  /** Picture of the speaker (http, https or relative URL). */
  image = '';

  /** The publication. */
  source = '';

  /** URL of the source: the blockquote's `cite` and the source's link (http, https or relative only). */
  href = '';

  /** When it was said or published (ISO 8601). */
  date = '';

  /** URL of article JSON holding the quote `quote-id`. */
  src = '';

  /** The id of the quote in `src` or `article`. */
  quoteId = '';

  /** Milliseconds before a `src` request is given up. 0: never. */
  timeout = 15000;

  /** An article holding the quote `quoteId` (validated before use). */
  article: Article | null = null;

  /** The quote itself; its `text` is shown. */
  quote: Quote | null = null;

  /** Interface words, merged over the English defaults (see `quoteCardStrings`). */
  strings: Partial<QuoteCardStrings> = {};

  private _data: ValidationResult | null = null;
  private _error = '';
  private _status = '';

  private _timer?: ReturnType<typeof setTimeout>;
  /** The error last written to the console. */
  private _logged = '';
  protected _s = quoteCardStrings;

  /** The current state; also reflected as the `state` attribute. */
  get state(): QuoteCardState {
    return this._loading ? 'loading' : this._problem() ? 'error' : 'ready';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._loading) this._fetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._s = { ...quoteCardStrings, ...this.strings };
    adoptRoleAttribute(this);
    if (changed.has('article') || changed.has('src') || changed.has('quote')) {
      this._loader.abort();
      this._validation = undefined;
      this._loading = false;
      this._error = '';
      this._data = null;
      if (this.quote) return;
      if (this.article) {
        this._validate(this.article);
      } else if (this.src) {
        this._fetch();
      }
    }
  }

  /** Validates `article` once the validator is loaded, unless the data changed meanwhile. */
  private _validate(article: Article) {
    const where = 'the article property';
    this._withValidation(
      ({ validateArticle, unusable }) => {
        this._data = validateArticle(article);
        this._error = unusable(this._data, where)?.message ?? '';
      },
      where,
    );
  }

  protected _fail(error: LoadErrorDetail) {
    this._error = error.message;
  }

  protected override updated(): void {
    this.setAttribute('state', this.state);
    const message = this._problem();
    if (message && message !== this._logged) this._log({ message });
    this._logged = message;
  }

  /** The technical reason of the error shown: loading failed, or the data has no quote `quoteId`. */
  private _problem(): string {
    if (this._error || this.quote || !this._data?.article || this._findQuote()) return this._error;
    return `No quote with id "${this.quoteId}" in ${this.src || 'the article property'}.`;
  }

  private async _fetch() {
    this._loading = true;
    const src = this.src;
    const outcome = await this._loader.load(src, this.timeout);
    if (!outcome) return;
    this._loading = false;
    this._error = outcome.error?.message ?? '';
    this._data = outcome.result ?? null;
  }

  private _findQuote(): Quote | undefined {
    return this._data?.article?.quotes.find((q) => q.id === this.quoteId);
  }

  /** What is shown: explicit attributes win over the data. */
  private _view() {
    const article = this._data?.article;
    const quote = this.quote ?? this._findQuote();
    const sp = typeof this.speaker === 'object' && this.speaker ? this.speaker : undefined;
    const fromData = sp ?? (quote?.speaker != null ? article?.speakers.find((x) => x.id === quote.speaker) : undefined);
    return {
      quote,
      name: (typeof this.speaker === 'string' && this.speaker) || text(fromData?.name),
      id: fromData?.id,
      role: this.speakerRole || fromData?.role || '',
      image: this.image || fromData?.image || '',
      source: this.source || article?.source || '',
      href: safeUrl(this.href || article?.url),
      date: this.date || article?.published || '',
      lang: locale(article?.language),
    };
  }

  override render() {
    const s = this._s;
    const v = this._view();
    const dateText = v.date && formatDate(v.date, v.lang ?? locale(isServer ? undefined : this.closest('[lang]')?.getAttribute('lang')));
    return html`<figure part="base" class="base spk" .style=${speakerStyle({ id: v.id, name: v.name })} aria-busy=${this._loading ? 'true' : 'false'}>
      ${this._renderStatus(this._problem())}
      <span class="mark" aria-hidden="true">${s.openQuote}</span>
      <blockquote part="quote" cite=${v.href ?? nothing} lang=${ifDefined(v.lang)}>${v.quote ? html`<p class="words">${cardWords(text(v.quote.text))}</p>` : html`<slot @slotchange=${hideEdgeBreaks}></slot>`}</blockquote>
      <figcaption part="caption">
        ${v.name
          ? html`<speaker-badge exportparts=${BADGE_PARTS} .name=${v.name} .speakerRole=${v.role} .image=${v.image}></speaker-badge>`
          : nothing}
        <span class="meta">
          ${v.source ? (v.href ? html`<a href=${v.href}>${v.source}</a>` : v.source) : nothing}${v.source && dateText ? s.separator : ''}${dateText
            ? html`<time datetime=${v.date}>${dateText}</time>`
            : nothing}
        </span>
      </figcaption>
      <div class="actions">
        <button part="copy-button" class="btn" type="button" @click=${this._copy}>${s.copy}</button>
        <span role="status">${this._status}</span>
      </div>
    </figure>`;
  }

  /**
   * The text the Copy button copies: “words” — Speaker, Source. One pair of marks whatever the
   * words hold; their paragraphs (slotted block elements, lines of the data) on lines of their own.
   */
  get copyText(): string {
    const s = this._s;
    const v = this._view();
    const words = v.quote
      ? text(v.quote.text)
      : (this.shadowRoot?.querySelector('slot')?.assignedNodes({ flatten: true }) ?? [])
          .map((n) =>
            // an element is taken as a paragraph (editors write <p>), text as part of one
            n instanceof HTMLElement ? `\n${n.innerText}\n` : n.textContent!.replace(/\s+/g, ' '),
          )
          .join('');
    const by = [v.name, v.source].filter(Boolean).join(', ');
    return `${s.openQuote}${cardWords(words)}${s.closeQuote}${by ? ` — ${by}` : ''}`;
  }

  private async _copy() {
    const text = this.copyText;
    clearTimeout(this._timer);
    try {
      await navigator.clipboard.writeText(text);
      this._status = this._s.copied;
      fire<QuoteCopyDetail>(this, 'quote-copy', { text });
    } catch {
      this._status = this._s.copyFailed;
    }
    this._timer = setTimeout(() => (this._status = ''), COPIED_MS);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
  interface GlobalEventHandlersEventMap {
    'quote-copy': CustomEvent<QuoteCopyDetail>;
  }
}
