import { css } from 'lit';
import { ring } from '../shared/styles.js';

/**
 * What `<article-view>` needs before it has data: its theme, the loading and error lines (and the
 * box of the notice beside them; its colours come with the article's styles). The look of a shown article is in article.styles.ts, loaded with the data.
 */
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
  .notice,
  .error,
  .loading {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid;
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
    .notice {
      display: none !important;
    }
  }
`;
