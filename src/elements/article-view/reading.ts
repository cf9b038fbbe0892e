/**
 * What a reader uses once an article is shown: the speaker panel, the tooltip of a quote and its
 * placement, the words that describe a quote, the speakers' colours, and moving between quotes
 * with the keyboard. Loaded with the data (see shared/data.ts), so pages without an article never
 * download it.
 */
import { html, nothing } from 'lit';
import type { Article, Quote, Speaker } from '../../model/types.js';
import type { ValidationResult } from '../../model/validate.js';
import { noticeItems } from './body.js';
import { speakerSlots, speakerStyle } from '../shared/speaker.js';
import { formatPercent } from '../shared/format.js';
import { fill, type ArticleViewStrings } from '../shared/strings.js';

/** Parts of the nested badges, exposed as `badge`, `badge-avatar`, … */
const BADGE_PARTS = 'base:badge,avatar:badge-avatar,name:badge-name,role:badge-role,count:badge-count';

/** "Quoted" for the speaker's own words (direct, mixed, unmarked), "Paraphrased" for reported speech. */
export const kindLabel = (q: Quote, s: ArticleViewStrings) => (q.kind === 'indirect' ? s.paraphrased : s.quoted);

/** A quote's accessible description: "Quoted, said by Boris Bondarev; machine-detected, 82% confidence". */
export function describeQuote(q: Quote, sp: Speaker | undefined, s: ArticleViewStrings, lang: string | undefined): string {
  const said = `${kindLabel(q, s)}, ${fill(s.saidBy, { speaker: sp?.name ?? s.unknownSpeaker })}`;
  return q.confidence != null ? `${said}; ${fill(s.machineDetected, { percent: formatPercent(q.confidence, lang) })}` : said;
}

/**
 * The rules that colour each speaker's quotes (on `data-s`, the speaker's index) and highlight the
 * selected speaker's: one small sheet to rewrite when the choice changes, not every quote.
 */
export function speakerSheet(speakers: Speaker[], selected: string | null): string {
  const slots = speakerSlots(speakers);
  const k = speakers.findIndex((sp) => sp.id === selected);
  const on = `.filtering q[data-s="${k}"]`;
  return (
    speakers.map((sp, i) => `q[data-s="${i}"]{${speakerStyle(sp, '', slots[i])}}`).join('') +
    (k < 0
      ? ''
      : `${on},${on} q{color:var(--_fg);text-decoration-color:var(--_c)}${on}:not([data-k=indirect]){background:var(--article-view-quote-highlight,color-mix(in oklab,var(--_c) 30%,var(--_bg)))}` +
        `@media (forced-colors:active){${on}{outline:1px solid Highlight}}@media print{${on},${on} q{color:#000;background:none}}`)
  );
}

export interface PanelOptions {
  article: Article;
  selected: Speaker | undefined;
  /** Open on a narrow column (beside the text it is always open). */
  open: boolean;
  /** The headline's level. */
  level: number;
  strings: ArticleViewStrings;
  toggle: () => void;
  pick: (e: MouseEvent) => void;
  showAll: () => void;
}

/**
 * The speaker panel: a list of toggle buttons and "Show all". On a narrow column its heading is a
 * disclosure button that opens and closes the list; beside the text it is a plain heading.
 */
export function renderPanel({ article, selected, open, level, strings: s, toggle, pick, showAll }: PanelOptions) {
  const counts = new Map<string | null, number>();
  for (const q of article.quotes) if (!q.continues) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const badgeStrings = { quote: s.quote, quotes: s.quotes };
  return html`<aside part="panel" class="panel ${open ? 'open' : ''}" aria-labelledby="sp">
    <div class="panel-head" role="heading" aria-level=${Math.min(level + 1, 6)}>
      <span id="sp" class="panel-title">${s.speakers}</span>
      <button class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="spl" @click=${toggle}>
        ${s.speakers}<span class="chev" aria-hidden="true"></span>
      </button>
    </div>
    <div id="spl" class="collapsible">
      <ul class="list" role="list" @click=${pick}>
        ${article.speakers.map(
          (sp) => html`<li>
            <speaker-badge selectable exportparts=${BADGE_PARTS} data-id=${sp.id} ?selected=${sp === selected} .name=${sp.name}
              .speakerRole=${sp.role ?? ''} .image=${sp.image ?? ''} .count=${counts.get(sp.id) ?? 0} .strings=${badgeStrings}></speaker-badge>
          </li>`,
        )}
      </ul>
      <button class="btn" type="button" aria-pressed=${selected ? 'false' : 'true'} @click=${showAll}>${s.showAll}</button>
    </div>
  </aside>`;
}

