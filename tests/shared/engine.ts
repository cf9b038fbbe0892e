/** The engine the page runs in, from the user agent (WebKit's is a frozen Safari string without "Chrome"). */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/** Skips the running test, saying in the test output why it cannot run in this engine. */
export function skipBecause(test: Mocha.Context, reason: string): never {
  console.log(`skipped in ${engine}: "${test.test?.fullTitle()}": ${reason}`);
  test.skip();
}
