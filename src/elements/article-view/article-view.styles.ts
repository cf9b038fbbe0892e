import { css } from 'lit';
import { ring } from '../shared/styles.js';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_fg: var(--article-view-text-color, light-dark(#1b1b1f, #ececf1));
    --_bg: var(--article-view-background, light-dark(#fff, #16161a));
    --_accent: var(--article-view-accent, light-dark(#1a56db, #8ab4f8));
    --_radius: var(--article-view-radius, 0.5rem);
    /* inherited by the badges inside */
    --_focus: var(--article-view-focus-ring, ${ring});
    --_dim: color-mix(in srgb, var(--_fg) calc(var(--article-view-dimmed-opacity, 0.62) * 100%), var(--_bg));
    font: var(--article-view-font, inherit);
    color: var(--_fg);
    background: var(--_bg);
  }
  .base {
    position: relative;
    line-height: 1.6;
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
  .btn[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }
  q {
    quotes: none;
    font: inherit;
    color: inherit;
    background: var(--_tint);
    text-decoration: underline 2px var(--_c);
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
  .notice,
  .error,
  .loading {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid;
  }
  .notice {
    border-color: light-dark(#b45309, #fbbf24);
    background: color-mix(in srgb, light-dark(#b45309, #fbbf24) 10%, var(--_bg));
  }
  .notice ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .error {
    border-color: light-dark(#b91c1c, #f87171);
    background: color-mix(in srgb, light-dark(#b91c1c, #f87171) 10%, var(--_bg));
  }
  .loading {
    border-color: var(--_accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .loading {
      animation: pulse 1.5s ease-in-out infinite alternate;
    }
    @keyframes pulse {
      to {
        border-color: transparent;
      }
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .panel,
    .tip,
    .notice {
      display: none !important;
    }
    .layout {
      display: block;
    }
    q,
    .filtering q {
      color: #000;
      background: none;
      text-decoration: underline 1px #000;
    }
  }
  @media (forced-colors: active) {
    q {
      text-decoration-color: LinkText;
    }
  }
`;
