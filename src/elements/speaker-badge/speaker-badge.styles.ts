import { css } from 'lit';
import { ring } from '../shared/styles.js';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    font: var(--speaker-badge-font, inherit);
    color: var(--speaker-badge-text-color);
    --_radius: var(--speaker-badge-radius, 999px);
    --_size: var(--speaker-badge-avatar-size, 2.25em);
    max-width: 100%;
  }
  :host([compact]) {
    --_size: var(--speaker-badge-avatar-size, 2em);
  }
  .base {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    max-width: 100%;
    padding: 0.2em 0.6em 0.2em 0.2em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--speaker-badge-background, transparent);
    text-align: start;
    line-height: 1.25;
  }
  button.base {
    border-color: color-mix(in srgb, var(--_c) 55%, transparent);
  }
  button.base:hover {
    background: var(--_tint);
  }
  .base[aria-pressed=true] {
    background: var(--_tint);
    border-color: var(--_c);
    box-shadow: inset 0 0 0 1px var(--_c);
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: var(--_size);
    height: var(--_size);
    border-radius: 50%;
    overflow: hidden;
    background: var(--_c);
    color: light-dark(#fff, #111);
    font-size: calc(var(--_size) * 0.42);
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .name {
    font-weight: 600;
  }
  .role {
    font-size: 0.85em;
    opacity: 0.85;
  }
  :host([compact]) .role {
    display: none;
  }
  .count {
    margin-inline-start: auto;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_tint);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* the ring of an enclosing article-view or quote-card, unless set for badges */
  :focus-visible {
    outline: var(--speaker-badge-focus-ring, var(--_focus, ${ring}));
  }
  @media (forced-colors: active) {
    .base[aria-pressed=true] {
      outline: 2px solid Highlight;
    }
  }
`;
