import { css } from 'lit';

/**
 * The look of an article shown by `<article-view>`: header, speaker panel, quotes, tooltip. An
 * article is shown only once its data has been validated, so these come with the validator (see
 * shared/data.ts) and are adopted, after the element's own styles, when the first article is shown.
 */
export const articleStyles = css`
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
    .panel:not(.open) .collapsible {
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
  .panel-title {
    font-weight: 700;
  }
  .toggle {
    padding: 0.1em 0.5em;
    border: 0;
  }
  .chev {
    display: inline-block;
  }
  .open .chev {
    rotate: 180deg;
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
  .btn[aria-pressed=true] {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }
  q {
    quotes: none;
    background: var(--_tint);
    /* longhands: WebKit drops a text-decoration shorthand that carries a thickness or a colour */
    text-decoration-line: underline;
    text-decoration-thickness: 2px;
    text-decoration-color: var(--_c);
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
  q q {
    text-underline-offset: 0.42em;
    text-decoration-style: dashed;
  }
  q q q {
    text-decoration-style: dotted;
  }
  q:not([data-s]) {
    --_c: light-dark(#6b6b6b, #a3a3a3);
  }
  q:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
  .filtering,
  .filtering q {
    color: var(--_dim);
    background: none;
    text-decoration-color: color-mix(in srgb, var(--_dim) 50%, transparent);
  }
  /* The selected speaker's quotes (and the words inside them) are highlighted by a rule the
     element writes on data-s when the selection changes: see _writeSheet. */
  .tip {
    position: absolute;
    z-index: 10;
    max-width: min(22rem, 100%);
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
      text-decoration-line: underline;
      text-decoration-thickness: 1px;
      text-decoration-color: #000;
    }
  }
  @media (forced-colors: active) {
    q {
      text-decoration-color: LinkText;
    }
  }
`;