/**
 * The notice of an article shown in part: one plain sentence for readers, and what exactly could
 * not be used, for the newsroom, behind "Details".
 */
export function renderNotice(r: ValidationResult, s: ArticleViewStrings) {
  const items = noticeItems(r, s);
  return html`<div part="notice" class="notice" role="status">
    ${fill(s.partial, { count: items.length })}
    <details>
      <summary>${s.details}</summary>
      <ul>
        ${items.map((t) => html`<li>${t}</li>`)}
      </ul>
    </details>
  </div>`;
}

/** The tooltip of a quote: quoted or paraphrased, the speaker's badge and role, the cue, the confidence. */
export function renderTip(q: Quote, sp: Speaker | undefined, s: ArticleViewStrings, lang: string | undefined) {
  return html`<div part="tooltip" class="tip spk" role="tooltip" .style=${sp ? speakerStyle(sp) : ''}>
    <span class="kind">${kindLabel(q, s)}</span>
    ${sp
      ? html`<speaker-badge compact exportparts=${BADGE_PARTS} .name=${sp.name} .image=${sp.image ?? ''}></speaker-badge>${sp.role ? html`<span>${sp.role}</span>` : nothing}`
      : html`<strong>${s.unknownSpeaker}</strong>`}
    ${q.cue ? html`<span>“${q.cue.text}”</span>` : nothing}
    ${q.confidence != null ? html`<span>${fill(s.machineDetected, { percent: formatPercent(q.confidence, lang) })}</span>` : nothing}
  </div>`;
}

/** Space between a quote and its tooltip, and between the tooltip and the edge of the viewport (px). */
const GAP = 6;

/**
 * Places the tooltip (fixed, in viewport coordinates) where it covers none of its quote's lines: above
 * the whole quote, else below it, else beside it, and inside the viewport. Only when none of these
 * fits (a quote taller than the screen) does it go where there is most room.
 */
export function placeTip(tip: HTMLElement, pieces: Element[]): void {
  // Again whenever the tooltip's size changes (its badge draws a moment later, fonts load…).
  placed = [tip, pieces];
  (resized ??= new ResizeObserver(() => placed && place(...placed))).observe(tip);
  place(tip, pieces);
}

/** The tooltip shown last and its quote; let go of once the tooltip leaves the page. */
let placed: [HTMLElement, Element[]] | undefined;
let resized: ResizeObserver | undefined;

function place(tip: HTMLElement, pieces: Element[]) {
  if (!tip.isConnected) {
    resized!.unobserve(tip);
    placed = undefined;
    return;
  }
  const lines = pieces.flatMap((p) => [...p.getClientRects()]);
  if (!lines.length) return;
  const top = Math.min(...lines.map((r) => r.top));
  const bottom = Math.max(...lines.map((r) => r.bottom));
  const left = Math.min(...lines.map((r) => r.left));
  const right = Math.max(...lines.map((r) => r.right));
  const { clientWidth: vw, clientHeight: vh } = document.documentElement;
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  let x = lines[0].left;
  let y: number;
  if (top - GAP - h >= GAP) y = top - GAP - h;
  else if (bottom + GAP + h <= vh - GAP) (y = bottom + GAP), (x = lines[lines.length - 1].left);
  else {
    y = top;
    if (right + GAP + w <= vw - GAP) x = right + GAP;
    else if (left - GAP - w >= GAP) x = left - GAP - w;
    else y = top > vh - bottom ? top - GAP - h : bottom + GAP;
  }
  tip.style.left = `${Math.max(GAP, Math.min(x, vw - w - GAP))}px`;
  tip.style.top = `${Math.max(GAP, Math.min(y, vh - h - GAP))}px`;
}

/** The quote an arrow key, Home or End moves to from `from`, in reading order; undefined for other keys. */
export function nextQuote(all: HTMLElement[], from: HTMLElement, key: string): HTMLElement | undefined {
  const i = all.indexOf(from);
  const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[key];
  return to == null ? undefined : all[Math.max(0, Math.min(to, all.length - 1))];
}
