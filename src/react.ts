/**
 * React: components for the three elements made with `@lit/react` (typed props, events as
 * `onQuoteSelect`-style props), and the three tags declared for JSX, so that
 * `<article-view article={data} onquote-select={…}>` type-checks too. Importing this module
 * registers the tags (as the define modules do), before any component renders.
 */
import * as React from 'react';
import { createComponent, type EventName, type WebComponentProps } from '@lit/react';
import { ArticleView as ArticleViewElement } from './define/article-view.js';
import { QuoteCard as QuoteCardElement } from './define/quote-card.js';
import { SpeakerBadge as SpeakerBadgeElement } from './define/speaker-badge.js';
import type { ArticleErrorDetail, ArticleLoadDetail, QuoteSelectDetail, SpeakerSelectDetail } from './elements/article-view/article-view.js';
import type { QuoteCopyDetail } from './elements/quote-card/quote-card.js';

const articleViewEvents = {
  onQuoteSelect: 'quote-select' as EventName<CustomEvent<QuoteSelectDetail>>,
  onSpeakerSelect: 'speaker-select' as EventName<CustomEvent<SpeakerSelectDetail>>,
  onArticleLoad: 'article-load' as EventName<CustomEvent<ArticleLoadDetail>>,
  onArticleError: 'article-error' as EventName<CustomEvent<ArticleErrorDetail>>,
};
const quoteCardEvents = { onQuoteCopy: 'quote-copy' as EventName<CustomEvent<QuoteCopyDetail>> };

/** `<article-view>`: `article`, `src`, `speaker`, … as props; `onQuoteSelect`, `onSpeakerSelect`, `onArticleLoad`, `onArticleError`. */
export const ArticleView = createComponent({ react: React, tagName: 'article-view', elementClass: ArticleViewElement, events: articleViewEvents });

/** `<quote-card>`: `quote` + `speaker`, `article` + `quoteId`, or `src` + `quoteId`, … as props; `onQuoteCopy`. */
export const QuoteCard = createComponent({ react: React, tagName: 'quote-card', elementClass: QuoteCardElement, events: quoteCardEvents });

/** `<speaker-badge>`: `name`, `speakerRole`, `image`, `count`, … as props. */
export const SpeakerBadge = createComponent({ react: React, tagName: 'speaker-badge', elementClass: SpeakerBadgeElement });

/** Event props of a tag in JSX: React 19 listens to `on<event-name>` on custom elements. */
type TagEvents<Map> = { [K in keyof Map as `on${K & string}`]?: (event: Map[K]) => void };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'article-view': WebComponentProps<ArticleViewElement> &
        TagEvents<{
          'quote-select': CustomEvent<QuoteSelectDetail>;
          'speaker-select': CustomEvent<SpeakerSelectDetail>;
          'article-load': CustomEvent<ArticleLoadDetail>;
          'article-error': CustomEvent<ArticleErrorDetail>;
        }>;
      'quote-card': WebComponentProps<QuoteCardElement> & TagEvents<{ 'quote-copy': CustomEvent<QuoteCopyDetail> }>;
      'speaker-badge': WebComponentProps<SpeakerBadgeElement>;
    }
  }
}
