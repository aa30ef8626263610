import { expect, it } from "vitest";
import { StoreBusyError, StoreUnavailableError } from "../../../core/store/key-value-store.ts";
import { connectRedis } from "../../../core/store/redis-client.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { commandsSent, describeRedis, describeRedisServer, freePort, startRedisServer, useSharedRedis } from "../../helpers/redis.ts";
import { deferred, freshKey, sleep, storeContract } from "./store-contract.ts";

describeRedis("RedisStore", () => {
  const redis = useSharedRedis("redis-store");
  storeContract(async () => new RedisStore(await redis.connect(), { keyPrefix: redis.prefix }));

  it("puts every key under its prefix", async () => {
    const raw = await redis.connect();
    const store = new RedisStore(raw, { keyPrefix: redis.prefix, ownsClient: false });
    const key = freshKey("prefixed");
    await store.set(key, "v", 60);
    expect(await raw.get(redis.prefix + key)).toBe("v");
    expect(await raw.get(key)).toBeNull();
  });

  it("sends its scripts by SHA1, and sends them whole again once Redis has forgotten them (SCRIPT FLUSH, a restart)", async () => {
    const raw = await redis.connect();
    const store = new RedisStore(raw, { keyPrefix: redis.prefix, ownsClient: false });
    const key = freshKey("scripts");
    expect(await store.increment(key, 60)).toBe(1);
    await raw.script("FLUSH");
    const sent = await commandsSent(raw, async () => {
      expect(await store.increment(key, 60)).toBe(2);
      expect(await store.increment(key, 60)).toBe(3);
    });
    expect(sent).toEqual(["evalsha", "eval", "evalsha"]);
  });

  it("answers a readiness check from a recent reply, and sends a PING only when the last reply is older", async () => {
    const raw = await redis.connect();
    const store = new RedisStore(raw, { keyPrefix: redis.prefix, ownsClient: false, recentReplyMs: 600 });
    // Just connected: the connection's ready check was the reply.
    expect(await commandsSent(raw, async () => expect(await store.ping()).toBe(true))).toEqual([]);
    await sleep(700);
    expect(await commandsSent(raw, async () => expect(await store.ping()).toBe(true))).toEqual(["ping"]);
    // A turn's command counts as much as a PING.
    await sleep(700);
    await store.get(freshKey("recent"));
    expect(await commandsSent(raw, async () => expect(await store.ping()).toBe(true))).toEqual([]);
    // With 0, every check pings.
    const strict = new RedisStore(raw, { keyPrefix: redis.prefix, ownsClient: false, recentReplyMs: 0 });
    expect(await commandsSent(raw, async () => expect(await strict.ping()).toBe(true))).toEqual(["ping"]);
  });

  it("does not count a recent reply once the connection is gone", async () => {
    const raw = await redis.connect();
    const store = new RedisStore(raw, { keyPrefix: redis.prefix, ownsClient: false, recentReplyMs: 60_000 });
    await store.get(freshKey("gone"));
    const closed = new Promise((resolve) => raw.once("close", resolve));
    raw.disconnect();
    await closed;
    expect(await store.ping()).toBe(false);
  });

  it("refuses a prefix with braces, which would steal the key's hash tag", async () => {
    const raw = await redis.connect();
    expect(() => new RedisStore(raw, { keyPrefix: "pa:{x}:" })).toThrow(RangeError);
  });

  it("serialises the turns of one user across two processes", async () => {
    // Two clients, two stores: as two instances behind one Redis.
    const a = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const b = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const key = freshKey("two-processes");
    await a.set(key, "0", 60);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).withLock(
          key,
          async () => {
            const store = i % 2 ? b : a; // read and write through the other one too
            const n = Number(await store.get(key));
            await sleep(2);
            await store.set(key, String(n + 1), 60);
          },
          { waitMs: 10_000 },
        ),
      ),
    );
    expect(await a.get(key)).toBe("20");
  });

  it("lets another process in after the lock holder's process died", async () => {
    const dying = await redis.connect();
    const survivor = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const key = freshKey("died");
    const held = deferred();
    const hang = deferred();
    void new RedisStore(dying, { keyPrefix: redis.prefix })
      .withLock(key, () => (held.resolve(), hang.promise), { ttlMs: 400 })
      .catch(() => undefined);
    await held.promise;
    dying.disconnect(); // the process is gone: nobody will release the lock
    await expect(survivor.withLock(key, async () => "early", { waitMs: 50 })).rejects.toBeInstanceOf(StoreBusyError);
    expect(await survivor.withLock(key, async () => "after expiry", { waitMs: 5_000 })).toBe("after expiry");
  });

  it("does not release a lock that has passed to someone else", async () => {
    const store = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const other = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const third = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const key = freshKey("late-release");
    // The first holder overruns its 200 ms lock; the second takes over.
    const slow = store.withLock(key, () => sleep(400), { ttlMs: 200 });
    await sleep(20);
    const secondHolds = deferred();
    const second = other.withLock(key, () => sleep(200).then(() => secondHolds.promise), { ttlMs: 5_000, waitMs: 2_000 });
    await slow; // the first finishes and "releases" at 400 ms
    await expect(third.withLock(key, async () => "intruder", { waitMs: 0 })).rejects.toBeInstanceOf(StoreBusyError);
    secondHolds.resolve();
    await second;
  });
  it("writes nothing from a withLockedValue whose lock ran out, so the turn that took the lock over keeps its save", async () => {
    const a = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const b = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const key = freshKey("lost-lock");
    await a.set(key, "before", 60);
    const taken = deferred();
    const slow = a.withLockedValue(
      key,
      async () => {
        taken.resolve();
        await sleep(300); // well past ttlMs: the lock expires while this turn still runs
        return { result: "slow", write: { set: "slow turn", ttlSeconds: 60 } };
      },
      { ttlMs: 50 },
    );
    await taken.promise;
    const fast = await b.withLockedValue(key, async (value) => ({ result: value, write: { set: "fast turn", ttlSeconds: 60 } }), { waitMs: 2_000 });
    expect(fast).toEqual({ ran: true, result: "before" });
    await expect(slow).rejects.toBeInstanceOf(StoreBusyError);
    expect(await a.get(key)).toBe("fast turn");
  });

  it("excludes a second process's withLockedValue while the first holds the lock", async () => {
    const a = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const b = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix });
    const key = freshKey("locked-two");
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).withLockedValue(key, async (value) => {
          await sleep(2);
          return { result: null, write: { set: String(Number(value ?? "0") + 1), ttlSeconds: 60 } };
        }, { waitMs: 10_000 }),
      ),
    );
    expect(await a.get(key)).toBe("20");
  });

});

