import { html, isServer, nothing, type PropertyValues } from 'lit';
import type { Problem } from '../../model/problems.js';
import type { Article, Quote, Speaker } from '../../model/types.js';
import type { OrphanQuote, ValidationResult } from '../../model/validate.js';
import { loadValidation, loaded, type Validation } from '../shared/validation.js';
import { locale } from '../shared/format.js';
import { DataElement, fire } from '../shared/data-element.js';
import type { LoadErrorDetail } from '../shared/load.js';
import { hideEdgeBreaks } from '../shared/slot.js';
import { articleViewStrings, type ArticleViewStrings } from '../shared/strings.js';
import { buttonStyles, hostStyles } from '../shared/styles.js';
import { styles } from './article-view.styles.js';
import { ifDefined } from 'lit/directives/if-defined.js';
// Renders <speaker-badge>: its definition comes along (the class only; registering stays in define/).
import '../speaker-badge/speaker-badge.js';
import type { Chunk } from './body.js';

/** `quote-select`: the reader clicked a quote or pressed Enter on it. */
export interface QuoteSelectDetail {
  quote: Quote;
  /** The quote's speaker, or null when unknown. */
  speaker: Speaker | null;
}

/** `speaker-select`: the reader chose a speaker in the panel (null: "show all"). */
export interface SpeakerSelectDetail {
  speaker: Speaker | null;
}

/** `article-load`: data arrived and was validated; `problems` lists what was repaired or left out. */
export interface ArticleLoadDetail {
  article: Article;
  problems: Problem[];
  orphans: OrphanQuote[];
}

/** `article-error`: no usable article (HTTP error, network, timeout, invalid JSON or data); `message` is technical. */
export type ArticleErrorDetail = LoadErrorDetail;

/**
 * `empty`: no data yet and no source (the light DOM content is shown); `loading`; `error`;
 * `partial`: shown, but some quotes or fields could not be used; `ready`.
 */
export type ArticleViewState = 'empty' | 'loading' | 'error' | 'partial' | 'ready';

/**
 * An article with its quotations marked: who said what, a speaker panel to pick one speaker's
 * quotes, and a tooltip naming the speaker of each quote on hover and focus.
 *
 * The data comes from the `article` property, else from a `<script type="application/json">`
 * child, else from the `src` URL. Whatever else is written inside the tag is shown while there is
 * no data yet (and stays the page's content if scripts never run).
 *
 * The text of the body is the article's `body` character for character: quotes are `<q>` elements
 * without added quotation marks, and the speaker is given as the quote's accessible description.
 *
 * Register it with `import 'article-annotations/define/article-view.js'` (which also registers
 * `<speaker-badge>`, used inside).
 *
 * @summary An article with its quotations marked by speaker.
 * @tag article-view
 *
 * @attr state - Reflects the state for CSS: `empty`, `loading`, `error`, `partial` or `ready`. Read-only.
 *
 * @slot - Shown until the data is ready: a fallback, e.g. the article as plain HTML. Holds the inline JSON script.
 *
 * @csspart base - Everything inside the element.
 * @csspart header - The headline and the meta line.
 * @csspart headline - The headline.
 * @csspart meta - Byline, source and date.
 * @csspart body - The article text.
 * @csspart paragraph - Each paragraph of the text.
 * @csspart quote - Each `<q>` (a quote running over several paragraphs has one per paragraph).
 * @csspart panel - The speaker panel.
 * @csspart tooltip - The tooltip: quoted or paraphrased, the speaker, the cue.
 * @csspart notice - The list of quotes or fields that could not be used (state `partial`).
 * @csspart error - The error, in plain words (state `error`).
 * @csspart badge - Each speaker badge, in the panel and the tooltip.
 * @csspart badge-avatar - A badge's picture or initials.
 * @csspart badge-name - A badge's name.
 * @csspart badge-role - A badge's role.
 * @csspart badge-count - A panel badge's number of quotes.
 *
 * @cssprop --article-view-font - Font shorthand. Default: inherited.
 * @cssprop --article-view-text-color - Text colour. Default: `CanvasText` (follows light/dark).
 * @cssprop --article-view-background - Background. Default: `Canvas` (follows light/dark).
 * @cssprop --article-view-accent - Accent colour (loading bar, "Show all" pressed, the bars and tint of a focused quote).
 * @cssprop --article-view-quote-highlight - Background of the selected speaker's quotes. Default: the speaker's colour, lightened.
 * @cssprop --article-view-dimmed-opacity - How much of the text colour the other text keeps while a speaker is selected (0–1). Default: 0.62.
 * @cssprop --article-view-radius - Corner radius of the panel, notices and tooltip. Default: 0.5rem.
 * @cssprop --article-view-panel-width - Width of the speaker panel beside the text (48rem and wider). Default: 16rem.
 * @cssprop --article-view-focus-ring - Outline of focused buttons (the speaker badges too). Default: 2px solid blue.
 *
 * @fires {CustomEvent<QuoteSelectDetail>} quote-select - A quote was clicked or Enter was pressed on it.
 * @fires {CustomEvent<SpeakerSelectDetail>} speaker-select - The reader picked a speaker, or cleared the choice.
 * @fires {CustomEvent<ArticleLoadDetail>} article-load - Data was loaded and validated (from any source).
 * @fires {CustomEvent<ArticleErrorDetail>} article-error - The data could not be loaded or used.
 */
