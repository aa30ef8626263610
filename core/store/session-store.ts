/**
 * Where each user's dialogue state lives between messages: plain JSON in a
 * {@link KeyValueStore}, kept 30 days from last use, with one turn per user
 * at a time.
 */
import type { KeyValueStore, LockedClaim } from "./key-value-store.ts";
import { forgetUser, rateKeyOf, sessionKeyOf } from "./user-keys.ts";

/** Options of {@link SessionStore}. */
export interface SessionStoreOptions {
  /** How long an idle session is kept; every load and save restarts the clock. Default 30 days. */
  ttlSeconds?: number;
  /** Longest a turn may hold the user's lock if it never finishes. Default 15,000 ms. */
  lockTtlMs?: number;
  /** How long a turn waits for the user's previous turn before giving up as busy. Default 5,000 ms. */
  lockWaitMs?: number;
  /** Told when a stored session could not be parsed (it is then treated as absent), for logging. */
  onCorrupt?: (userKey: string, error: Error) => void;
}

/** What {@link SessionStore.read} found. */
export type SessionRead =
  | { status: "found"; state: unknown }
  | { status: "absent" }
  /** Stored but unreadable; the engine should start afresh and say so. */
  | { status: "corrupt"; error: Error };

/** What a turn run by {@link SessionStore.runTurn} gives back: its result and the state to save. */
export interface TurnDone<T> {
  result: T;
  /** The state to save; absent: leave the stored session as it is (e.g. it was just forgotten). */
  state?: unknown;
}

/** What {@link SessionStore.runTurn} did. */
export type TurnOutcome<T> =
  | { status: "ran"; result: T }
  /** Over the per-minute limit: no turn ran; `read` is the session as stored (for its language). */
  | { status: "limited"; read: SessionRead }
  /** The claim was taken already (a platform's retry): no turn ran; `taken` is what the claim holds. */
  | { status: "taken"; taken: string | null };

/** Default session lifetime: 30 days. */
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

/**
 * The user key for a channel's user id, e.g. `userKeyOf("telegram", "42")`
 * gives `"telegram:42"`. Every adapter should build keys this way so one user
 * on one channel always maps to one session.
 */
export function userKeyOf(channel: string, userId: string): string {
  return `${channel}:${userId}`;
}

/**
 * The store key of a user's session, `session:{telegram:42}`. The braces are
 * a Redis Cluster hash tag, so everything stored for one user shares a slot;
 * braces inside the user key are escaped so they cannot break the tag.
 */
export function sessionKey(userKey: string): string {
  return sessionKeyOf(userKey);
}

/**
 * Dialogue sessions over a {@link KeyValueStore}.
 *
 * @example
 * const sessions = new SessionStore(store);
 * await sessions.runExclusive("telegram:42", async () => {
 *   const state = await sessions.load("telegram:42");
 *   const next = turn(state, input, ctx);
 *   await sessions.save("telegram:42", next.state);
 * });
 */
export class SessionStore {
  readonly #store: KeyValueStore;
  readonly #ttlSeconds: number;
  readonly #lockTtlMs: number | undefined;
  readonly #lockWaitMs: number | undefined;
  readonly #onCorrupt: ((userKey: string, error: Error) => void) | undefined;

  constructor(store: KeyValueStore, options: SessionStoreOptions = {}) {
    this.#store = store;
    this.#ttlSeconds = options.ttlSeconds ?? SESSION_TTL_SECONDS;
    this.#lockTtlMs = options.lockTtlMs;
    this.#lockWaitMs = options.lockWaitMs;
    this.#onCorrupt = options.onCorrupt;
  }

  /** The store the sessions live in. */
  get store(): KeyValueStore {
    return this.#store;
  }

  /**
   * The user's session and whether it was readable. Refreshes its expiry
   * unless `touch` is false.
   * Throws StoreUnavailableError when the store is down.
   */
  async read(userKey: string, options: { touch?: boolean } = {}): Promise<SessionRead> {
    const key = sessionKey(userKey);
    const raw = await this.#store.get(key);
    if (raw === null) return { status: "absent" };
    // A caller that saves right after (a turn) skips the refresh: the save sets the expiry anyway.
    if (options.touch !== false) await this.#store.touch(key, this.#ttlSeconds);
    return this.#parse(userKey, raw);
  }

