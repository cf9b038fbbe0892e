// `typescript` imported by a Stryker package (core reads the tsconfig with it, the checker compiles
// with it) resolves to TypeScript 5.9 beside this file.
const STRYKER = '/node_modules/@stryker-mutator/';

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'typescript' && context.parentURL?.includes(STRYKER)) {
    return nextResolve(specifier, { ...context, parentURL: import.meta.url });
  }
  return nextResolve(specifier, context);
}
