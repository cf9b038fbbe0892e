/**
 * What a reader sees of an element, read through its shadow root and the slots it shows. Works
 * across frames (no instanceof checks: an iframe has its own element classes).
 */

/** The visible text of `node`: shadow-root text, slotted nodes in place of their slots; no styles or scripts. */
export function shownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeName === 'SLOT') return (node as HTMLSlotElement).assignedNodes({ flatten: true }).map(shownText).join('');
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  const root = (node as Element).shadowRoot;
  return [...(root ?? node).childNodes].map(shownText).join('');
}

/**
 * The words a `<quote-card>` shows in its block quote (its own text, or the content slotted into
 * it), with runs of white space as one space; '' when the block quote is missing or takes no room.
 */
export function shownQuote(card: Element): string {
  const blockquote = card.shadowRoot?.querySelector('blockquote');
  if (!blockquote || blockquote.getBoundingClientRect().height === 0) return '';
  return shownText(blockquote).replace(/\s+/g, ' ').trim();
}
