/**
 * The validator (schema walk, re-anchoring, fuzzy matching) and the rest of what runs once data
 * arrives (data.ts) are loaded the first time data arrives, in parallel with the request for it:
 * pages that show only badges or hand-written quote cards never download them, and in the CDN
 * build they are a chunk of their own beside the main file.
 */
export type Validation = typeof import('./data.js');

let validation: Promise<Validation> | undefined;

/** The module once loaded: code that runs only after `loadValidation()` resolved may use it directly. */
export let loaded: Validation | undefined;

/** Makes the module available at once: server rendering (ssr.ts) validates synchronously. */
export function provideValidation(v: Validation): void {
  loaded = v;
  validation = Promise.resolve(v);
}

export function loadValidation(): Promise<Validation> {
  validation ??= import('./data.js').then(
    (v) => (loaded = v),
    (error: unknown) => {
      validation = undefined; // let a later attempt try again
      throw error;
    },
  );
  return validation;
}