describeRedis("RedisStore with Redis unreachable", () => {
  it("fails fast with StoreUnavailableError instead of hanging", async () => {
    const client = await connectRedis(`redis://127.0.0.1:${await freePort()}`, { readyWaitMs: 100 });
    const store = new RedisStore(client);
    const started = Date.now();
    await expect(store.get("x")).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.set("x", "1", 60)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.withLock("x", async () => 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.ping()).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    await store.close();
  });

  it("fails fast even on a client that would queue commands while offline", async () => {
    const { Redis } = await import("ioredis");
    const client = new Redis(await freePort(), "127.0.0.1", { maxRetriesPerRequest: null });
    client.on("error", () => undefined);
    const store = new RedisStore(client, { commandTimeoutMs: 500 });
    const started = Date.now();
    await expect(store.get("x")).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(5_000);
    await store.close();
  });
});

describeRedisServer("RedisStore when Redis comes back", () => {
  it("serves again by itself once Redis is back, with no restart", async () => {
    const port = await freePort();
    const store = new RedisStore(await connectRedis(`redis://127.0.0.1:${port}`, { readyWaitMs: 100 }));
    await expect(store.get("x")).rejects.toBeInstanceOf(StoreUnavailableError);
    const server = await startRedisServer({ port });
    try {
      let answered = false;
      for (const deadline = Date.now() + 10_000; !answered && Date.now() < deadline; ) {
        answered = await store.ping();
        if (!answered) await sleep(100);
      }
      expect(answered).toBe(true);
      await store.set("x", "back", 60);
      expect(await store.get("x")).toBe("back");
    } finally {
      await store.close();
      await server.stop();
    }
  });
});
