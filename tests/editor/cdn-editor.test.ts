import { expect } from '@open-wc/testing';
import { until } from '../shared/wait.js';

/**
 * The editor's CDN file the way a newsroom page uses it: a plain page, the reader's file and the
 * editor's file side by side (each with its own Lit), an editor with inline JSON and a view.
 */
const PAGE = `<!doctype html><html lang="en"><head>
<script type="module" src="/cdn/article-annotations.js"></script>
<script type="module" src="/cdn/article-editor.js"></script>
<script type="module" src="/cdn/article-editor.js?copy=2"></script>
</head><body>
<article-editor><script type="application/json">{"version":1,"id":"cdn","headline":"H","language":"en","body":"She said “yes” twice.","speakers":[{"id":"s","name":"Sam"}],"quotes":[{"id":"q1","start":10,"end":13,"text":"yes","kind":"mixed","speaker":"s","confidence":0.6}]}</script></article-editor>
<article-view id="view"></article-view>
</body></html>`;

describe('the editor CDN build in a plain page', () => {
  it('registers <article-editor> once beside the reader file, opens inline JSON, and its embed code shows in <article-view>', async () => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '1000px', height: '800px' });
    document.body.append(frame);
    const errors: string[] = [];
    const win = frame.contentWindow as Window & typeof globalThis;
    win.addEventListener('error', (e) => errors.push(e.message));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    frame.contentDocument!.open();
    frame.contentDocument!.write(PAGE);
    frame.contentDocument!.close();
    try {
      const editor = await until(() => win.customElements.get('article-editor') && frame.contentDocument!.querySelector('article-editor'), 'the editor', 15000);
      const ed = editor as HTMLElement & { article: { quotes: Array<{ confidence?: number }> } | null };
      await until(() => ed.article, 'the inline article', 15000);
      const root = editor.shadowRoot!;
      await until(() => root.querySelector('q[data-review="pending"]'), 'the unreviewed quote', 15000);
      (root.querySelector('q') as HTMLElement).click();
      await until(() => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Accept'), 'Accept');
      [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Accept')!.click();
      await until(() => ed.article!.quotes[0].confidence === undefined, 'the accepted quote');
      const view = frame.contentDocument!.getElementById('view') as HTMLElement & { article: unknown; validArticle: unknown };
      view.article = ed.article;
      await until(() => view.validArticle, 'the view', 15000);
      expect(JSON.stringify(view.validArticle)).to.equal(JSON.stringify(ed.article));
      expect(errors).to.deep.equal([]);
    } finally {
      win.localStorage.clear();
      frame.remove();
    }
  });
});
