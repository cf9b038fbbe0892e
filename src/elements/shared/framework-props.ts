/**
 * React 19 sets a property on a custom element only when the element already has it (`name in
 * element`). Before the tag is registered it has none, so an object given in JSX, such as
 * `<article-view article={data}>`, is written as the attribute "[object Object]" and the object is
 * not on the element. React keeps the element's current props on it (`__reactProps$<id>`), so an
 * element upgraded with such an attribute takes the value from there instead.
 */
const LOST = '[object Object]';

export function recoverObjectProps(el: HTMLElement, names: readonly string[]): void {
  for (const name of names) {
    if (el.getAttribute(name) !== LOST) continue;
    const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
    const value = key ? (el as unknown as Record<string, Record<string, unknown> | undefined>)[key]?.[name] : undefined;
    el.removeAttribute(name);
    if (value && typeof value == 'object') (el as unknown as Record<string, unknown>)[name] = value;
  }
}
