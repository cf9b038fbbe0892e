import { css } from 'lit';
import { ring } from '../shared/styles.js';

export const styles = css`
  :host {
    display: block;
    --_fg: var(--quote-card-text-color, light-dark(#1b1b1f, #ececf1));
    --_bg: var(--quote-card-background, light-dark(#fff, #16161a));
    --_radius: var(--quote-card-radius, 0.5rem);
    --_focus: var(--quote-card-focus-ring, ${ring});
    font: var(--quote-card-font, inherit);
    color: var(--_fg);
  }
  .base {
    margin: 0;
    padding: 1rem 1.25rem;
    border: 1px solid color-mix(in srgb, var(--_fg) 18%, transparent);
    border-inline-start: 4px solid var(--quote-card-accent, var(--_c));
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  /* the UA sheet gives a blockquote only margins; page CSS does not reach inside */
  blockquote {
    margin: 0;
    font-size: var(--quote-card-quote-size, 1.2em);
    line-height: 1.45;
  }
  ::slotted(p) {
    margin: 0 0 0.5em;
  }
  .words {
    margin: 0;
    white-space: pre-line;
  }
  /* the quotation-mark glyph, drawn for the eye only */
  .mark {
    display: block;
    height: 0.55em;
    margin: -0.15em 0 0 -0.05em;
    color: var(--quote-card-accent, var(--_c));
    font: 700 3.5em/1 Georgia, serif;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-top: 0.75rem;
    font-size: 0.9em;
  }
  .meta a {
    color: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
  .error {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid light-dark(#b91c1c, #f87171);
    background: color-mix(in srgb, light-dark(#b91c1c, #f87171) 10%, var(--_bg));
  }
  @media print {
    .actions {
      display: none;
    }
    .base {
      color: #000;
      background: #fff;
    }
  }
`;
