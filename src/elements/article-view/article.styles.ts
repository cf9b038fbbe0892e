import { css } from 'lit';

/**
 * The look of an article shown by `<article-view>`: header, speaker panel, quotes, tooltip. An
 * article is shown only once its data has been validated, so these come with the validator (see
 * shared/data.ts) and are adopted, after the element's own styles, when the first article is shown.
 */
export const articleStyles = css`
  .notice {
    border-color: light-dark(#b45309, #fbbf24);
    background: color-mix(in srgb, light-dark(#b45309, #fbbf24) 10%, var(--_bg));
  }
  .notice ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .notice summary {
    cursor: pointer;
    font-size: 0.9em;
  }
  .headline {
    margin: 0 0 0.25em;
    font-size: 1.6em;
    line-height: 1.25;
    font-weight: 700;
  }
  .meta {
    margin: 0 0 1.25em;
    font-size: 0.9em;
    color: var(--_dim);
  }
  .meta a {
    color: inherit;
  }
  .body p {
    margin: 0 0 1em;
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  @container (min-width: 48rem) {
    .layout {
      display: grid;
      grid-template-columns: var(--article-view-panel-width, 16rem) minmax(0, 1fr);
      gap: 2rem;
    }
    .panel {
      position: sticky;
      top: 1rem;
      align-self: start;
    }
    .toggle {
      display: none !important;
    }
  }
  @container (max-width: 47.99rem) {
    .panel:not(.open) .collapsible,
    .panel-title {
      display: none;
    }
  }
  .panel {
    padding: 0.75rem;
    border: 1px solid color-mix(in srgb, var(--_fg) 20%, transparent);
    border-radius: var(--_radius);
  }
  .panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .panel-title,
  .toggle {
    font-weight: 700;
  }
  /* on a narrow column the whole heading is the button that opens the list */
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    width: 100%;
    min-height: 2.75rem;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    text-align: start;
  }
  .chev {
    width: 0.6em;
    height: 0.6em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    rotate: 45deg;
    translate: 0 -25%;
  }
  .open .chev {
    rotate: 225deg;
    translate: 0 25%;
  }
  .list {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .list speaker-badge {
    display: block;
  }
  /* compact entries: beside the avatar, the name, the role cut to one line (the whole role is the
     role's title) and the count */
  .list speaker-badge::part(base) {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    width: 100%;
    border-radius: var(--speaker-badge-radius, 0.5em);
  }
  .list speaker-badge::part(count) {
    grid-column: 2;
    justify-self: start;
    margin: 0.2em 0 0;
  }
  .list speaker-badge::part(name),
  .list speaker-badge::part(role) {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .btn[aria-pressed=true] {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }
  /* The visual language. The speaker's own words (direct, mixed, unmarked) are highlighted in a
     light tint of the speaker's colour and underlined: solid for a direct quote, double for a
     phrase quoted inside narration, dashed for a quote printed without its marks. Reported speech
     (indirect) is the reporter's wording: no highlight, a thin dotted underline. Longhands only:
     WebKit drops the text-decoration shorthand's colour and thickness. */
  q {
    quotes: none;
    /* subdued, so that choosing a speaker stands out */
    background: color-mix(in oklab, var(--_c) 9%, var(--_bg));
    text-decoration-line: underline;
    text-decoration-style: solid;
    text-decoration-color: var(--_c);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.22em;
    text-decoration-skip-ink: none;
    border-radius: 2px;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
    cursor: pointer;
  }
  q::before,
  q::after {
    content: none;
  }
  q[data-k='mixed'] {
    text-decoration-style: double;
    text-decoration-thickness: 1px;
  }
  q[data-k='unmarked'] {
    text-decoration-style: dashed;
  }
  q[data-k='indirect'] {
    background: none;
    text-decoration-style: dotted;
    text-decoration-thickness: 1.5px;
  }
  q q {
    text-underline-offset: 0.42em;
  }
  q:not([data-s]) {
    --_c: light-dark(#6b6b6b, #a3a3a3);
  }
  /* focus: bars above and below the words, never over the quotation marks beside them */
  q:focus-visible {
    outline: none;
    background: color-mix(in oklab, var(--_accent) 16%, var(--_bg));
    box-shadow:
      0 -2px var(--_accent),
      0 2px var(--_accent);
  }
  .filtering,
  .filtering q {
    color: var(--_dim);
    background: none;
    text-decoration-color: color-mix(in srgb, var(--_dim) 50%, transparent);
  }
  /* The selected speaker's quotes (and the words inside them) are highlighted by a rule the
     element writes on data-s when the selection changes: see _writeSheet. */
  /* fixed, placed in viewport coordinates by placeTip */
  .tip {
    position: fixed;
    z-index: 10;
    max-width: min(22rem, 100vw - 12px);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_c);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    line-height: 1.4;
    pointer-events: none;
  }
  .tip > span {
    display: block;
    margin-top: 0.25em;
  }
  .tip > .kind {
    margin: 0 0 0.35em;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_dim);
  }
  @media print {
    .panel,
    .tip {
      display: none !important;
    }
    .layout {
      display: block;
    }
    q,
    .filtering q {
      color: #000;
      background: none;
      text-decoration-color: #000;
    }
  }
  @media (forced-colors: active) {
    q {
      text-decoration-color: LinkText;
    }
    q:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
