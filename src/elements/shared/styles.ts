/**
 * Styles every element shares. Lit adopts each `css` result once per document, so sharing them
 * costs nothing per element.
 *
 * Colours default to the system colours `Canvas` / `CanvasText` under `color-scheme: light dark`,
 * so the elements follow `prefers-color-scheme`; a page forces one scheme with
 * `article-view { color-scheme: light }`.
 */
import { css } from 'lit';

/** The default focus ring. */
export const ring = css`2px solid light-dark(#1a56db, #8ab4f8)`;

export const hostStyles = css`
  :host {
    color-scheme: light dark;
    box-sizing: border-box;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* a badge inside an element follows that element's scheme, pinned or not */
  speaker-badge {
    color-scheme: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus, ${ring});
    outline-offset: 2px;
  }
  /* an element with a speaker colour: --_c is set on it (see speakerStyle), grey when the speaker is unknown */
  .spk {
    --_c: light-dark(#6b6b6b, #a3a3a3);
    --_tint: color-mix(in oklab, var(--_c) 16%, var(--_bg, Canvas));
  }
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
    cursor: pointer;
  }
`;

/** A plain, readable button that page CSS cannot restyle by accident. */
export const buttonStyles = css`
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.3em 0.8em;
    border: 1px solid currentColor;
    border-radius: var(--_radius, 0.4em);
    background: transparent;
    font-size: 0.875em;
    line-height: 1.4;
  }
  .btn:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
`;
