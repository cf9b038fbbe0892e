import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Problem } from '../../model/problems.js';
import type { Article, Quote, QuoteKind, Speaker } from '../../model/types.js';
import { QUOTE_KINDS } from '../../model/types.js';
import { parseArticle, validateArticle, type ValidationResult } from '../../model/validate.js';
import { locale } from '../shared/format.js';
import { ArticleLoader } from '../shared/load.js';
import { speakerSlots, speakerStyle } from '../shared/speaker.js';
import { fill } from '../shared/strings.js';
import { buttonStyles, hostStyles } from '../shared/styles.js';
import { styles as viewStyles } from '../article-view/article-view.styles.js';
import { articleStyles } from '../article-view/article.styles.js';
import { renderBody, type BodyLook } from './body.js';
import { readDraft, removeDraft, writeDraft } from './draft.js';
import * as edit from './edits.js';
import type { EditorState, Outcome } from './edits.js';
import { History } from './history.js';
import { nextBreak, previousBreak, selectOffsets, selectedOffsets, wordStep, type Offsets } from './selection.js';
import { resolveSpeaker, speakerOptions } from './speakers.js';
import { guessKind, snapRange } from './snap.js';
import { articleEditorStrings, type ArticleEditorStrings } from './strings.js';
import { styles } from './article-editor.styles.js';
import { embedCode, textArticle } from './output.js';
import type { ArticleLoadDetail } from '../article-view/article-view.js';

/** `article-change`: the article after a change, and what the change was ("Add quote", "Undo: Add quote"). */
export interface ArticleChangeDetail {
  article: Article;
  description: string;
}

/** The quote form: a new quote on a selection, or an existing quote. */
interface QuoteForm {
  id?: string;
  start: number;
  end: number;
  kind: QuoteKind;
  /** The text typed in the Speaker combobox. */
  query: string;
  /** The speaker picked from the list (cleared when the text no longer names them). */
  picked: string | null;
  continues: boolean;
}

type Message = { text: string; alert?: boolean; action?: 'discard' };

const DRAFT_DELAY = 300;
/** A body longer than this (characters) lays out only the paragraphs in view. */
const LONG_BODY = 20000;
/** Rows of the review list drawn at first, and added by Show more. */
const LIST_PAGE = 100;
const isField = (el: Element | undefined) => !!el && (/^(input|textarea|select)$/.test(el.localName) || (el as HTMLElement).isContentEditable);

/**
 * An editor for annotated articles: select words in the text to add a quote, pick its speaker and
 * kind, review machine-made quotes (Accept or Reject), fix speakers, correct the text, undo any
 * change, then download the JSON or copy the embed code for `<article-view>`.
 *
 * The article comes from the `article` property, a `<script type="application/json">` child, the
 * `src` URL, or plain text (the `text` property, or the New from text area), which the extractor
 * (loaded on demand) annotates. Unsaved work is kept in `localStorage` per article id and restored
 * on the next visit, with a notice and a way to discard it.
 *
 * Keyboard: Shift+arrows (Ctrl/Alt+Shift+arrows by word) select text from the focused quote or the
 * start of the text; Q adds a quote on the selection; Enter opens a focused quote; N and P go to the
 * next and previous unreviewed quote; A accepts and R rejects the open quote; Ctrl/Cmd+Z undoes,
 * Ctrl/Cmd+Shift+Z and Ctrl+Y redo; Escape closes the form.
 *
 * Register it with `import 'article-annotations/define/article-editor.js'`.
 *
 * @summary Review and correct an article's quotations and speakers.
 * @tag article-editor
 *
 * @slot - Holds the inline JSON script; other content is not shown.
 *
 * @csspart base - Everything inside the element.
 * @csspart toolbar - Undo, Redo, Add quote, Edit text and the exports.
 * @csspart body - The article text.
 * @csspart paragraph - Each paragraph of the text.
 * @csspart quote - Each quote in the text (`data-review="pending"` while unreviewed).
 * @csspart form - The quote form.
 * @csspart review - The review list.
 * @csspart speakers - The speaker list.
 * @csspart notice - Messages: refusals, the restored draft, storage problems.
 *
 * @cssprop --article-view-font - Font shorthand (shared with `<article-view>`). Default: inherited.
 * @cssprop --article-view-text-color - Text colour. Default: `CanvasText`-like.
 * @cssprop --article-view-background - Background. Default: `Canvas`-like.
 * @cssprop --article-view-accent - Accent colour (the open quote, pressed buttons).
 * @cssprop --article-editor-unreviewed - Colour marking unreviewed machine-made quotes. Default: amber.
 *
 * @fires {CustomEvent<ArticleChangeDetail>} article-change - After every change, undo and redo included (and when a draft is brought back).
 * @fires {CustomEvent<ArticleLoadDetail>} article-load - An article was opened (from any input), before its draft is brought back.
 */
export class ArticleEditor extends LitElement {
  static override styles = [hostStyles, buttonStyles, viewStyles, articleStyles, styles];

