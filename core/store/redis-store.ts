/**
 * The Redis store, on ioredis 6, for a standalone server or a Cluster. Several
 * processes behind one Redis share sessions and serialise each user's turns.
 */
import { randomUUID } from "node:crypto";
import type { Cluster, Redis } from "ioredis";
import {
  StoreBusyError,
  StoreUnavailableError,
  type KeyValueStore,
  type LockedOutcome,
  type LockedResult,
  type LockedValueOptions,
} from "./key-value-store.ts";
import { KeyedLocks } from "./keyed-locks.ts";
import { toStoreError } from "./redis-errors.ts";
import { INCREMENT_SCRIPT, LOCK_AND_GET, PUT_AND_UNLOCK, RELEASE_LOCK, runScript, TOUCH_IF } from "./redis-scripts.ts";
import { checkClaim, checkLockTimings, LOCK_DEFAULTS, ttlToMs } from "./ttl.ts";

/** A standalone ioredis client or a Cluster client. */
export type RedisClient = Redis | Cluster;

/** Options of {@link RedisStore}. */
export interface RedisStoreOptions {
  /**
   * Put before every key, so several deployments or test runs can share one
   * Redis. Must not contain `{` or `}`: the hash tag belongs to the key.
   * Default `"pa:"`.
   */
  keyPrefix?: string;
  /**
   * Longest wait for any one command before the store reports itself
   * unavailable, whatever the client's own settings (a client that queues
   * commands while offline would otherwise hang the turn). Default 2,000.
   */
  commandTimeoutMs?: number;
  /** Whether {@link RedisStore.close} also closes the client. Default true. */
  ownsClient?: boolean;
  /**
   * How recent a reply from Redis must be for {@link RedisStore.ping} to
   * count it instead of sending a PING of its own. Default 1,000; 0 always pings.
   */
  recentReplyMs?: number;
}

/**
 * A {@link KeyValueStore} on Redis.
 *
 * Keys are `keyPrefix + key`; lock keys are `keyPrefix + "lock:" + key`, so a
 * lock never collides with data. On a Cluster, callers group a user's keys
 * with a hash tag inside the key (`session:{telegram:42}`): the prefix has no
 * braces, so the tag decides the slot, and the lock of a key lands beside it.
 *
 * Commands fail fast with {@link StoreUnavailableError} when Redis is down;
 * build the client with {@link connectRedis} or {@link connectCluster} so it
 * also reconnects by itself in the background.
 *
 * @example
 * const store = new RedisStore(await connectRedis("redis://127.0.0.1:6379"), { keyPrefix: "pa:" });
 * await store.withLock("session:{telegram:42}", async () => { ... });
 */
export class RedisStore implements KeyValueStore {
  /** The prefix every key of this store carries. */
  readonly keyPrefix: string;
  readonly #client: RedisClient;
  readonly #commandTimeoutMs: number;
  readonly #ownsClient: boolean;
  readonly #recentReplyMs: number;
  /** When a command last had a reply from Redis (performance.now()). */
  #lastReplyAt = Number.NEGATIVE_INFINITY;
  // Turns of one process queue here first, so only one of them polls Redis.
  readonly #localLocks = new KeyedLocks();

  constructor(client: RedisClient, options: RedisStoreOptions = {}) {
    this.keyPrefix = options.keyPrefix ?? "pa:";
    if (/[{}]/.test(this.keyPrefix)) {
      throw new RangeError(`keyPrefix must not contain "{" or "}", got ${JSON.stringify(this.keyPrefix)}`);
    }
    this.#client = client;
    this.#commandTimeoutMs = options.commandTimeoutMs ?? 2_000;
    this.#ownsClient = options.ownsClient ?? true;
    this.#recentReplyMs = options.recentReplyMs ?? 1_000;
    // ioredis is "ready" only once Redis has answered the connection's ready check.
    if (client.status === "ready") this.#lastReplyAt = performance.now();
    // A standalone client that times its commands out itself as soon (as connectRedis's do, queued
    // ones included) needs no timer of ours on each command besides.
    const own = client.isCluster ? undefined : (client as Redis).options.commandTimeout;
    this.#clientTimesOut = typeof own === "number" && own > 0 && own <= this.#commandTimeoutMs;
  }

  readonly #clientTimesOut: boolean;

  async get(key: string): Promise<string | null> {
    return this.#run(() => this.#client.get(this.keyPrefix + key));
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    const ttlMs = ttlToMs(ttlSeconds);
    await this.#run(() => this.#client.set(this.keyPrefix + key, value, "PX", ttlMs));
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    const ttlMs = ttlToMs(ttlSeconds);
    const reply = await this.#run(() => this.#client.set(this.keyPrefix + key, value, "PX", ttlMs, "NX"));
    return reply === "OK";
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    const ttlMs = ttlToMs(ttlSeconds);
    const k = this.keyPrefix + key;
    // INCR then set the expiry only on the first count, atomically, so the window is fixed.
    const count = await this.#run(() => runScript(this.#client, INCREMENT_SCRIPT, 1, k, String(ttlMs)) as Promise<number>);
    return Number(count);
  }

