// Module resolution for the pure tests in Node: they import `expect` from @open-wc/testing, whose
// element helpers need a DOM; in Node the same chai build stands in for it.
const CHAI = new URL('./chai.js', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@open-wc/testing') return { url: CHAI, shortCircuit: true };
  return nextResolve(specifier, context);
}