  static override properties = {
    src: {},
    timeout: { type: Number },
    strings: { attribute: false },
    _history: { state: true, attribute: false },
    _form: { state: true, attribute: false },
    _message: { state: true, attribute: false },
    _storageError: { state: true, attribute: false },
    _order: { state: true, attribute: false },
    _editingText: { state: true, attribute: false },
    _embed: { state: true, attribute: false },
    _loading: { state: true, attribute: false },
    _active: { state: true, attribute: false },
    _listOpen: { state: true, attribute: false },
    _current: { state: true, attribute: false },
    _listLimit: { state: true, attribute: false },
  };

  /** URL of article JSON, used when there is neither an `article` property, nor `text`, nor inline JSON. */
  src = '';

  /** Milliseconds before a `src` request is given up. 0: never. */
  timeout = 15000;

  /** Interface words, merged over the English defaults (`articleEditorStrings`). */
  strings: Partial<ArticleEditorStrings> = {};

  private _s = articleEditorStrings;
  private _history: History<EditorState> | null = null;
  /** The article as it was opened (what Discard draft goes back to). */
  private _opened: EditorState | null = null;
  private _form: QuoteForm | null = null;
  private _current: string | null = null;
  private _message: Message | null = null;
  private _storageError = '';
  private _order: 'text' | 'confidence' = 'text';
  private _listLimit = LIST_PAGE;
  private _editingText = false;
  private _embed = '';
  private _loading = false;
  /** The highlighted option of the speaker list. */
  private _active = -1;
  private _listOpen = false;
  private _input: { article?: unknown; text?: string } | null = null;
  private _text = '';
  private _loader = new ArticleLoader();
  private _draftTimer?: ReturnType<typeof setTimeout>;
  /** Keyboard selection: where it started and where it ends now. */
  private _caret: { anchor: number; focus: number } | null = null;
  private _sheet?: CSSStyleSheet;
  private _sheetFor?: readonly Speaker[];
  private _look?: BodyLook;
  private _lookFor: unknown;
  private _started = false;
  private _problems: Problem[] = [];

  /**
   * The current article, always valid (null before one is open). Setting it opens that article:
   * it is validated first, and quotes that cannot be placed are listed to place again.
   */
  get article(): Article | null {
    return this._history?.state.article ?? null;
  }
  set article(value: Article | null) {
    this._input = { article: value };
    this.requestUpdate();
  }

  /** Plain text to annotate: the extractor (loaded on demand) finds its quotes and speakers. */
  get text(): string {
    return this._text;
  }
  set text(value: string) {
    this._text = typeof value == 'string' ? value : '';
    this._input = { text: this._text };
    this.requestUpdate();
  }

  /** What validation reported about the article as it was opened. */
  get problems(): Problem[] {
    return this._problems;
  }

  /** Quotes that lost their place when the text was corrected, waiting to be placed again. */
  get unplaced(): readonly Quote[] {
    return this._history?.state.orphans ?? [];
  }

  /** True while data is loading or being annotated. */
  get loading(): boolean {
    return this._loading;
  }

  /** Undoes the last change; false when there is none. */
  undo(): boolean {
    const what = this._history?.undo();
    if (what === undefined) return false;
    this._changed(fill(this._s.undone, { what }), `Undo: ${what}`);
    return true;
  }

  /** Redoes the last change undone; false when there is none. */
  redo(): boolean {
    const what = this._history?.redo();
    if (what === undefined) return false;
    this._changed(fill(this._s.redone, { what }), `Redo: ${what}`);
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._loader.abort();
    this._flushDraft();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this._s = { ...articleEditorStrings, ...this.strings };
    if (!this._started) {
      this._started = true;
      if (!this._input) {
        const script = this.querySelector(':scope > script[type="application/json"]');
        if (script) this._open(parseArticle(script.textContent ?? ''), 'the inline JSON');
        else if (this.src) void this._load(this.src);
      }
    } else if (changed.has('src') && this.src && !this._input) void this._load(this.src);
    const input = this._input;
    this._input = null;
    if (input?.text !== undefined) void this._fromText(input.text);
    else if (input?.article == null && input) this._close();
    else if (input) this._open(validateArticle(input.article), 'the article property', input.article);
  }

  protected override updated(): void {
    this._writeSheet();
    this._markCurrent();
  }

  /** The open quote carries `data-current` (an attribute on one element: no style rules rewritten, no redraw). */
  private _markCurrent() {
    const el = this._current ? this._quoteEl(this._current) : null;
    const root = this.renderRoot;
    for (const old of root.querySelectorAll('q[data-current]')) if (old !== el) old.removeAttribute('data-current');
    el?.setAttribute('data-current', '');
  }

  // ——— opening ———

  private async _load(src: string) {
    this._loading = true;
    const outcome = await this._loader.load(src, this.timeout);
    if (!outcome) return;
    this._loading = false;
    if (outcome.error) this._message = { text: outcome.error.message, alert: true };
    else this._open(outcome.result, src);
  }

  private async _fromText(text: string) {
    if (!text.trim()) return;
    this._loading = true;
    try {
      const x = await import('../shared/extraction.js');
      const base = textArticle(text, this.lang || document.documentElement.lang || 'en');
      this._open(validateArticle(await x.withExtractedQuotes(base)), this._s.newFromText);
    } catch (e) {
      this._message = { text: String(e), alert: true };
    } finally {
      this._loading = false;
    }
  }

  /** Back to no article (the `article` property set to null); drafts stay stored. */
  private _close() {
    this._flushDraft();
    this._history = this._opened = this._form = this._current = null;
    this._problems = [];
  }

