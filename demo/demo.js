// Demo page behaviour: the editor, with the published view of its article below it.

const SAMPLE = `Council votes to rebuild the bridge
The mayor, Ana Ruiz, said on Monday that the bridge would reopen in spring.
"We will not cut corners," Ruiz told reporters. "Safety comes first."
Critics were unconvinced. "It is two years late," said Ben Okafor, a council member.`;

const editor = document.getElementById('editor');
const preview = document.getElementById('preview');

// Every article opened and every change is shown at once as readers will see it.
const show = (e) => {
  preview.article = e.detail.article;
};
editor.addEventListener('article-load', show);
editor.addEventListener('article-change', show);
editor.text = SAMPLE;
