/**
 * The in-memory store: the default when no Redis is configured (terminal
 * chat, a single small instance, tests). Nothing survives a restart and
 * nothing is shared between processes.
 */
import {
  StoreUnavailableError,
  type KeyValueStore,
  type LockedOutcome,
  type LockedResult,
  type LockedValueOptions,
} from "./key-value-store.ts";
import { KeyedLocks } from "./keyed-locks.ts";
import { checkClaim, LOCK_DEFAULTS, ttlToMs } from "./ttl.ts";

/** Options of {@link MemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Most keys held at once (locks not counted). Past it the least recently
   * used key is dropped, so a flood of one-message users cannot exhaust
   * memory. Default 100,000.
   */
  maxEntries?: number;
  /** How often expired keys are swept, in milliseconds. Default 60,000. */
  sweepIntervalMs?: number;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * A {@link KeyValueStore} in a `Map`.
 *
 * Expiry is lazy (an expired key reads as absent) plus a periodic sweep on an
 * unref'd timer, so idle sessions do not pile up and the timer never keeps the
 * process alive.
 *
 * @example
 * const store = new MemoryStore({ maxEntries: 10_000 });
 * await store.set("greeting", "hi", 60);
 */
export class MemoryStore implements KeyValueStore {
  readonly #entries = new Map<string, Entry>();
  readonly #locks = new KeyedLocks();
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #sweeper: ReturnType<typeof setInterval>;
  #closed = false;

  constructor(options: MemoryStoreOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 100_000;
    if (!Number.isInteger(this.#maxEntries) || this.#maxEntries < 1) {
      throw new RangeError(`maxEntries must be a positive integer, got ${this.#maxEntries}`);
    }
    this.#now = options.now ?? Date.now;
    this.#sweeper = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 60_000);
    this.#sweeper.unref();
  }

  /** How many keys are held, expired ones not yet swept included. */
  get size(): number {
    return this.#entries.size;
  }

  async get(key: string): Promise<string | null> {
    this.#assertOpen();
    const entry = this.#live(key);
    if (!entry) return null;
    // Re-insert so Map order stays least-recently-used first, for eviction.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.#assertOpen();
    this.#put(key, value, ttlToMs(ttlSeconds));
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    this.#assertOpen();
    const ttlMs = ttlToMs(ttlSeconds);
    if (this.#live(key)) return false;
    this.#put(key, value, ttlMs);
    return true;
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    this.#assertOpen();
    const entry = this.#live(key);
    const count = (entry ? Number(entry.value) || 0 : 0) + 1;
    if (entry) entry.value = String(count);
    else this.#put(key, String(count), ttlToMs(ttlSeconds));
    return count;
  }

  async touch(key: string, ttlSeconds: number, options: { ifValue?: string } = {}): Promise<boolean> {
    this.#assertOpen();
    const ttlMs = ttlToMs(ttlSeconds);
    const entry = this.#live(key);
    if (!entry || (options.ifValue !== undefined && entry.value !== options.ifValue)) return false;
    this.#put(key, entry.value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.#assertOpen();
    this.#entries.delete(key);
  }

  async keysWithPrefix(prefix: string): Promise<string[]> {
    this.#assertOpen();
    if (prefix === "") throw new RangeError("keysWithPrefix needs a non-empty prefix");
    return [...this.#entries.keys()].filter((key) => key.startsWith(prefix) && this.#live(key) !== undefined);
  }

  async withLock<T>(key: string, fn: () => Promise<T>, options: { ttlMs?: number; waitMs?: number } = {}): Promise<T> {
    this.#assertOpen();
    return this.#locks.run(key, fn, {
      ttlMs: options.ttlMs ?? LOCK_DEFAULTS.ttlMs,
      waitMs: options.waitMs ?? LOCK_DEFAULTS.waitMs,
    });
  }

  async withLockedValue<T>(
    key: string,
    fn: (value: string | null) => Promise<LockedResult<T>>,
    options: LockedValueOptions = {},
  ): Promise<LockedOutcome<T>> {
    this.#assertOpen();
    const { count, claim } = options;
    if (claim) {
      checkClaim(claim.value);
      if (!(await this.setIfAbsent(claim.key, claim.value, claim.ttlSeconds))) return { ran: false, taken: (await this.get(claim.key)) ?? null };
      claim.onTaken?.();
    }
    const markDone = async (): Promise<void> => {
      if (claim?.done) await this.set(claim.key, claim.done.value, claim.done.ttlSeconds);
    };
    if (count) {
      const n = await this.increment(count.key, count.ttlSeconds);
      if (n > count.limit) {
        await markDone();
        return { ran: false, count: n, value: await this.get(key) };
      }
    }
    const lock: { ttlMs?: number; waitMs?: number } = {};
    if (options.ttlMs !== undefined) lock.ttlMs = options.ttlMs;
    if (options.waitMs !== undefined) lock.waitMs = options.waitMs;
    return this.withLock(
      key,
      async () => {
        const { result, write } = await fn(await this.get(key));
        if (write && "set" in write) await this.set(key, write.set, write.ttlSeconds);
        else if (write) await this.delete(key);
        await markDone();
        return { ran: true as const, result };
      },
      lock,
    );
  }

  async ping(): Promise<boolean> {
    return !this.#closed;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#sweeper);
    this.#entries.clear();
  }

  /** Drops every expired key now; the timer calls this, tests may too. Returns how many went. */
  sweep(): number {
    const now = this.#now();
    let dropped = 0;
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) {
        this.#entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #put(key: string, value: string, ttlMs: number): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) {
      // Not a sweep: that would cost O(n) per write while full. The least
      // recently used key goes; expired keys tend to be among the oldest anyway.
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs });
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreUnavailableError("memory store is closed");
  }
}
