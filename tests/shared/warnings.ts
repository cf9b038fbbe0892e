/**
 * The console warnings of each test of the calling `describe` (the elements log the technical
 * reason of an error there, for developers), collected instead of printed.
 */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });
  return warnings;
}
