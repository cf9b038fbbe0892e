/** Resolves with `check()`'s value once it is truthy; polls with timers (a background page gets no frames). */
export async function until<T>(check: () => T | undefined | null | false, what: string, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
