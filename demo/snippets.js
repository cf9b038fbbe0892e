// "The HTML to paste": each example's own markup, shown as text under it. A classic script at the
// end of the body runs before the deferred modules define the elements, so the markup is captured
// as written, before the elements add their own attributes.
for (const example of document.querySelectorAll('.example')) {
  const details = document.createElement('details');
  details.className = 'snippet';
  const summary = document.createElement('summary');
  summary.textContent = 'HTML to paste into a CMS';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = example.innerHTML.trim();
  pre.append(code);
  details.append(summary, pre);
  example.after(details);
}
