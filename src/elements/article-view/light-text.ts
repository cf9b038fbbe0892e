/**
 * The article written inside the tag as plain HTML or text, for `<article-view extract>`: the
 * first heading becomes the headline, every other block a paragraph (white space inside a
 * paragraph collapsed, as the browser shows it), one paragraph per line of the body.
 */
const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,blockquote,li,pre';
const HEADING = /^h[1-6]$/;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function readLightArticle(host: HTMLElement): { headline: string; body: string } | null {
  let headline = '';
  const paragraphs: string[] = [];
  const blocks = [...host.querySelectorAll<HTMLElement>(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  if (blocks.length) {
    for (const block of blocks) {
      const text = squash(block.textContent ?? '');
      if (!text) continue;
      if (!headline && !paragraphs.length && HEADING.test(block.localName)) headline = text;
      else paragraphs.push(text);
    }
  } else {
    // Plain text: its own lines are the paragraphs; a <br> (a CMS's line break) is a line break too.
    const text = [...host.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : (n as Element).localName === 'br' ? '\n' : '')).join('');
    for (const line of text.split(/\r\n|[\n\r\u2029]/)) if (line.trim()) paragraphs.push(line.trim());
  }
  return paragraphs.length ? { headline, body: paragraphs.join('\n') } : null;
}
