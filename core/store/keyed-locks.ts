/**
 * In-process per-key locks: a promise chain per key, so waiters are served in
 * arrival order with no polling.
 */
import { StoreBusyError } from "./key-value-store.ts";
import { checkLockTimings } from "./ttl.ts";

/**
 * Serialises work per key within one process. A waiter gives up after
 * `waitMs` with {@link StoreBusyError}; a holder that never finishes loses
 * the lock after `ttlMs`, as a Redis lock would expire.
 */
export class KeyedLocks {
  /** Per key, a promise that settles when the last queued turn is over. */
  readonly #tails = new Map<string, Promise<void>>();

  /** How many keys have a holder or waiters (for tests and leak checks). */
  get activeKeys(): number {
    return this.#tails.size;
  }

  /** True while a turn for `key` runs or waits. */
  busy(key: string): boolean {
    return this.#tails.has(key);
  }

  /** Runs `fn` once every earlier turn for `key` is over (released or expired). */
  async run<T>(key: string, fn: () => Promise<T>, options: { ttlMs: number; waitMs: number }): Promise<T> {
    const { ttlMs, waitMs } = options;
    checkLockTimings(ttlMs, waitMs);
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let endTurn!: () => void;
    const turnOver = new Promise<void>((resolve) => (endTurn = resolve));
    // The next waiter starts after the previous turn and then ours; a waiter
    // that gives up ends its turn at once, so the chain passes straight through it.
    const tail = previous.then(() => turnOver);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });

    if (!(await settlesWithin(previous, waitMs))) {
      endTurn();
      throw new StoreBusyError(`lock "${key}" still held after ${waitMs} ms`);
    }
    const expiry = setTimeout(endTurn, ttlMs);
    expiry.unref();
    try {
      return await fn();
    } finally {
      clearTimeout(expiry);
      endTurn();
    }
  }
}

/** True when `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
