// Demo page behaviour: the playground.

// Playground: the extractor runs in the page; article-view loads it on demand.
const form = document.getElementById('playground-form');
const output = document.getElementById('playground-output');
const download = document.getElementById('playground-download');
let current;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = document.getElementById('playground-text').value;
  const view = document.createElement('article-view');
  view.setAttribute('extract', '');
  view.textContent = text;
  view.addEventListener('article-load', (e) => {
    current = e.detail.article;
    download.disabled = false;
  });
  output.replaceChildren(view);
});

download.addEventListener('click', () => {
  if (!current) return;
  const blob = new Blob([`${JSON.stringify(current, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${current.id || 'article'}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
});
