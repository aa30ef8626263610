/**
 * Expiry and lock defaults shared by the stores, so memory and Redis agree on
 * what a TTL means.
 */

/** Lock timings used when `withLock` is given none. */
export const LOCK_DEFAULTS = {
  /**
   * How long a lock lives if its holder never releases it (crashed, or hung).
   * Longer than any turn we expect, LLM budget included; short enough that a
   * user stuck behind a dead process waits seconds, not minutes.
   */
  ttlMs: 15_000,
  /** How long a second turn of the same user waits before giving up as busy. */
  waitMs: 5_000,
} as const;

/**
 * A TTL in seconds as whole milliseconds (at least 1). Fractions are allowed
 * because both stores expire by the millisecond; zero, negative and
 * non-finite values are a caller's bug, so they throw rather than store
 * something that never expires.
 */
export function ttlToMs(ttlSeconds: number): number {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new RangeError(`ttlSeconds must be a positive number, got ${ttlSeconds}`);
  }
  return Math.max(1, Math.round(ttlSeconds * 1000));
}

/** Checks lock timings the same way in every store. */
export function checkLockTimings(ttlMs: number, waitMs: number): void {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be positive, got ${ttlMs}`);
  if (!Number.isFinite(waitMs) || waitMs < 0) throw new RangeError(`waitMs must be zero or more, got ${waitMs}`);
}

/** Checks a claim's value the same way in every store: it must be non-empty (Redis' script takes "" for "no claim"). */
export function checkClaim(value: string): void {
  if (value === "") throw new RangeError("a claim's value must not be empty");
}