  async touch(key: string, ttlSeconds: number, options: { ifValue?: string } = {}): Promise<boolean> {
    const ttlMs = ttlToMs(ttlSeconds);
    const k = this.keyPrefix + key;
    const ifValue = options.ifValue;
    if (ifValue !== undefined) return Number(await this.#run(() => runScript(this.#client, TOUCH_IF, 1, k, ifValue, String(ttlMs)))) === 1;
    return (await this.#run(() => this.#client.pexpire(k, ttlMs))) === 1;
  }

  async delete(key: string): Promise<void> {
    await this.#run(() => this.#client.del(this.keyPrefix + key));
  }

  async keysWithPrefix(prefix: string): Promise<string[]> {
    if (prefix === "") throw new RangeError("keysWithPrefix needs a non-empty prefix");
    const pattern = (this.keyPrefix + prefix).replace(/[*?[\]\\]/g, "\\$&") + "*";
    // A Cluster spreads keys over its masters: each is scanned in turn.
    const nodes: Redis[] = this.#client.isCluster ? (this.#client as Cluster).nodes("master") : [this.#client as Redis];
    const found = new Set<string>();
    for (const node of nodes) {
      let cursor = "0";
      do {
        const [next, keys] = await this.#run(() => node.scan(cursor, "MATCH", pattern, "COUNT", 500));
        cursor = next;
        for (const k of keys) found.add(k.slice(this.keyPrefix.length));
      } while (cursor !== "0");
    }
    return [...found];
  }

  async withLock<T>(key: string, fn: () => Promise<T>, options: { ttlMs?: number; waitMs?: number } = {}): Promise<T> {
    const ttlMs = options.ttlMs ?? LOCK_DEFAULTS.ttlMs;
    const waitMs = options.waitMs ?? LOCK_DEFAULTS.waitMs;
    checkLockTimings(ttlMs, waitMs);
    const deadline = Date.now() + waitMs;
    return this.#localLocks.run(key, () => this.#withRemoteLock(key, fn, ttlMs, deadline), { ttlMs, waitMs });
  }

  async withLockedValue<T>(
    key: string,
    fn: (value: string | null) => Promise<LockedResult<T>>,
    options: LockedValueOptions = {},
  ): Promise<LockedOutcome<T>> {
    const ttlMs = options.ttlMs ?? LOCK_DEFAULTS.ttlMs;
    const waitMs = options.waitMs ?? LOCK_DEFAULTS.waitMs;
    checkLockTimings(ttlMs, waitMs);
    const deadline = Date.now() + waitMs;
    const { count } = options;
    let claim = options.claim;
    if (claim) checkClaim(claim.value);
    if (claim && this.#localLocks.busy(key)) {
      // Another turn of this user runs here: the claim must not wait for it (a retry is told at
      // once that its delivery is taken), so it is taken now, on its own.
      if (!(await this.setIfAbsent(claim.key, claim.value, claim.ttlSeconds))) return { ran: false, taken: await this.get(claim.key) };
      claim.onTaken?.();
      claim = { ...claim, value: "" };
    }
    const first = {
      ...(count ? { count: { key: this.keyPrefix + count.key, ms: ttlToMs(count.ttlSeconds), limit: count.limit } } : {}),
      ...(claim
        ? {
            claim: {
              key: this.keyPrefix + claim.key,
              value: claim.value,
              ms: ttlToMs(claim.ttlSeconds),
              ...(claim.done ? { done: { value: claim.done.value, ms: ttlToMs(claim.done.ttlSeconds) } } : {}),
              ...(claim.onTaken ? { onTaken: claim.onTaken } : {}),
            },
          }
        : {}),
    };
    // Claimed and counted with the first lock attempt, so behind this process's own queue
    // for the key: an over-limit message waits for the user's running turn here.
    return this.#localLocks.run(key, () => this.#withLockedValue(key, fn, ttlMs, deadline, first), { ttlMs, waitMs });
  }

  /**
   * True when Redis answers. A reply within the last `recentReplyMs` (to a
   * turn's command, or the connection's ready check) on a connection still
   * open counts: a readiness probe adds no round trip to a busy store, and
   * its answer does not wait for a reply queued behind other work.
   */
  async ping(): Promise<boolean> {
    if (this.#client.status === "ready" && performance.now() - this.#lastReplyAt < this.#recentReplyMs) return true;
    try {
      return (await this.#run(() => this.#client.ping())) === "PONG";
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.#ownsClient || this.#client.status === "end") return;
    try {
      await withTimeout(this.#client.quit(), this.#commandTimeoutMs);
    } catch {
      // Redis is gone or slow: drop the socket rather than wait for it.
      this.#client.disconnect();
    }
  }

  async #withRemoteLock<T>(key: string, fn: () => Promise<T>, ttlMs: number, deadline: number): Promise<T> {
    const lockKey = `${this.keyPrefix}lock:${key}`;
    const token = randomUUID();
    for (let attempt = 0; ; attempt++) {
      const reply = await this.#run(() => this.#client.set(lockKey, token, "PX", ttlMs, "NX"));
      if (reply === "OK") break;
      const left = deadline - Date.now();
      if (left <= 0) throw new StoreBusyError(`lock "${key}" still held`);
      await sleep(Math.min(left, backoffMs(attempt)));
    }
    try {
      return await fn();
    } finally {
      // A failed release is harmless: the lock expires after ttlMs. It must not
      // hide fn's own result or error.
      await this.#run(() => runScript(this.#client, RELEASE_LOCK, 1, lockKey, token)).catch(() => undefined);
    }
  }

  async #withLockedValue<T>(
    key: string,
    fn: (value: string | null) => Promise<LockedResult<T>>,
    ttlMs: number,
    deadline: number,
    first: { count?: { key: string; ms: number; limit: number }; claim?: ScriptClaim },
  ): Promise<LockedOutcome<T>> {
    const lockKey = `${this.keyPrefix}lock:${key}`;
    const valueKey = this.keyPrefix + key;
    const token = randomUUID();
    // A claim taken apart (value "") is not taken again, but still marked done with the write.
    const done = first.claim?.done;
    const doneKeys = done ? [first.claim!.key] : [];
    let value: string | null;
    for (let attempt = 0; ; attempt++) {
      // The claim is taken and the counter counted once, with the first attempt.
      const count = attempt === 0 ? first.count : undefined;
      const claim = attempt === 0 && first.claim?.value ? first.claim : undefined;
      const keys = [lockKey, valueKey, ...(count ? [count.key] : []), ...(claim ? [claim.key] : [])];
      const args = [
        token,
        String(ttlMs),
        count ? String(count.ms) : "",
        count ? String(count.limit) : "",
        claim?.value ?? "",
        claim ? String(claim.ms) : "",
        claim && done ? done.value : "",
        claim && done ? String(done.ms) : "",
      ];
      const reply = (await this.#run(() => runScript(this.#client, LOCK_AND_GET, keys.length, ...keys, ...args))) as [number, number, string | null | undefined];
      if (reply[0] === 3) return { ran: false, taken: reply[2] ?? null };
      if (attempt === 0 && claim) claim.onTaken?.();
      if (reply[0] === 0) {
        // A claim taken apart is marked here; one taken by the script was marked by it.
        if (done && !claim) await this.#run(() => this.#client.set(first.claim!.key, done.value, "PX", done.ms));
        return { ran: false, count: Number(reply[1]), value: reply[2] ?? null };
      }
      if (reply[0] === 1) {
        value = reply[2] ?? null;
        break;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new StoreBusyError(`lock "${key}" still held`);
      await sleep(Math.min(left, backoffMs(attempt)));
    }
    let ran: LockedResult<T>;
    try {
      ran = await fn(value);
    } catch (err) {
      await this.#run(() => runScript(this.#client, RELEASE_LOCK, 1, lockKey, token)).catch(() => undefined);
      throw err;
    }
    const write = ran.write;
    const args = !write
      ? ["keep"]
      : "set" in write
        ? ["set", write.set, String(ttlToMs(write.ttlSeconds))]
        : ["del"];
    const keys = [lockKey, valueKey, ...doneKeys];
    const mark = done ? [done.value, String(done.ms)] : ["", ""];
    const kept = await this.#run(() => runScript(this.#client, PUT_AND_UNLOCK, keys.length, ...keys, token, ...mark, ...args));
    if (Number(kept) !== 1) throw new StoreBusyError(`lock "${key}" was lost before the write; nothing written`);
    return { ran: true, result: ran.result };
  }

  async #run<T>(command: () => Promise<T>): Promise<T> {
    if (this.#client.status === "end") throw new StoreUnavailableError("session store unavailable: client closed");
    try {
      const reply = await (this.#clientTimesOut ? command() : withTimeout(command(), this.#commandTimeoutMs));
      this.#lastReplyAt = performance.now();
      return reply;
    } catch (err) {
      throw toStoreError(err);
    }
  }
}

/** A claim as the lock script takes it: prefixed key, TTLs in ms; value "" when it was taken apart (then only marked done). */
interface ScriptClaim {
  key: string;
  value: string;
  ms: number;
  done?: { value: string; ms: number };
  onTaken?: () => void;
}

/** Jittered exponential backoff between lock attempts: 5 ms doubling to 100 ms, ±50%. */
function backoffMs(attempt: number): number {
  const base = Math.min(100, 5 * 2 ** attempt);
  return Math.round(base * (0.5 + Math.random()));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `promise`, or a rejection once `ms` have passed; the late settlement is swallowed. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(`session store unavailable: no reply within ${ms} ms`)), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
