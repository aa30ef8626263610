/**
 * The storage interface behind sessions, deduplication, locks, caches and
 * tokens: in memory by default, Redis (ioredis) when `REDIS_URL` is set.
 * Values are strings (JSON for structured data).
 */

/** A key-value store with expiry, set-if-absent and per-key locks. */
export interface KeyValueStore {
  /** The value at `key`, or null when absent or expired. */
  get(key: string): Promise<string | null>;
  /**
   * Stores `value` at `key` for `ttlSeconds` (fractions allowed: both stores
   * expire by the millisecond; zero or less is a RangeError).
   */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Stores only when `key` is absent; true when stored (used to deduplicate deliveries). */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /**
   * Adds one to the counter at `key` and returns the new count; a new counter
   * starts at 1 and expires after `ttlSeconds` (later increments keep that
   * expiry: a fixed window, used for rate limits).
   */
  increment(key: string, ttlSeconds: number): Promise<number>;
  /**
   * Extends the expiry of `key` without changing it; false when absent. With
   * `ifValue`, only while the key holds that value (atomically): a renewal
   * of a claim that must not shorten what replaced it.
   */
  touch(key: string, ttlSeconds: number, options?: { ifValue?: string }): Promise<boolean>;
  /** Removes `key`. */
  delete(key: string): Promise<void>;
  /**
   * The live keys that start with `prefix` (a Redis SCAN: linear in the size
   * of the keyspace, so only for rare work such as `/forget` and sweeping
   * pending deliveries). The prefix must be non-empty.
   */
  keysWithPrefix(prefix: string): Promise<string[]>;
  /**
   * Runs `fn` while holding the lock named `key`, so that work for one user
   * is serialised (across processes when the store is Redis). Waits up to
   * `waitMs` for the lock, which expires after `ttlMs` if its holder dies.
   * Throws {@link StoreBusyError} when the wait runs out.
   *
   * Locks live apart from data: locking `key` leaves the value at `key` alone.
   * A lock is held for at most `ttlMs` even while `fn` still runs (a hung
   * turn must not block its user for good), so choose `ttlMs` above the
   * longest turn. Defaults: `ttlMs` 15,000, `waitMs` 5,000 (LOCK_DEFAULTS).
   */
  withLock<T>(key: string, fn: () => Promise<T>, options?: { ttlMs?: number; waitMs?: number }): Promise<T>;
  /**
   * {@link KeyValueStore.withLock} on `key` with the value at `key` read as
   * the lock is taken and `fn`'s write made as it is released, in as few
   * round trips as the store allows (Redis: one script to lock and read, one
   * to write and unlock). The write is made only while the lock is still
   * held: a turn that outlived its lock throws {@link StoreBusyError} and
   * writes nothing, so it cannot overwrite the turn that took the lock over.
   *
   * With `count`, the counter at `count.key` (which on a Redis Cluster must
   * share `key`'s hash tag) is incremented first, in the same round trip, as
   * {@link KeyValueStore.increment} would; when the new count is above
   * `count.limit`, no lock is taken and `fn` is not run: the result is
   * `{ ran: false }` with the count and the value as it stands.
   *
   * With `claim`, the key `claim.key` (on a Redis Cluster in `key`'s hash
   * slot) is taken first, in the same round trip, as
   * {@link KeyValueStore.setIfAbsent} would; when it is already taken,
   * nothing is counted, locked or run: the result is `{ ran: false, taken }`
   * with the value it holds. (A platform's delivery, claimed with the turn it
   * runs instead of one round trip before it.) `claim.onTaken` is told as
   * soon as the claim is taken, before the lock is had. With `claim.done`,
   * the claim is set to `done.value` by the same script that writes and
   * unlocks (or that refuses over the limit): a call that resolves other than
   * `taken` has marked its claim done; one that throws has not.
   */
  withLockedValue<T>(key: string, fn: (value: string | null) => Promise<LockedResult<T>>, options?: LockedValueOptions): Promise<LockedOutcome<T>>;
  /** True when the store answers; never throws (for readiness checks). */
  ping(): Promise<boolean>;
  /** Releases connections. */
  close(): Promise<void>;
}

/** What `fn` of {@link KeyValueStore.withLockedValue} returns: its result and what becomes of the value. */
export interface LockedResult<T> {
  result: T;
  /** `set`: store this for `ttlSeconds`; `delete`: remove the value; absent: leave it as it is. */
  write?: { set: string; ttlSeconds: number } | { delete: true };
}

/** Options of {@link KeyValueStore.withLockedValue}: the lock's, and a counter to bump on the way. */
export interface LockedValueOptions {
  ttlMs?: number;
  waitMs?: number;
  /** A fixed-window counter counted once per call, before the lock; above `limit`, `fn` is not run. */
  count?: { key: string; ttlSeconds: number; limit: number };
  /** A key taken once per call, before the counter (`value` non-empty); when it is taken already, nothing else is done. */
  claim?: LockedClaim;
}

/** The claim of {@link LockedValueOptions}. */
export interface LockedClaim {
  key: string;
  /** Non-empty. */
  value: string;
  ttlSeconds: number;
  /** What the claim becomes as the call ends (with the write, or the refusal over the limit); absent: it keeps `value`. */
  done?: { value: string; ttlSeconds: number };
  /** Told once the claim is taken, before the call waits for the lock. */
  onTaken?: () => void;
}

/** What {@link KeyValueStore.withLockedValue} did. */
export type LockedOutcome<T> =
  | { ran: true; result: T }
  /** The counter went above its limit: nothing locked, nothing run. */
  | { ran: false; count: number; value: string | null }
  /** The claim was taken already (`taken`: what it holds): nothing counted, locked or run. */
  | { ran: false; taken: string | null };

/** Error codes of the store. */
export type StoreErrorCode = "STORE_UNAVAILABLE" | "STORE_BUSY";

/** The store cannot be reached (Redis down). Users get "temporarily unavailable". */
export class StoreUnavailableError extends Error {
  readonly code: StoreErrorCode = "STORE_UNAVAILABLE";
  constructor(message = "session store unavailable", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}

/** A lock could not be had in time (another turn of the same user is still running). */
export class StoreBusyError extends Error {
  readonly code: StoreErrorCode = "STORE_BUSY";
  constructor(message = "another request for the same key is in progress") {
    super(message);
    this.name = "StoreBusyError";
  }
}
