/**
 * Registers a tag unless something is already registered under that name (a CMS page that loads the
 * script twice, or a page that registered its own class first): never throws for that.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