  /** Opens a validated article (its orphans listed to place again) and brings back its draft, if any. */
  private _open(result: ValidationResult, where: string, input?: unknown) {
    const article = result.article;
    this._problems = result.problems;
    if (!article) {
      this._message = { text: `The article in ${where} could not be used: ${result.problems[0]?.message ?? ''}`, alert: true };
      return;
    }
    const raw = (input ?? null) as { quotes?: unknown[] } | null;
    const orphans = result.orphans.map((o): Quote => {
      const q = (raw?.quotes?.[o.index] ?? {}) as Partial<Quote>;
      const speaker = article.speakers.some((sp) => sp.id === q.speaker) ? q.speaker! : null;
      return { id: o.id || `quote-${o.index + 1}`, start: 0, end: 0, text: o.text, kind: QUOTE_KINDS.includes(q.kind!) ? q.kind! : 'direct', speaker };
    });
    const state: EditorState = { article, orphans };
    this._opened = state;
    this._history = new History({ state, description: 'Open' });
    this._form = null;
    this._current = null;
    this._editingText = false;
    this._embed = '';
    this._message = null;
    this.dispatchEvent(
      new CustomEvent<ArticleLoadDetail>('article-load', { detail: { article, problems: result.problems, orphans: result.orphans }, bubbles: true, composed: true }),
    );
    const draft = readDraft(article.id);
    if (draft.error) this._storageError = fill(this._s.storageFailed, { reason: draft.error });
    const kept = draft.value;
    if (kept && JSON.stringify(kept.state) !== JSON.stringify(state)) {
      this._history.push(kept.state, 'Restore draft');
      const date = kept.saved ? new Date(kept.saved).toLocaleString(locale(article.language)) : '';
      this._message = { text: fill(this._s.draftRestored, { date }), action: 'discard' };
      this._fire('Restore draft');
    }
  }

  // ——— changes ———

  /** Records a change's outcome; a refusal becomes the message instead. */
  private _apply(outcome: Outcome, description: string): boolean {
    if (outcome.error !== undefined) {
      this._message = { text: outcome.error, alert: true };
      return false;
    }
    this._history!.push(outcome.state, description);
    this._changed('', description);
    return true;
  }

  private _changed(message: string, description: string) {
    this.requestUpdate(); // the history changed in place
    this._message = message ? { text: message } : null;
    const st = this._history!.state;
    if (this._current && !edit.findQuote(st, this._current)) this._current = null;
    if (this._form?.id && !edit.findQuote(st, this._form.id)) this._form = null;
    this._scheduleDraft();
    this._fire(description);
  }

  private _fire(description: string) {
    const article = this.article!;
    this.dispatchEvent(new CustomEvent<ArticleChangeDetail>('article-change', { detail: { article, description }, bubbles: true, composed: true }));
  }

  private _scheduleDraft() {
    clearTimeout(this._draftTimer);
    this._draftTimer = setTimeout(() => this._flushDraft(), DRAFT_DELAY);
  }

  private _flushDraft() {
    if (this._draftTimer === undefined || !this._history) return;
    clearTimeout(this._draftTimer);
    this._draftTimer = undefined;
    const state = this._history.state;
    const same = JSON.stringify(state) === JSON.stringify(this._opened);
    const out = same ? removeDraft(state.article.id) : writeDraft(state.article.id, state);
    this._storageError = out.error ? fill(this._s.storageFailed, { reason: out.error }) : '';
  }

  private _discardDraft() {
    const opened = this._opened!;
    this._history!.push(opened, 'Discard draft');
    this._changed(this._s.draftDiscarded, 'Discard draft');
    clearTimeout(this._draftTimer);
    this._draftTimer = undefined;
    const out = removeDraft(opened.article.id);
    this._storageError = out.error ? fill(this._s.storageFailed, { reason: out.error }) : '';
  }

  // ——— selection ———

  private get _body(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.body') ?? null;
  }

  /** The body's selected words, snapped to what a quote may be (whitespace and enclosing marks trimmed). */
  private _selection(): Offsets | undefined {
    const body = this._body;
    const raw = body && selectedOffsets(this.renderRoot as ShadowRoot, body);
    if (!raw) return undefined;
    const r = snapRange(this.article!.body, raw.start, raw.end);
    return r.start < r.end ? r : undefined;
  }

  private _addQuote() {
    const r = this._selection();
    if (!r) {
      this._message = { text: this._s.selectFirst, alert: true };
      return;
    }
    const problem = edit.rangeProblem(this.article!, r.start, r.end);
    if (problem) {
      this._message = { text: problem, alert: true };
      return;
    }
    this._message = null;
    this._openForm({ ...r, kind: guessKind(this.article!.body, r.start, r.end), query: '', picked: null, continues: false });
  }

  private _openQuote(id: string, focus?: string) {
    const q = edit.findQuote(this._history!.state, id);
    if (!q) return;
    const sp = this.article!.speakers.find((s) => s.id === q.speaker);
    this._current = id;
    this._openForm({ id, start: q.start, end: q.end, kind: q.kind, query: sp?.name ?? '', picked: sp?.id ?? null, continues: q.continues !== undefined }, focus);
  }

