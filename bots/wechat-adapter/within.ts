/** Waiting for work with a time limit, without cancelling the work. */

/** The outcome of {@link within}: the value when it came in time. */
export type Within<T> = { done: true; value: T } | { done: false };

/**
 * Waits for `work` at most `ms` milliseconds. The work is not cancelled when
 * time runs out: the caller decides what becomes of its late result. A
 * rejection of `work` within the time rejects.
 */
export async function within<T>(work: Promise<T>, ms: number): Promise<Within<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Within<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), Math.max(0, ms));
  });
  try {
    return await Promise.race([work.then((value): Within<T> => ({ done: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
