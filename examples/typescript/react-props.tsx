// What the React declarations accept and refuse (type-checked only, never run).
import { ArticleView, QuoteCard } from 'article-annotations/react';
import type { Article } from 'article-annotations';

export function Checks({ article }: { article: Article }) {
  return (
    <>
      <ArticleView article={article} headingLevel={3} onQuoteSelect={(e) => e.detail.quote.text.length} />
      {/* @ts-expect-error: the article prop is typed */}
      <ArticleView article="not an article" />
      {/* @ts-expect-error: event details are typed, not any */}
      <ArticleView onQuoteSelect={(e) => e.detail.nothingHere} />
      <QuoteCard quote={article.quotes[0]} onQuoteCopy={(e) => e.detail.text.length} />
      <article-view article={article} onquote-select={(e) => e.detail.speaker?.name}></article-view>
      {/* @ts-expect-error: the tag's properties are typed too */}
      <article-view article={42}></article-view>
      {/* @ts-expect-error: and its event details */}
      <article-view onquote-select={(e) => e.detail.nothingHere}></article-view>
    </>
  );
}
