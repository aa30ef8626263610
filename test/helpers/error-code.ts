/** The code of the coded error `fn` throws, for tests of coded error classes. */

/** Runs `fn`; returns the `code` of an error of class `type` it throws, undefined when it returns, and rethrows anything else. */
export function codeOf<E extends Error & { code: string }>(type: abstract new (...args: never[]) => E, fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof type) return error.code;
    throw error;
  }
  return undefined;
}
