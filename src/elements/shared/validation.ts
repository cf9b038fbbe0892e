/**
 * The validator (schema walk, re-anchoring, fuzzy matching) is loaded the first time data arrives,
 * in parallel with the request for it: pages that show only badges or hand-written quote cards
 * never download it, and in the CDN build it is a chunk of its own beside the main file.
 */
type Validation = typeof import('../../model/validate.js');

let validation: Promise<Validation> | undefined;

export function loadValidation(): Promise<Validation> {
  validation ??= import('../../model/validate.js').catch((error: unknown) => {
    validation = undefined; // let a later attempt try again
    throw error;
  });
  return validation;
}
