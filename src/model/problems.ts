/** A problem found in article data: where (a JSON path) and what, in plain words. */
export interface Problem {
  /** JSON path of the offending value, e.g. `quotes[3].speaker`; `$` for the document itself. */
  path: string;
  message: string;
  /** `error`: the value was dropped or the quote orphaned; `warning`: repaired, nothing lost. */
  severity: 'error' | 'warning';
}

/** `quotes[3].speaker: no speaker with id "bondarev"`. */
export function formatProblem(problem: Problem): string {
  return problem.path === '$' ? problem.message : `${problem.path}: ${problem.message}`;
}
