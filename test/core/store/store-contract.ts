/**
 * The behaviour every KeyValueStore must show, run against memory, Redis and
 * Redis Cluster by their own test files.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { StoreBusyError, type KeyValueStore } from "../../../core/store/key-value-store.ts";

/** Sleeps `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A promise with its resolver, to hold a lock open until the test lets go. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A key no other test uses, with a hash tag as the session store makes them. */
export const freshKey = (label: string): string => `${label}:{u-${randomBytes(4).toString("hex")}}`;

/**
 * Registers the contract tests in the current describe block; `open` makes
 * the store (once per block) and `close` is called after.
 */
export function storeContract(open: () => Promise<KeyValueStore>): void {
  let store: KeyValueStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  it("answers ping", async () => {
    expect(await store.ping()).toBe(true);
  });

  it("reads a missing key as null", async () => {
    expect(await store.get(freshKey("missing"))).toBeNull();
  });

  it("reads a stored value back until its TTL runs out, then as absent", async () => {
    const key = freshKey("ttl");
    await store.set(key, "你好", 0.3);
    expect(await store.get(key)).toBe("你好");
    await sleep(500);
    expect(await store.get(key)).toBeNull();
  });

  it("replaces a value on set and restarts its TTL", async () => {
    const key = freshKey("replace");
    await store.set(key, "one", 0.3);
    await sleep(200);
    await store.set(key, "two", 0.6);
    await sleep(250);
    expect(await store.get(key)).toBe("two");
  });

  it("counts with increment in a fixed window that later increments do not extend", async () => {
    const key = freshKey("count");
    expect(await store.increment(key, 0.4)).toBe(1);
    await sleep(200);
    expect(await Promise.all([store.increment(key, 0.4), store.increment(key, 0.4)])).toEqual(expect.arrayContaining([2, 3]));
    await sleep(300);
    expect(await store.increment(key, 0.4)).toBe(1);
  });

  it("stores only the first of two deliveries with setIfAbsent", async () => {
    const key = freshKey("dedupe");
    expect(await store.setIfAbsent(key, "first", 60)).toBe(true);
    expect(await store.setIfAbsent(key, "second", 60)).toBe(false);
    expect(await store.get(key)).toBe("first");
  });

  it("lets exactly one of ten simultaneous setIfAbsent calls win", async () => {
    const key = freshKey("race");
    const wins = await Promise.all(Array.from({ length: 10 }, (_, i) => store.setIfAbsent(key, String(i), 60)));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it("accepts a setIfAbsent again once the earlier one expired", async () => {
    const key = freshKey("dedupe-expiry");
    expect(await store.setIfAbsent(key, "first", 0.2)).toBe(true);
    await sleep(350);
    expect(await store.setIfAbsent(key, "again", 60)).toBe(true);
    expect(await store.get(key)).toBe("again");
  });

  it("extends a key's life with touch without changing it", async () => {
    const key = freshKey("touch");
    await store.set(key, "kept", 0.3);
    await sleep(150);
    expect(await store.touch(key, 1)).toBe(true);
    await sleep(350);
    expect(await store.get(key)).toBe("kept");
  });

  it("reports false when touching a missing key", async () => {
    expect(await store.touch(freshKey("touch-missing"), 60)).toBe(false);
  });

  it("touches a key with ifValue only while it holds that value, so a renewal cannot shorten what replaced it", async () => {
    const key = freshKey("touch-if");
    await store.set(key, "processing", 0.3);
    expect(await store.touch(key, 60, { ifValue: "processing" })).toBe(true);
    await sleep(350);
    expect(await store.get(key)).toBe("processing");
    await store.set(key, "done", 60);
    expect(await store.touch(key, 0.05, { ifValue: "processing" })).toBe(false);
    await sleep(100);
    expect(await store.get(key)).toBe("done");
    expect(await store.touch(freshKey("touch-if-missing"), 60, { ifValue: "processing" })).toBe(false);
  });

  it("deletes a key, and deleting a missing key is harmless", async () => {
    const key = freshKey("delete");
    await store.set(key, "gone soon", 60);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it("lists the live keys under a prefix, wildcard characters taken literally, and no others", async () => {
    const tag = freshKey("scan*?[x]");
    await store.set(`${tag}:a`, "1", 60);
    await store.set(`${tag}:b`, "2", 60);
    await store.set(`${tag}:gone`, "3", 0.05);
    await store.set(`${tag.replace("*?[x]", "-x")}:other`, "4", 60);
    await sleep(120);
    expect((await store.keysWithPrefix(`${tag}:`)).sort()).toEqual([`${tag}:a`, `${tag}:b`]);
    await expect(store.keysWithPrefix("")).rejects.toThrow(RangeError);
  });

  it("rejects a TTL of zero rather than storing forever", async () => {
    await expect(store.set(freshKey("zero"), "x", 0)).rejects.toThrow(RangeError);
  });

  it("returns what the locked work returns and frees the lock afterwards", async () => {
    const key = freshKey("lock-value");
    expect(await store.withLock(key, async () => 42)).toBe(42);
    expect(await store.withLock(key, async () => "again", { waitMs: 0 })).toBe("again");
  });

  it("frees the lock when the locked work throws, and passes the error on", async () => {
    const key = freshKey("lock-throw");
    await expect(store.withLock(key, async () => Promise.reject(new Error("turn failed")))).rejects.toThrow("turn failed");
    expect(await store.withLock(key, async () => "free", { waitMs: 0 })).toBe("free");
  });

  it("ends 20 concurrent read-modify-write increments through withLock at exactly 20", async () => {
    const key = freshKey("counter");
    const lock = `${key}:lock`;
    await store.set(key, "0", 60);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.withLock(
          lock,
          async () => {
            const n = Number(await store.get(key));
            await sleep(2); // widen the window a lost update would need
            await store.set(key, String(n + 1), 60);
          },
          { waitMs: 10_000 },
        ),
      ),
    );
    expect(await store.get(key)).toBe("20");
  });

  it("gives StoreBusyError to a turn that waits longer than waitMs", async () => {
    const key = freshKey("busy");
    const hold = deferred();
    const holder = store.withLock(key, () => hold.promise);
    await sleep(20);
    const started = Date.now();
    await expect(store.withLock(key, async () => "never", { waitMs: 150 })).rejects.toBeInstanceOf(StoreBusyError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    hold.resolve();
    await holder;
  });

  it("lets the next turn in once a holder that never finishes passes ttlMs", async () => {
    const key = freshKey("dead-holder");
    const never = deferred();
    void store.withLock(key, () => never.promise, { ttlMs: 300 });
    await sleep(20);
    const started = Date.now();
    expect(await store.withLock(key, async () => "mine", { waitMs: 5_000 })).toBe("mine");
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    never.resolve();
  });

  it("does not make turns on different keys wait for each other", async () => {
    const hold = deferred();
    const holder = store.withLock(freshKey("lock-a"), () => hold.promise);
    expect(await store.withLock(freshKey("lock-b"), async () => "b", { waitMs: 0 })).toBe("b");
    hold.resolve();
    await holder;
  });

  it("keeps a data key and the lock of the same name apart", async () => {
    const key = freshKey("same-name");
    await store.set(key, "data", 60);
    await store.withLock(key, async () => {
      expect(await store.get(key)).toBe("data");
    });
    expect(await store.get(key)).toBe("data");
  });

  it("reads and writes a value under its lock so that 20 concurrent withLockedValue increments end at exactly 20", async () => {
    const key = freshKey("locked-value");
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.withLockedValue(key, async (value) => {
          const n = Number(value ?? "0");
          await sleep(1);
          return { result: n, write: { set: String(n + 1), ttlSeconds: 60 } };
        }),
      ),
    );
    expect(await store.get(key)).toBe("20");
  });

  it("keeps the value when withLockedValue's work asks for no write, deletes it when asked, and passes an error on", async () => {
    const key = freshKey("locked-keep");
    await store.set(key, "kept", 60);
    expect(await store.withLockedValue(key, async (value) => ({ result: value }))).toEqual({ ran: true, result: "kept" });
    expect(await store.get(key)).toBe("kept");
    await expect(store.withLockedValue(key, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await store.withLockedValue(key, async () => ({ result: null, write: { delete: true } }));
    expect(await store.get(key)).toBeNull();
  });

  it("counts every withLockedValue call and runs nothing once the count is above the limit", async () => {
    const key = freshKey("locked-count");
    const counter = `${key}:count`;
    await store.set(key, "state", 60);
    const ran: number[] = [];
    const outcomes = [];
    for (let i = 1; i <= 4; i++) {
      outcomes.push(
        await store.withLockedValue(
          key,
          async () => {
            ran.push(i);
            return { result: i };
          },
          { count: { key: counter, ttlSeconds: 60, limit: 2 } },
        ),
      );
    }
    expect(ran).toEqual([1, 2]);
    expect(outcomes.slice(2)).toEqual([
      { ran: false, count: 3, value: "state" },
      { ran: false, count: 4, value: "state" },
    ]);
    expect(await store.get(counter)).toBe("4");
  });

  it("takes a claim with withLockedValue once: a second call with the same claim runs, counts and locks nothing, and says what the claim holds", async () => {
    const key = freshKey("locked-claim");
    const claim = { key: `${key}:delivery:7`, value: "pending", ttlSeconds: 60 };
    const count = { key: `${key}:count`, ttlSeconds: 60, limit: 10 };
    const first = await store.withLockedValue(key, async (value) => ({ result: `ran on ${value}`, write: { set: "after", ttlSeconds: 60 } }), { claim, count });
    expect(first).toEqual({ ran: true, result: "ran on null" });
    await store.set(claim.key, "answered", 60);
    let ranAgain = false;
    const again = await store.withLockedValue(key, async () => ((ranAgain = true), { result: "again" }), { claim, count });
    expect(again).toEqual({ ran: false, taken: "answered" });
    expect(ranAgain).toBe(false);
    expect(await store.get(count.key)).toBe("1");
    expect(await store.get(key)).toBe("after");
  });

  it("marks a claim done with the write that ends the call, and tells when the claim was taken, before the call runs", async () => {
    const key = freshKey("locked-claim-done");
    const order: string[] = [];
    const claim = { key: `${key}:update:1`, value: "processing", ttlSeconds: 60, done: { value: "done", ttlSeconds: 600 }, onTaken: () => void order.push("taken") };
    const first = await store.withLockedValue(key, async () => {
      order.push(`run while the claim holds ${await store.get(claim.key)}`);
      return { result: "ran" };
    }, { claim });
    expect(first).toEqual({ ran: true, result: "ran" });
    expect(order).toEqual(["taken", "run while the claim holds processing"]);
    expect(await store.get(claim.key)).toBe("done");
    const again = await store.withLockedValue(key, async () => ({ result: "again" }), { claim });
    expect(again).toEqual({ ran: false, taken: "done" });
    expect(order).toHaveLength(2);
  });

  it("marks a claim done when the counter refuses the call, and leaves it taken when the call throws", async () => {
    const key = freshKey("locked-claim-limit");
    const count = { key: `${key}:count`, ttlSeconds: 60, limit: 0 };
    const limited = { key: `${key}:update:1`, value: "processing", ttlSeconds: 60, done: { value: "done", ttlSeconds: 600 } };
    expect(await store.withLockedValue(key, async () => ({ result: "never" }), { claim: limited, count })).toEqual({ ran: false, count: 1, value: null });
    expect(await store.get(limited.key)).toBe("done");
    const failing = { ...limited, key: `${key}:update:2` };
    await expect(store.withLockedValue(key, async () => Promise.reject(new Error("turn failed")), { claim: failing })).rejects.toThrow("turn failed");
    expect(await store.get(failing.key)).toBe("processing");
  });

  it("marks a claim taken apart (another turn of the key running here) done with its own write", async () => {
    const key = freshKey("locked-claim-apart");
    const gate = deferred();
    let started = false;
    const running = store.withLockedValue(key, async () => {
      started = true;
      await gate.promise;
      return { result: "first" };
    });
    while (!started) await sleep(2);
    let taken = 0;
    const claim = { key: `${key}:update:2`, value: "processing", ttlSeconds: 60, done: { value: "done", ttlSeconds: 600 }, onTaken: () => void taken++ };
    const second = store.withLockedValue(key, async () => ({ result: "second", write: { set: "after", ttlSeconds: 60 } }), { claim });
    while (taken === 0) await sleep(2);
    expect(await store.get(claim.key)).toBe("processing");
    gate.resolve();
    expect(await running).toEqual({ ran: true, result: "first" });
    expect(await second).toEqual({ ran: true, result: "second" });
    expect(taken).toBe(1);
    expect(await store.get(claim.key)).toBe("done");
    expect(await store.get(key)).toBe("after");
  });

  it("tells a claim apart while another turn of the same key runs, without waiting for it", async () => {
    const key = freshKey("locked-claim-busy");
    const gate = deferred();
    let started = false;
    const running = store.withLockedValue(key, async () => {
      started = true;
      await gate.promise;
      return { result: "first" };
    }, { claim: { key: `${key}:delivery:1`, value: "pending", ttlSeconds: 60 } });
    while (!started) await sleep(2);
    const retry = await store.withLockedValue(key, async () => ({ result: "retry" }), { claim: { key: `${key}:delivery:1`, value: "pending", ttlSeconds: 60 } });
    expect(retry).toEqual({ ran: false, taken: "pending" });
    gate.resolve();
    expect(await running).toEqual({ ran: true, result: "first" });
  });

  it("makes a second withLockedValue on the same key wait for the first to finish", async () => {
    const key = freshKey("locked-order");
    const gate = deferred();
    const order: string[] = [];
    const first = store.withLockedValue(key, async () => {
      order.push("first starts");
      await gate.promise;
      order.push("first ends");
      return { result: 1, write: { set: "first", ttlSeconds: 60 } };
    });
    while (order.length === 0) await sleep(2);
    const second = store.withLockedValue(key, async (value) => {
      order.push(`second reads ${value}`);
      return { result: 2 };
    });
    await sleep(50);
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(["first starts", "first ends", "second reads first"]);
  });
}
