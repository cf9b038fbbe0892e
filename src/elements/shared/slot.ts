/**
 * CMSs put `<br>` around what an author types inside a tag on several lines (WordPress's wpautop turns
 * each line break into one), which would show as an empty line above and below it. On `slotchange`,
 * hides the `<br>` elements at either edge of the slot's content, looking past white space; a `<br>`
 * between words is the author's and stays.
 */
export function hideEdgeBreaks(event: Event): void {
  const nodes = (event.target as HTMLSlotElement).assignedNodes();
  for (const edge of [nodes, nodes.slice().reverse()]) {
    for (const node of edge) {
      if ((node as Element).localName === 'br') (node as HTMLElement).hidden = true;
      else if (node.nodeType !== Node.TEXT_NODE || node.textContent!.trim()) break;
    }
  }
}
