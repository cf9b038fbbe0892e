// The tags written directly in JSX, registered only after React's first render (as when the CDN
// script or a lazily loaded chunk registers them): the elements still get `article` as data.
import type {} from 'article-annotations/react'; // JSX declarations of the tags, nothing at run time
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { article } from './article.js';

function App() {
  const [said, setSaid] = useState('');
  useEffect(() => {
    void import('article-annotations/define/all.js');
  }, []);
  return (
    <>
      <article-view article={article} heading-level={1} onquote-select={(e) => setSaid(e.detail.quote.text)}></article-view>
      <p id="said">{said}</p>
      <quote-card quote={article.quotes[1]} speaker={article.speakers[1]}></quote-card>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
