import { css } from 'lit';

/** The editor's own layout: toolbar, text beside the form, review list and speakers. */
export const styles = css`
  :host {
    --_pending: var(--article-editor-unreviewed, light-dark(#b45309, #fbbf24));
  }
  .toolbar {
    position: sticky;
    top: 0;
    z-index: 5;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    padding: 0.5rem 0;
    background: var(--_bg);
  }
  .btn:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_fg));
  }
  .danger {
    color: light-dark(#b91c1c, #f87171);
  }
  .notices p {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid;
  }
  .columns {
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  @container (min-width: 48rem) {
    .columns {
      display: grid;
      /* A fixed side: what happens in it never lays out the text again. */
      grid-template-columns: minmax(0, 1fr) 20rem;
      gap: 1.5rem;
    }
    .side {
      position: sticky;
      top: 3rem;
      align-self: start;
      max-height: calc(100vh - 4rem);
      overflow: auto;
    }
  }
  .body:focus-visible {
    outline: var(--_focus);
  }
  /* Paragraphs out of view are not laid out or painted (they stay in the DOM: selection, search
     and scrolling to a quote work as usual), so a long article stays quick to edit. Short articles
     are drawn whole: no estimated heights, nothing moves after the first frame. */
  .body[data-long] p {
    content-visibility: auto;
    contain-intrinsic-size: auto 6lh;
  }
  q[data-current] {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  q[data-review] {
    text-decoration-style: wavy;
    text-decoration-color: var(--_pending);
    background: color-mix(in srgb, var(--_pending) 12%, transparent);
  }
  q[data-conf]::after {
    content: attr(data-conf);
    content: attr(data-conf) / '';
    font-size: 0.7em;
    vertical-align: super;
    color: var(--_pending);
    margin-inline-start: 0.1em;
  }
  q.plain {
    background: none;
    text-decoration: none;
    cursor: auto;
    quotes: auto;
  }
  q.plain::before {
    content: open-quote;
  }
  q.plain::after {
    content: close-quote;
  }
  .form,
  .review,
  .speakers,
  .orphans,
  .text-edit,
  .new-text,
  .embed {
    display: block;
    margin: 0 0 1rem;
    padding: 0.75rem;
    border: 1px solid color-mix(in srgb, var(--_fg) 20%, transparent);
    border-radius: var(--_radius);
  }
  .form {
    border-color: var(--_accent);
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  .span-label {
    flex: 1 1 100%;
  }
  .field,
  .row,
  .actions,
  .spans {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin: 0.5rem 0;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid color-mix(in srgb, var(--_fg) 45%, transparent);
    border-radius: 0.3em;
    padding: 0.2em 0.4em;
    max-width: 100%;
  }
  textarea {
    width: 100%;
  }
  /* In the flow, not over the form: Save stays in reach while the list is open. */
  [role='listbox'] {
    flex-basis: 100%;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    max-height: 14rem;
    overflow: auto;
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: 0.3em;
  }
  [role='option'] {
    padding: 0.2rem 0.5rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 20%, transparent);
    outline: 1px solid var(--_accent);
  }
  .badge {
    color: var(--_pending);
    font-size: 0.85em;
  }
  .list {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    max-height: 20rem;
    overflow: auto;
  }
  .item {
    display: block;
    width: 100%;
    text-align: start;
    padding: 0.3rem 0.4rem;
    border: 0;
    border-inline-start: 3px solid transparent;
    background: none;
  }
  .item[data-review] {
    border-inline-start-color: var(--_pending);
  }
  .item[aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }
  .who {
    display: block;
    font-size: 0.85em;
  }
  .speaker {
    margin: 0 0 0.5rem;
    border: 1px solid color-mix(in srgb, var(--_c) 60%, transparent);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.5rem;
  }
  .speaker label {
    display: flex;
    flex-direction: column;
    font-size: 0.85em;
  }
  .check {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .headline {
    margin: 0 0 0.75em;
    font-size: 1.4em;
    font-weight: 700;
  }
`;