  /**
   * The user's saved state, or undefined when there is none or it is
   * unreadable (use {@link SessionStore.read} to tell the two apart).
   * Refreshes its expiry.
   */
  async load(userKey: string): Promise<unknown> {
    const found = await this.read(userKey);
    return found.status === "found" ? found.state : undefined;
  }

  /** Stores the user's state as JSON, for another `ttlSeconds`. */
  async save(userKey: string, state: unknown): Promise<void> {
    await this.#store.set(sessionKey(userKey), toJson(state), this.#ttlSeconds);
  }

  /**
   * Deletes everything stored about the user (the `/forget` command): the
   * session and every other family in `user-keys.ts` (rate-limit counters,
   * WeChat's delivery log and outbox).
   */
  async forget(userKey: string): Promise<void> {
    await forgetUser(this.#store, userKey);
  }

  /**
   * One turn of the user: with no other turn of theirs running (in this or,
   * with Redis, any process), `fn` gets the stored session and returns the
   * state to save. On Redis that is two round trips: one script counts the
   * message (with `rateLimit`), takes the lock and reads the session; one
   * saves and unlocks, and saves nothing if the lock ran out meanwhile
   * (StoreBusyError: the user's next turn may already have saved).
   * `rateLimit.now` picks the minute the message counts in. With `claim`, the
   * delivery's key (in the user's hash slot, see `user-keys.ts`) is taken in
   * the first of those scripts, and nothing runs when it was taken already;
   * its `done` mark is written by the save (see `withLockedValue`).
   * Throws StoreBusyError / StoreUnavailableError as {@link runExclusive}.
   */
  async runTurn<T>(
    userKey: string,
    fn: (read: SessionRead) => Promise<TurnDone<T>>,
    options: { rateLimit?: { perMinute: number; now: Date }; claim?: LockedClaim } = {},
  ): Promise<TurnOutcome<T>> {
    const lock: { ttlMs?: number; waitMs?: number } = {};
    if (this.#lockTtlMs !== undefined) lock.ttlMs = this.#lockTtlMs;
    if (this.#lockWaitMs !== undefined) lock.waitMs = this.#lockWaitMs;
    const limit = options.rateLimit;
    const count = limit
      ? { key: rateKeyOf(userKey, Math.floor(limit.now.getTime() / 60_000)), ttlSeconds: 61, limit: limit.perMinute }
      : undefined;
    const outcome = await this.#store.withLockedValue(
      sessionKey(userKey),
      async (raw) => {
        const done = await fn(this.#parse(userKey, raw));
        if (!("state" in done) || done.state === undefined) return { result: done.result };
        return { result: done.result, write: { set: toJson(done.state), ttlSeconds: this.#ttlSeconds } };
      },
      { ...lock, ...(count ? { count } : {}), ...(options.claim ? { claim: options.claim } : {}) },
    );
    if (outcome.ran) return { status: "ran", result: outcome.result };
    return "taken" in outcome ? { status: "taken", taken: outcome.taken } : { status: "limited", read: this.#parse(userKey, outcome.value) };
  }

  #parse(userKey: string, raw: string | null): SessionRead {
    if (raw === null) return { status: "absent" };
    try {
      return { status: "found", state: JSON.parse(raw) as unknown };
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      this.#onCorrupt?.(userKey, error);
      return { status: "corrupt", error };
    }
  }

  /**
   * Runs `fn` with no other turn of the same user running, in this process or
   * (with Redis) any other. Throws StoreBusyError when the previous turn does
   * not finish in time, StoreUnavailableError when the store is down.
   */
  runExclusive<T>(userKey: string, fn: () => Promise<T>, options: { ttlMs?: number; waitMs?: number } = {}): Promise<T> {
    const lock: { ttlMs?: number; waitMs?: number } = {};
    const ttlMs = options.ttlMs ?? this.#lockTtlMs;
    const waitMs = options.waitMs ?? this.#lockWaitMs;
    if (ttlMs !== undefined) lock.ttlMs = ttlMs;
    if (waitMs !== undefined) lock.waitMs = waitMs;
    return this.#store.withLock(sessionKey(userKey), fn, lock);
  }
}

function toJson(state: unknown): string {
  const json = JSON.stringify(state);
  if (json === undefined) throw new TypeError("session state must be JSON-serialisable");
  return json;
}