export class ArticleView extends DataElement {
  static override styles = [hostStyles, buttonStyles, styles];

  /** Lit's reactive properties (declared here rather than with decorators: fewer bytes shipped). */
  static override properties = {
    article: { attribute: false },
    src: {},
    timeout: { type: Number },
    speaker: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    extract: { type: Boolean },
    strings: { attribute: false },
    _result: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _panelOpen: { state: true, attribute: false },
    _hover: { state: true, attribute: false },
    _focus: { state: true, attribute: false },
    _tipHidden: { state: true, attribute: false },
    _shown: { state: true, attribute: false },
    _fallback: { state: true, attribute: false },
  };

  /** The article data (validated before use; need not be valid). Takes precedence over inline JSON and `src`. */
  article: Article | null = null;

  /** URL of article JSON, used when there is neither an `article` property nor inline JSON. */
  src = '';

  /** Milliseconds before a `src` request is given up. 0: never. */
  timeout = 15000;

  /** The selected speaker's id: that speaker's quotes are highlighted and the rest dimmed. */
  speaker: string | null = null;

  /**
   * Find the quotations by machine when the data has none, or when there is no data but the
   * article's text written inside the tag. The extractor is loaded only then. Machine-made quotes
   * carry a confidence, told to the reader on focus.
   */
  extract = false;

  /** The level of the headline (1–6); the panel heading is one below it. */
  headingLevel = 2;

  /** Interface words, merged over the English defaults (see `articleViewStrings`). */
  strings: Partial<ArticleViewStrings> = {};

  private _result: ValidationResult | null = null;
  private _error: ArticleErrorDetail | null = null;
  private _panelOpen = false;
  /** The quote under the pointer and the focused quote: the tooltip is for the first of them. */
  private _hover: HTMLElement | null = null;
  private _focus: HTMLElement | null = null;
  private _tipHidden = false;
  /** True when the tag holds content a reader can read instead of the article. */
  private _fallback = false;

  private get _base(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.base') ?? null;
  }
  private get _tip(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.tip') ?? null;
  }

  private _sourceDirty = true;
  private _script: string | null = null;
  /** The `src` whose data is shown. */
  private _shownSrc = '';
  private _event?: [string, unknown];
  protected _s = articleViewStrings;
  /** The body in chunks, drawn one per task so that a huge article never freezes the page. */
  private _chunks: Chunk[] = [];
  /** How many chunks are drawn so far. */
  private _shown = 0;
  private _pumping = false;
  /** The chunks drawn, and the strings each chunk's quote descriptions were drawn with. */
  private _drawn = new WeakMap<Chunk, unknown>();
  private _described = new WeakMap<Chunk, unknown>();
  /**
   * Each speaker's hue and the selected speaker's highlight: one small sheet to rewrite, not every
   * quote. Adopted with the article's styles when the first article is shown.
   */
  private _sheet?: CSSStyleSheet;
  private _index = new Map<Quote, number>();
  private _speakers = new Map<string, Speaker>();
  private _speakerIndex = new Map<string, number>();

