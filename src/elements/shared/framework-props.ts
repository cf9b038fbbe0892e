/**
 * React 19 sets a property on a custom element only when the element already has it (`name in
 * element`). Before the tag is registered it has none, so an object given in JSX, such as
 * `<article-view article={data}>`, is written as the attribute "[object Object]" and the object is
 * not on the element. React keeps the element's current props on it (`__reactProps$<id>`), so an
 * element upgraded without such a property set takes the value from there.
 */
export function recoverObjectProps(el: HTMLElement, names: readonly string[]): void {
  const own = el as unknown as Record<string, unknown>;
  const props = own[Object.keys(el).find((k) => k.startsWith('__reactProps$'))!] as Record<string, unknown> | undefined;
  for (const name of names) if (own[name] == null && typeof props?.[name] == 'object') own[name] = props[name];
}
