/**
 * Between the page's text selection and offsets into the article body. The body element holds the
 * body character for character (paragraphs carry their offset in `data-o`), so a boundary's offset
 * is the length of the text before it. Works inside a shadow root in Chromium and Firefox.
 */

export interface Offsets {
  start: number;
  end: number;
}

/** The body offset of a DOM boundary point inside `body`, or undefined when it is outside. */
export function offsetOf(body: HTMLElement, node: Node, offset: number): number | undefined {
  if (node !== body && !body.contains(node)) return undefined;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const p = el?.closest<HTMLElement>('[data-o]');
  const root = p && body.contains(p) ? p : body;
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return (root === body ? 0 : Number(root.dataset.o)) + range.toString().length;
}

/** The selected part of the body (in reading order), or undefined when nothing in it is selected. */
export function selectedOffsets(root: ShadowRoot, body: HTMLElement): Offsets | undefined {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0) return undefined;
  type Composed = (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
  const composed = (sel as unknown as { getComposedRanges?: Composed }).getComposedRanges;
  const range: AbstractRange | undefined = composed
    ? composed.call(sel, { shadowRoots: [root] })[0]
    : ((root as unknown as { getSelection?: () => Selection | null }).getSelection?.() ?? sel).getRangeAt(0);
  if (!range || range.collapsed) return undefined;
  const a = offsetOf(body, range.startContainer, range.startOffset);
  const b = offsetOf(body, range.endContainer, range.endOffset);
  if (a === undefined || b === undefined || a === b) return undefined;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** The text node and offset inside it at body offset `pos`. */
function pointAt(body: HTMLElement, pos: number): [Node, number] {
  const paragraphs = body.querySelectorAll<HTMLElement>('[data-o]');
  // The last paragraph starting at or before pos (paragraphs are in text order).
  let lo = 0;
  let hi = paragraphs.length - 1;
  let from: Node = body;
  let base = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = Number(paragraphs[mid].dataset.o);
    if (o <= pos) {
      from = paragraphs[mid];
      base = o;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  walker.currentNode = from;
  let last: Node | null = null;
  for (let n = from.nodeType === Node.TEXT_NODE ? from : walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent!.length;
    if (pos <= base + len) return [n, pos - base];
    base += len;
    last = n;
  }
  return last ? [last, last.textContent!.length] : [body, body.childNodes.length];
}

/** Selects body offsets `anchor` to `focus` (focus may come first: a selection made backwards). */
export function selectOffsets(body: HTMLElement, anchor: number, focus: number): void {
  const [an, ao] = pointAt(body, anchor);
  const [fn, fo] = pointAt(body, focus);
  document.getSelection()?.setBaseAndExtent(an, ao, fn, fo);
}

/** The next word boundary from `pos` in direction `dir` (a run of spaces, then a run of other characters). */
export function wordStep(text: string, pos: number, dir: 1 | -1): number {
  let i = pos;
  const at = (k: number) => text[dir > 0 ? k : k - 1];
  const inside = (k: number) => (dir > 0 ? k < text.length : k > 0);
  while (inside(i) && /\s/.test(at(i))) i += dir;
  while (inside(i) && !/\s/.test(at(i))) i += dir;
  return i;
}

/** The end of the paragraph at `from` (the next line break, or the end of the text). */
export function nextBreak(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** The start of the paragraph before `from`. */
export function previousBreak(text: string, from: number): number {
  const i = text.lastIndexOf('\n', from - 1);
  return i < 0 ? 0 : i + 1;
}