  /** Opens the form with the focus in the Speaker field, or on the control `focus` names (a selector). */
  private async _openForm(form: QuoteForm, focus = '#speaker') {
    this._form = form;
    this._listOpen = false;
    this._active = -1;
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>(focus) ?? this.renderRoot.querySelector<HTMLElement>('#speaker'))?.focus();
  }

  private _closeForm(returnFocus = true) {
    const id = this._form?.id;
    this._form = null;
    if (returnFocus && id) void this.updateComplete.then(() => this._quoteEl(id)?.focus());
  }

  private _quoteEl(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`q[data-id="${CSS.escape(id)}"]`);
  }

  // ——— the speaker combobox ———

  private _pick(option: Speaker | string) {
    const form = this._form!;
    this._form = typeof option == 'string' ? { ...form, query: option, picked: null } : { ...form, query: option.name, picked: option.id };
    this._listOpen = false;
    this._active = -1;
  }

  private _onSpeakerInput(e: Event) {
    const query = (e.target as HTMLInputElement).value;
    const form = this._form!;
    const picked = form.picked && this.article!.speakers.find((sp) => sp.id === form.picked)?.name === query ? form.picked : null;
    this._form = { ...form, query, picked };
    this._listOpen = true;
    this._active = query.trim() ? 0 : -1;
  }

  private _onSpeakerKeydown(e: KeyboardEvent) {
    const options = speakerOptions(this.article!.speakers, this._form!.query);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this._listOpen = true;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this._active = options.length ? (this._active + step + options.length) % options.length : -1;
    } else if (e.key === 'Enter' && this._listOpen && options[this._active] !== undefined) {
      e.preventDefault();
      this._pick(options[this._active]);
    } else if (e.key === 'Escape' && this._listOpen) {
      e.stopPropagation();
      this._listOpen = false;
    }
  }

  private _save(e?: Event) {
    e?.preventDefault();
    const form = this._form;
    if (!form) return;
    const who = resolveSpeaker(this._history!.state, form.picked, form.query);
    if ('error' in who) return void (this._message = { text: who.error, alert: true });
    let outcome: Outcome;
    if (form.id) {
      const prev = form.continues ? edit.previousBySameSpeaker(who.state, form.id, who.speaker) : undefined;
      outcome = edit.updateQuote(who.state, form.id, { kind: form.kind, speaker: who.speaker, continues: prev ? prev.id : null, confidence: null });
    } else {
      outcome = edit.addQuote(who.state, { start: form.start, end: form.end, kind: form.kind, speaker: who.speaker });
    }
    if (this._apply(outcome, form.id ? 'Edit quote' : 'Add quote')) {
      if (!form.id) {
        const added = outcome.state!.article.quotes.find((q) => q.start === form.start && q.end === form.end && !this._history!.state.orphans.includes(q));
        this._current = added?.id ?? null;
        document.getSelection()?.removeAllRanges();
      }
      this._closeForm();
    }
  }

  private _setSpan(which: 'source' | 'cue') {
    const id = this._form?.id;
    const r = this._selection();
    if (!id) return;
    if (!r) return void (this._message = { text: this._s.selectFirst, alert: true });
    const span = { ...r, text: this.article!.body.slice(r.start, r.end) };
    this._apply(edit.updateQuote(this._history!.state, id, { [which]: span }), which === 'source' ? 'Set source' : 'Set cue');
  }

  private _clearSpan(which: 'source' | 'cue') {
    const id = this._form?.id;
    if (id) this._apply(edit.updateQuote(this._history!.state, id, { [which]: null }), which === 'source' ? 'Clear source' : 'Clear cue');
  }

  private _deleteQuote(id: string, description = 'Delete quote') {
    const next = description === 'Reject quote' ? this._nextUnreviewed(id, 1) : undefined;
    if (this._apply(edit.deleteQuote(this._history!.state, id), description)) this._afterReview(next);
  }

  private _accept(id: string) {
    const next = this._nextUnreviewed(id, 1);
    if (this._apply(edit.acceptQuote(this._history!.state, id), 'Accept quote')) this._afterReview(next);
  }

  /** After Accept or Reject: on to the next unreviewed quote, so a review is a run of keystrokes. */
  private _afterReview(next: Quote | undefined) {
    if (next) void this._goTo(next.id);
    else this._closeForm(false);
  }

  // ——— review ———

  /** The quotes in the review list's order (the article keeps them in text order). */
  private _reviewList(): readonly Quote[] {
    const quotes = this.article?.quotes ?? [];
    return this._order === 'confidence' ? [...quotes].sort((a, b) => (a.confidence ?? 2) - (b.confidence ?? 2) || a.start - b.start) : quotes;
  }

  /** The next (dir 1) or previous unreviewed quote after `from` in the review list's order, wrapping around. */
  private _nextUnreviewed(from: string | null, dir: 1 | -1): Quote | undefined {
    const list = this._reviewList();
    const i = from ? list.findIndex((q) => q.id === from) : dir > 0 ? -1 : list.length;
    for (let k = 1; k <= list.length; k++) {
      const q = list[(((i + dir * k) % list.length) + list.length) % list.length];
      if (q.confidence !== undefined && q.id !== from) return q;
    }
    return undefined;
  }

  private async _step(dir: 1 | -1) {
    const q = this._nextUnreviewed(this._current, dir);
    if (q) await this._goTo(q.id);
  }

  /**
   * Opens quote `id` in the form, its words in view. The focus goes to Accept while the quote is
   * unreviewed, so that A, R, N and P go on working from the keyboard.
   */
  private async _goTo(id: string) {
    this._quoteEl(id)?.scrollIntoView({ block: 'center' });
    this._openQuote(id, '.accept');
  }

  // ——— speakers ———

  private _speakerChange(id: string, field: 'name' | 'role' | 'description', e: Event) {
    const value = (e.target as HTMLInputElement).value;
    if (value.trim() === (this.article!.speakers.find((sp) => sp.id === id)?.[field] ?? '')) return; // nothing to record
    const description = field === 'name' ? 'Rename speaker' : field === 'role' ? 'Set role' : 'Set description';
    if (!this._apply(edit.updateSpeaker(this._history!.state, id, { [field]: value }), description)) {
      (e.target as HTMLInputElement).value = this.article!.speakers.find((sp) => sp.id === id)?.[field] ?? '';
    }
  }

  private _merge(id: string, e: Event) {
    const select = (e.target as HTMLElement).closest('fieldset')!.querySelector('select')!;
    this._apply(edit.mergeSpeakers(this._history!.state, id, select.value), 'Merge speakers');
  }

  // ——— text ———

  private async _applyText() {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#text');
    if (!area) return;
    const value = area.value;
    if (value === this.article!.body) {
      this._editingText = false;
      return;
    }
    if (this._apply(edit.editText(this._history!.state, value), 'Edit text')) this._editingText = false;
  }

  private _place(id: string) {
    const r = this._selection();
    if (!r) return void (this._message = { text: this._s.selectFirst, alert: true });
    this._apply(edit.placeOrphan(this._history!.state, id, r.start, r.end), 'Place quote');
  }

  private _newFromText() {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#new-text');
    if (area?.value.trim()) this.text = area.value;
  }

  // ——— output ———

  private _download() {
    const article = this.article!;
    this._saveFile(JSON.stringify(article, null, 2), `${fileStem(article)}.json`, 'application/json');
  }

  /** W3C Web Annotation (JSON-LD) for annotation tools; its module loads only on demand. */
  private async _downloadW3c() {
    const article = this.article!;
    const { toWebAnnotation } = await import('../../formats/web-annotation.js');
    this._saveFile(JSON.stringify(toWebAnnotation(article), null, 2), `${fileStem(article)}.jsonld`, 'application/ld+json');
  }

  private _saveFile(text: string, name: string, type: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async _copyEmbed() {
    const code = embedCode(this.article!);
    this._embed = code;
    try {
      await navigator.clipboard.writeText(code);
      this._message = { text: this._s.copied };
    } catch {
      this._message = { text: this._s.copyFailed };
    }
  }

  // ——— keyboard ———

  private _onKeydown(e: KeyboardEvent) {
    if (!this._history) return;
    const target = e.composedPath()[0] as Element;
    const mod = e.ctrlKey || e.metaKey;
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (mod && !e.altKey && (k === 'z' || (k === 'y' && e.ctrlKey))) {
      if (isField(target)) return; // the field's own undo
      e.preventDefault();
      if (k === 'y' || e.shiftKey) this.redo();
      else this.undo();
      return;
    }
    if (e.key === 'Escape' && this._form) {
      e.preventDefault();
      this._closeForm();
      return;
    }
    if (isField(target) || mod || e.altKey) {
      if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && this._inBody(target)) this._extend(e);
      return;
    }
    if (e.shiftKey && (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') && this._inBody(target)) return this._extend(e);
    const open = this._form?.id;
    if (k === 'q' && !e.shiftKey) this._addQuote();
    else if (k === 'n') void this._step(1);
    else if (k === 'p') void this._step(-1);
    else if (k === 'a' && open && edit.findQuote(this._history.state, open)?.confidence !== undefined) this._accept(open);
    else if (k === 'r' && open && edit.findQuote(this._history.state, open)?.confidence !== undefined) this._deleteQuote(open, 'Reject quote');
    else if (e.key === 'Enter' && target.localName === 'q') this._openQuote((target as HTMLElement).dataset.id!);
    else return;
    e.preventDefault();
  }

  private _inBody(target: Element): boolean {
    const body = this._body;
    return !!body && (target === body || body.contains(target));
  }

  /** Shift+arrows: grows or shrinks the selection by a character (with Ctrl/Alt: a word); Shift+Home/End: to the paragraph's edge. */
  private _extend(e: KeyboardEvent) {
    e.preventDefault();
    const body = this._body!;
    const text = this.article!.body;
    const sel = selectedOffsets(this.renderRoot as ShadowRoot, body);
    let caret = this._caret;
    // Start again from the page's selection when it was changed by other means (the mouse).
    if (!caret || !sel || Math.min(caret.anchor, caret.focus) !== sel.start || Math.max(caret.anchor, caret.focus) !== sel.end) {
      const target = e.composedPath()[0] as HTMLElement;
      const at = sel ? sel.start : target.localName === 'q' ? edit.findQuote(this._history!.state, target.dataset.id!)?.start ?? 0 : 0;
      caret = sel ? { anchor: sel.start, focus: sel.end } : { anchor: at, focus: at };
    }
    let f = caret.focus;
    const byWord = e.ctrlKey || e.altKey;
    if (e.key === 'ArrowRight') f = byWord ? wordStep(text, f, 1) : f + 1;
    else if (e.key === 'ArrowLeft') f = byWord ? wordStep(text, f, -1) : f - 1;
    else if (e.key === 'ArrowDown' || e.key === 'End') f = nextBreak(text, f + 1);
    else if (e.key === 'ArrowUp' || e.key === 'Home') f = previousBreak(text, f - 1);
    f = Math.max(0, Math.min(text.length, f));
    this._caret = { anchor: caret.anchor, focus: f };
    if (f === caret.anchor) document.getSelection()?.removeAllRanges();
    else selectOffsets(body, caret.anchor, f);
  }

  private _onBodyClick(e: MouseEvent) {
    if (selectedOffsets(this.renderRoot as ShadowRoot, this._body!)) return; // the end of a drag that selected words
    const q = (e.target as Element).closest?.('q');
    if (q) this._openQuote((q as HTMLElement).dataset.id!);
  }

  // ——— drawing ———

  /** Speaker colours: one small sheet, rewritten when the speakers change. */
  private _writeSheet() {
    const root = this.renderRoot;
    const speakers = this.article?.speakers;
    if (!(root instanceof ShadowRoot) || (this._sheet && this._sheetFor === speakers)) return;
    this._sheetFor = speakers;
    if (!this._sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this._sheet = new CSSStyleSheet())];
    // Colours in the article's speaker order, the same as <article-view> gives them on this page.
    const slots = speakerSlots(speakers ?? []);
    this._sheet.replaceSync((speakers ?? []).map((sp, i) => `q[data-s="${i}"]{${speakerStyle(sp, undefined, slots[i])}}`).join(''));
  }

  /** What the body draws with; a new object only when the speakers or the words change. */
  private _bodyLook(article: Article): BodyLook {
    const marker = [article.speakers, this._s, article.language];
    const last = this._lookFor as unknown[] | undefined;
    if (this._look && last && last.every((v, i) => v === marker[i])) return this._look;
    const s = this._s;
    const percent = percentFormat(article.language);
    this._lookFor = marker;
    return (this._look = {
      speakers: new Map(article.speakers.map((speaker, index) => [speaker.id, { index, speaker }])),
      percent,
      title: (q, sp) => `${sp?.name ?? s.unknownSpeaker} · ${q.confidence !== undefined ? fill(s.unreviewed, { percent: percent(q.confidence) }) : s.reviewed}`,
      words: s,
    });
  }

  override render() {
    const s = this._s;
    const article = this.article;
    const message = this._message;
    return html`<div part="base" class="base" @keydown=${this._onKeydown}>
      ${article ? this._renderToolbar() : nothing}
      <div part="notice" class="notices">
        <div role="status">
          ${this._loading ? html`<p class="loading">${s.loading}</p>` : nothing}
          ${message && !message.alert
            ? html`<p class="notice">${message.text}${message.action === 'discard' ? html` <button class="btn" type="button" @click=${this._discardDraft}>${s.discardDraft}</button>` : nothing}</p>`
            : nothing}
        </div>
        <div role="alert">
          ${message?.alert ? html`<p class="error">${message.text}</p>` : nothing}
          ${this._storageError ? html`<p class="error">${this._storageError}</p>` : nothing}
        </div>
      </div>
      ${article ? this._renderArticle(article) : html`<p class="empty">${this._loading ? nothing : s.empty}</p>`}
      ${this._renderNewFromText()}
      <slot hidden></slot>
    </div>`;
  }

  private _renderToolbar() {
    const s = this._s;
    const h = this._history!;
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${s.toolbar}>
      <button class="btn" type="button" ?disabled=${!h.canUndo} title=${h.undoDescription ?? ''} @click=${() => this.undo()}>${s.undo}</button>
      <button class="btn" type="button" ?disabled=${!h.canRedo} title=${h.redoDescription ?? ''} @click=${() => this.redo()}>${s.redo}</button>
      <button class="btn primary" type="button" @mousedown=${(e: Event) => e.preventDefault()} @click=${this._addQuote}>${s.addQuote}</button>
      <button class="btn" type="button" aria-expanded=${this._editingText ? 'true' : 'false'} @click=${() => (this._editingText = !this._editingText)}>${s.editText}</button>
      <button class="btn" type="button" @click=${this._download}>${s.downloadJson}</button>
      <button class="btn" type="button" @click=${this._downloadW3c}>${s.downloadW3c}</button>
      <button class="btn" type="button" @click=${this._copyEmbed}>${s.copyEmbed}</button>
    </div>`;
  }

  private _renderArticle(article: Article) {
    const s = this._s;
    const lang = locale(article.language);
    const state = this._history!.state;
    return html`${this._embed
        ? html`<label class="embed">${s.embedCode}<textarea readonly rows="4" .value=${this._embed} @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}></textarea></label>`
        : nothing}
      ${this._editingText
        ? html`<div class="text-edit">
            <label for="text">${s.articleText}</label>
            <textarea id="text" rows="12" .value=${article.body}></textarea>
            <button class="btn primary" type="button" @click=${this._applyText}>${s.applyText}</button>
            <button class="btn" type="button" @click=${() => (this._editingText = false)}>${s.cancelText}</button>
          </div>`
        : nothing}
      <div class="columns">
        <div class="main">
          ${article.headline ? html`<div class="headline" role="heading" aria-level="2" lang=${ifDefined(lang)}>${article.headline}</div>` : nothing}
          <div part="body" class="body" role="region" aria-label=${s.articleText} tabindex="0" lang=${ifDefined(lang)} ?data-long=${article.body.length > LONG_BODY} @click=${this._onBodyClick}
            >${guard([article.body, article.quotes, this._bodyLook(article)], () => renderBody(article, this._look!))}</div>
        </div>
        <div class="side">
          ${this._form ? this._renderForm(this._form, state) : nothing} ${state.orphans.length ? this._renderOrphans(state.orphans) : nothing}
          ${this._renderReview(article)} ${this._renderSpeakers(article, state)}
        </div>
      </div>`;
  }

  private _renderForm(form: QuoteForm, state: EditorState) {
    const s = this._s;
    const article = state.article;
    const quote = form.id ? edit.findQuote(state, form.id) : undefined;
    const options = speakerOptions(article.speakers, form.query);
    const open = this._listOpen && options.length > 0;
    const pending = quote?.confidence !== undefined && quote;
    const prev = quote ? edit.previousBySameSpeaker(state, quote.id, form.picked) : undefined;
    return html`<form part="form" class="form" aria-label=${quote ? s.editQuote : s.newQuote} @submit=${this._save}>
      <p class="quoted"><q class="plain">${article.body.slice(form.start, form.end)}</q>
        ${pending ? html`<span class="badge">${fill(s.unreviewed, { percent: this._bodyLook(article).percent(pending.confidence!) })}</span>` : nothing}</p>
      <div class="field combo">
        <label for="speaker">${s.speaker}</label>
        <input id="speaker" role="combobox" autocomplete="off" aria-autocomplete="list" aria-controls="speaker-list" aria-expanded=${open ? 'true' : 'false'}
          aria-activedescendant=${open && this._active >= 0 ? `opt-${this._active}` : nothing} .value=${form.query}
          @input=${this._onSpeakerInput} @keydown=${this._onSpeakerKeydown} />
        <ul id="speaker-list" role="listbox" aria-label=${s.speakers} ?hidden=${!open}>
          ${options.map(
            (o, i) => html`<li id="opt-${i}" role="option" aria-selected=${i === this._active ? 'true' : 'false'} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this._pick(o)}>
              ${typeof o == 'string' ? fill(s.newSpeaker, { name: o }) : html`${o.name}${o.role ? html` <small>${o.role}</small>` : nothing}`}
            </li>`,
          )}
        </ul>
      </div>
      <div class="field">
        <label for="kind">${s.kind}</label>
        <select id="kind" .value=${form.kind} @change=${(e: Event) => (this._form = { ...form, kind: (e.target as HTMLSelectElement).value as QuoteKind })}>
          ${QUOTE_KINDS.map((k) => html`<option value=${k} ?selected=${k === form.kind}>${s.kinds[k] ?? k}</option>`)}
        </select>
      </div>
      ${quote
        ? html`<label class="check"><input type="checkbox" .checked=${form.continues} ?disabled=${!prev && !form.continues}
              @change=${(e: Event) => (this._form = { ...form, continues: (e.target as HTMLInputElement).checked })} />${s.continuation}</label>
            ${(['source', 'cue'] as const).map((which) => {
              const span = quote[which];
              return html`<div class="spans">
                <span class="span-label">${which === 'source' ? s.source : s.cue}: ${span ? html`<q class="plain">${span.text}</q>` : s.none}</span>
                <button class="btn" type="button" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this._setSpan(which)}>${which === 'source' ? s.setSource : s.setCue}</button>
                ${span ? html`<button class="btn" type="button" @click=${() => this._clearSpan(which)}>${which === 'source' ? s.clearSource : s.clearCue}</button>` : nothing}
              </div>`;
            })}`
        : nothing}
      <div class="actions">
        <button class="btn primary" type="submit">${s.save}</button>
        <button class="btn" type="button" @click=${() => this._closeForm()}>${s.cancel}</button>
        ${pending
          ? html`<button class="btn accept" type="button" aria-keyshortcuts="A" @click=${() => this._accept(pending.id)}>${s.accept}</button>
              <button class="btn" type="button" aria-keyshortcuts="R" @click=${() => this._deleteQuote(pending.id, 'Reject quote')}>${s.reject}</button>`
          : nothing}
        ${quote ? html`<button class="btn danger" type="button" @click=${() => this._deleteQuote(quote.id)}>${s.deleteQuote}</button>` : nothing}
      </div>
    </form>`;
  }

  private _renderReview(article: Article) {
    const s = this._s;
    const { percent } = this._bodyLook(article);
    const list = this._reviewList();
    const pending = list.filter((q) => q.confidence !== undefined).length;
    const names = new Map(article.speakers.map((sp) => [sp.id, sp.name]));
    // A long article's list is shown a page at a time: drawing thousands of rows on every change would slow every change down.
    const shown = list.slice(0, this._listLimit);
    return html`<section part="review" class="review" aria-labelledby="review-h">
      <h3 id="review-h">${s.review}</h3>
      <p>${fill(s.unreviewedCount, { count: pending, total: list.length })}</p>
      <div class="row">
        <label>${s.order}
          <select @change=${(e: Event) => (this._order = (e.target as HTMLSelectElement).value as 'text' | 'confidence')}>
            <option value="text" ?selected=${this._order === 'text'}>${s.textOrder}</option>
            <option value="confidence" ?selected=${this._order === 'confidence'}>${s.confidenceOrder}</option>
          </select></label>
        <button class="btn" type="button" ?disabled=${!pending} aria-keyshortcuts="P" @click=${() => this._step(-1)}>${s.previousUnreviewed}</button>
        <button class="btn" type="button" ?disabled=${!pending} aria-keyshortcuts="N" @click=${() => this._step(1)}>${s.nextUnreviewed}</button>
      </div>
      ${list.length
        ? html`<ol class="list">
            ${shown.map(
              (q) => html`<li>
                <button type="button" class="item" aria-current=${q.id === this._current ? 'true' : 'false'} data-review=${q.confidence !== undefined ? 'pending' : nothing}
                  @click=${() => this._goTo(q.id)}>
                  <span class="snippet">${q.text.length > 80 ? `${q.text.slice(0, 79)}…` : q.text}</span>
                  <span class="who">${(q.speaker != null && names.get(q.speaker)) || s.unknownSpeaker} ·
                    ${q.confidence !== undefined ? fill(s.unreviewed, { percent: percent(q.confidence) }) : s.reviewed}</span>
                </button>
              </li>`,
            )}
          </ol>
          ${list.length > shown.length
            ? html`<button class="btn" type="button" @click=${() => (this._listLimit += LIST_PAGE)}>${fill(s.showMore, { count: Math.min(LIST_PAGE, list.length - shown.length), total: list.length })}</button>`
            : nothing}`
        : html`<p>${s.noQuotes}</p>`}
    </section>`;
  }

  private _renderSpeakers(article: Article, state: EditorState) {
    const s = this._s;
    const counts = new Map<string, number>();
    for (const q of [...article.quotes, ...state.orphans]) if (q.speaker != null) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    return html`<section part="speakers" class="speakers" aria-labelledby="speakers-h">
      <h3 id="speakers-h">${s.speakers}</h3>
      ${article.speakers.map((sp) => {
        const n = counts.get(sp.id) ?? 0;
        return html`<fieldset class="speaker spk" .style=${speakerStyle(sp)}>
          <legend>${sp.name} <small>(${fill(s.quoteCount, { count: n })})</small></legend>
          <label>${s.name} <input .value=${sp.name} @change=${(e: Event) => this._speakerChange(sp.id, 'name', e)} /></label>
          <label>${s.role} <input .value=${sp.role ?? ''} @change=${(e: Event) => this._speakerChange(sp.id, 'role', e)} /></label>
          <label>${s.description} <input .value=${sp.description ?? ''} @change=${(e: Event) => this._speakerChange(sp.id, 'description', e)} /></label>
          ${article.speakers.length > 1
            ? html`<label>${s.mergeInto}
                  <select>
                    ${article.speakers.filter((o) => o !== sp).map((o) => html`<option value=${o.id}>${o.name}</option>`)}
                  </select></label>
                <button class="btn" type="button" @click=${(e: Event) => this._merge(sp.id, e)}>${s.merge}</button>`
            : nothing}
          <button class="btn" type="button" ?disabled=${n > 0} @click=${() => this._apply(edit.deleteSpeaker(this._history!.state, sp.id), 'Delete speaker')}>${s.deleteSpeaker}</button>
        </fieldset>`;
      })}
    </section>`;
  }

  private _renderOrphans(orphans: readonly Quote[]) {
    const s = this._s;
    return html`<section class="orphans" aria-labelledby="orphans-h">
      <h3 id="orphans-h">${s.toPlace}</h3>
      <p>${s.toPlaceHelp}</p>
      <ul>
        ${orphans.map(
          (q) => html`<li><q class="plain">${q.text}</q>
            <button class="btn" type="button" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this._place(q.id)}>${s.place}</button>
            <button class="btn" type="button" @click=${() => this._deleteQuote(q.id)}>${s.deleteQuote}</button></li>`,
        )}
      </ul>
    </section>`;
  }

  private _renderNewFromText() {
    const s = this._s;
    return html`<section class="new-text" aria-labelledby="new-h">
      <h3 id="new-h"><label for="new-text">${s.newFromText}</label></h3>
      <textarea id="new-text" rows="6"></textarea>
      <button class="btn" type="button" ?disabled=${this._loading} @click=${this._newFromText}>${s.findQuotes}</button>
    </section>`;
  }
}

/** "72%" in the article's language, with one formatter for all quotes (making one per call is slow). */
function percentFormat(language: string): (value: number) => string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale(language), { style: 'percent' });
  } catch {
    return (value) => `${Math.round(value * 100)}%`;
  }
  return (value) => format.format(value);
}

declare global {
  interface HTMLElementTagNameMap {
    'article-editor': ArticleEditor;
  }
  interface GlobalEventHandlersEventMap {
    'article-change': CustomEvent<ArticleChangeDetail>;
  }
}

/** A file name from the article's id. */
function fileStem(article: Article): string {
  return article.id.replace(/[^\w.-]+/g, '-') || 'article';
}