  /** The current state; also reflected as the `state` attribute. */
  get state(): ArticleViewState {
    if (this._loading) return 'loading';
    if (this._error) return 'error';
    const r = this._result;
    if (!r) return 'empty';
    return r.orphans.length || r.problems.some((p) => p.severity === 'error') ? 'partial' : 'ready';
  }

  /** The validated article being shown, or null. */
  get validArticle(): Article | null {
    return this._result?.article ?? null;
  }

  /** What validation found in the data shown (empty when none). */
  get problems(): Problem[] {
    return this._result?.problems ?? this._error?.problems ?? [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._follow(false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Removed while loading: start again.
    if (this._loading) {
      this._sourceDirty = true;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this._s = { ...articleViewStrings, ...this.strings };
    if (this._sourceDirty || changed.has('article') || changed.has('src') || changed.has('extract')) {
      this._sourceDirty = false;
      this._pickSource();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.setAttribute('state', this.state);
    if (changed.has('speaker')) this._writeSheet();
    if (this._shown < this._chunks.length && !this._pumping) {
      // Draw the next chunk in a task of its own, so input and painting get their turn in between.
      const chunks = this._chunks;
      this._pumping = true;
      setTimeout(() => {
        this._pumping = false;
        if (this._chunks === chunks) this._shown++;
      });
    }
    if (this._event) {
      const [type, detail] = this._event;
      this._event = undefined;
      fire(this, type, detail);
    }
    this._placeTip();
    // The body's one Tab stop: the first quote until another gets focus.
    if (!this._tabStop()) this.renderRoot.querySelector('.body q')?.setAttribute('tabindex', '0');
  }

  private _pickSource() {
    const { article, src } = this;
    const script = article == null ? this._readScript() : null;
    this._validation = undefined;
    if (article == null && script == null && src) {
      if (src !== this._shownSrc || this._loading) this._load(src);
      return;
    }
    this._loader.abort();
    this._loading = false;
    this._shownSrc = '';
    if (article != null) this._check('the article property', (v) => v.validateArticle(article));
    else if (script != null) this._check('the inline JSON', (v) => v.parseArticle((this._script = script)));
    else if (this.extract) this._extractInto(null, 'the text inside the tag');
    else this._show(null, null);
  }

  /** Validates data from the page (`where`) once the validator is loaded, then shows it. */
  private _check(where: string, validate: (v: Validation) => ValidationResult) {
    this._withValidation((v) => this._apply(validate(v), where), where);
  }

  private _readScript(): string | null {
    if (isServer) return null; // the server sees no light DOM: it renders the `article` property
    const el = this.querySelector(':scope > script[type="application/json"]');
    return el ? el.textContent ?? '' : null;
  }

  /** Also waits for the whole body to be drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._shown < this._chunks.length) {
      await new Promise((resolve) => setTimeout(resolve));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Speaker colours and the highlight of the selected speaker's quotes, as rules on `data-s`. */
  private _writeSheet() {
    this._sheet?.replaceSync(loaded!.speakerSheet(this._result?.article?.speakers ?? [], this.speaker));
  }

  private async _load(src: string) {
    this._loading = true;
    this._shownSrc = src;
    const outcome = await this._loader.load(src, this.timeout);
    if (!outcome) return; // superseded, or the element was removed
    this._loading = false;
    if (outcome.error) this._fail(outcome.error);
    else this._apply(outcome.result, src, src);
  }

  private _apply(result: ValidationResult, where: string, src?: string) {
    const error = loaded!.unusable(result, where, src);
    if (error) return this._fail(error);
    const article = result.article!;
    if (this.extract && !article.quotes.length && !this._extracted.has(article)) return this._extractInto(article, where);
    this._show(result, null);
    this._event = ['article-load', { article, problems: result.problems, orphans: result.orphans } satisfies ArticleLoadDetail];
  }

  /** Articles the extractor has already run on: never twice. */
  private _extracted = new WeakSet<Article>();

  /**
   * Runs the extractor on an article without quotes (or on the text inside the tag, when
   * `article` is null), then shows the result, validated.
   */
  private _extractInto(article: Article | null, where: string) {
    this._loading = true;
    this._run(
      // Extraction may first load the article's language: it is part of what `_run` waits for.
      Promise.all([import('../shared/extraction.js'), loadValidation()]).then(async ([x, v]) => {
        const light = article ? null : x.readLightArticle(this);
        const base = article ?? (light && { version: 1, id: this.id || 'article', language: this.lang || document.documentElement.lang || 'en', ...light, speakers: [], quotes: [] });
        return [base && (await x.withExtractedQuotes(base as Article)), v] as const;
      }),
      ([found, v]) => {
        this._loading = false;
        if (!found) return this._show(null, null);
        const result = v.validateArticle(found);
        this._extracted.add(result.article!);
        this._apply(result, where);
      },
      where,
    );
  }

  protected _fail(error: ArticleErrorDetail) {
    this._log(error);
    this._show(null, error);
    this._event = ['article-error', error];
  }

  private _show(result: ValidationResult | null, error: ArticleErrorDetail | null) {
    this._result = result;
    this._error = error;
    this._hover = this._focus = null;
    const article = result?.article;
    this._index = new Map(article?.quotes.map((q, i) => [q, i]));
    this._chunks = article ? loaded!.chunkBody(article, this._index) : [];
    this._shown = this._whole ? this._chunks.length : 1;
    this._speakers = new Map(article?.speakers.map((sp) => [sp.id, sp]));
    this._speakerIndex = new Map(article?.speakers.map((sp, k) => [sp.id, k]));
    const root = this.renderRoot;
    const styles = article && !this._sheet && loaded!.articleStyles.styleSheet;
    if (styles && root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles, (this._sheet = new CSSStyleSheet())];
    this._writeSheet();
  }

  private _onSlotChange(e: Event) {
    hideEdgeBreaks(e);
    // Content of its own (not just the inline JSON) is what a reader sees when the data fails.
    this._fallback = (e.target as HTMLSlotElement)
      .assignedNodes()
      .some((n) => (n.nodeType === 1 ? (n as Element).localName !== 'script' : n.textContent!.trim()));
    if (this.article != null) return;
    const script = this._readScript();
    if (script != null && script !== this._script) {
      this._sourceDirty = true;
      this.requestUpdate();
    }
  }

  override render() {
    const state = this.state;
    const article = this._result?.article;
    return html`<div part="base" class="base" aria-busy=${state === 'loading' ? 'true' : 'false'} @keydown=${this._onKeydown}>
      ${this._renderStatus(this._error, this._fallback)}
      <div class="fallback" ?hidden=${!!article}><slot @slotchange=${this._onSlotChange}></slot></div>
      ${article ? this._renderArticle(article) : nothing}
    </div>`;
  }

  private _renderArticle(article: Article) {
    const s = this._s;
    const lang = locale(article.language);
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6);
    const selected = this.speaker != null ? this._speakers.get(this.speaker) : undefined;
    const shown = this._chunks.slice(0, this._shown);
    const drawing = { article, index: this._index, speakers: this._speakers, speakerIndex: this._speakerIndex, strings: s, lang };
    return html`${loaded!.renderHeader(article, s, level, lang)}
      <div class="layout">
        ${article.speakers.length
          ? loaded!.renderPanel({
              article,
              selected,
              level,
              open: this._panelOpen,
              strings: s,
              toggle: () => (this._panelOpen = !this._panelOpen),
              pick: this._onBadgeClick,
              showAll: () => this._select(null),
            })
          : nothing}
        <div part="body" class="body ${selected ? 'filtering' : ''}" lang=${ifDefined(lang)} @click=${this._onBodyClick}
          @focusin=${this._onFocusIn} @focusout=${this._onFocusOut} @pointerover=${this._onPointerOver} @pointerleave=${this._onPointerLeave}
        >${loaded!.renderParagraphs(shown, this._drawn, drawing)}</div>
      </div>
      <div hidden>${loaded!.renderDescriptions(shown, this._described, drawing)}</div>
      ${this._renderTip(lang)} ${this._renderNotice()}`;
  }

  private _renderTip(lang: string | undefined) {
    const q = this._result?.article?.quotes[this._quoteOf(this._tipFor())];
    return q ? loaded!.renderTip(q, loaded!.speakerOf(q, this._speakers), this._s, lang) : nothing;
  }

  private _renderNotice() {
    const r = this._result;
    return r && this.state === 'partial' ? loaded!.renderNotice(r, this._s) : nothing;
  }

  // ——— interaction ———

  private _quoteAt(e: Event): HTMLElement | null {
    return (e.target as Element).closest?.('q') ?? null;
  }

  private _quoteOf(el: HTMLElement | null): number {
    return el ? Number(el.dataset.i) : -1;
  }

  private _tipFor(): HTMLElement | null {
    return this._tipHidden ? null : (this._hover ?? this._focus);
  }

  private _onBodyClick(e: MouseEvent) {
    this._selectQuote(this._quoteAt(e));
  }

  private _selectQuote(el: HTMLElement | null) {
    const quote = this._result?.article?.quotes[this._quoteOf(el)];
    if (!quote) return;
    const speaker = (quote.speaker != null && this._speakers.get(quote.speaker)) || null;
    fire<QuoteSelectDetail>(this, 'quote-select', { quote, speaker });
  }

  private _onFocusIn(e: FocusEvent) {
    const q = (this._focus = this._quoteAt(e));
    this._tipHidden = false;
    // Roving tabindex: the body is one Tab stop, at the quote focused last.
    if (q) {
      this._tabStop()?.setAttribute('tabindex', '-1');
      q.tabIndex = 0;
    }
  }

  private _tabStop() {
    return this.renderRoot.querySelector('.body q[tabindex="0"]');
  }

  private _quotes(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.body q')];
  }

  private _onFocusOut() {
    this._focus = null;
  }

  private _onPointerOver(e: PointerEvent) {
    const q = this._quoteAt(e);
    if (q !== this._hover) this._tipHidden = false;
    this._hover = q;
  }

  private _onPointerLeave() {
    this._hover = null;
  }

  private _onKeydown(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    const toggle = this.renderRoot.querySelector<HTMLElement>('.toggle');
    const to = target.localName === 'q' && loaded!.nextQuote(this._quotes(), target, e.key);
    if (to) {
      e.preventDefault();
      to.focus();
    } else if (e.key === 'Enter' && target.localName === 'q') this._selectQuote(target);
    else if (e.key === 'Escape') {
      if (this._tip) this._tipHidden = true;
      // the narrow panel's list is open: close it (its button shows only on a narrow column)
      else if (this._panelOpen && toggle?.offsetWidth) {
        this._panelOpen = false;
        if (this._base?.querySelector('.panel')?.contains(target)) toggle.focus();
      } else if (this.speaker != null) this._select(null);
      else return;
      e.stopPropagation();
    }
  }

  private _onBadgeClick(e: MouseEvent) {
    const badge = (e.target as Element).closest('speaker-badge');
    const id = badge?.dataset.id;
    if (id != null) this._select(id === this.speaker ? null : id);
  }

  private _select(id: string | null) {
    if (id === this.speaker) return;
    this.speaker = id;
    fire<SpeakerSelectDetail>(this, 'speaker-select', { speaker: (id != null && this._speakers.get(id)) || null });
  }

  /**
   * Places the tooltip (fixed: a scrolled container never clips it) beside its quote, and keeps it
   * there while the page or a container scrolls or the window is resized.
   */
  private _placeTip = () => {
    const tip = this._tip;
    const q = this._tipFor();
    const on = !!(tip && q);
    if (on !== this._following) this._follow(on);
    if (on) loaded!.placeTip(tip!, [...this.renderRoot.querySelectorAll(`.body q[data-i="${q!.dataset.i}"]`)]);
  };

  private _following = false;

  private _follow(on: boolean) {
    this._following = on;
    for (const type of ['scroll', 'resize']) (on ? addEventListener : removeEventListener)(type, this._placeTip, true);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-view': ArticleView;
  }
  interface GlobalEventHandlersEventMap {
    'quote-select': CustomEvent<QuoteSelectDetail>;
    'speaker-select': CustomEvent<SpeakerSelectDetail>;
    'article-load': CustomEvent<ArticleLoadDetail>;
    'article-error': CustomEvent<ArticleErrorDetail>;
  }
}
