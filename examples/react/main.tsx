// A React 19 app using the components of article-annotations/react (which registers the tags).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ArticleView, QuoteCard, SpeakerBadge } from 'article-annotations/react';
import { article } from './article.js';

function App() {
  const [said, setSaid] = useState('');
  const [speaker, setSpeaker] = useState<string | null>(null);
  return (
    <>
      <ArticleView
        article={article}
        speaker={speaker}
        onQuoteSelect={(e) => setSaid(`${e.detail.speaker?.name ?? 'Someone'}: ${e.detail.quote.text}`)}
        onSpeakerSelect={(e) => setSpeaker(e.detail.speaker?.id ?? null)}
      />
      <p id="said">{said}</p>
      <QuoteCard quote={article.quotes[0]} speaker={article.speakers[0]} source={article.source} />
      <SpeakerBadge name={article.speakers[1].name} count={1} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
