import { describe, expect, it } from "vitest";
import { createStore, type StoreLogger } from "../../../core/store/create-store.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { describeRedis, freePort, REDIS_URL, useSharedRedis } from "../../helpers/redis.ts";

function recordingLogger(): StoreLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (_, message) => lines.push(`info: ${message}`),
    warn: (_, message) => lines.push(`warn: ${message}`),
  };
}

describe("createStore", () => {
  it("keeps sessions in memory when no Redis is configured", async () => {
    const logger = recordingLogger();
    const store = await createStore({}, logger);
    expect(store).toBeInstanceOf(MemoryStore);
    expect(logger.lines.join("\n")).toContain("in memory");
    await store.close();
  });

  it("treats blank settings as unset", async () => {
    const store = await createStore({ REDIS_URL: " ", REDIS_CLUSTER_NODES: "" });
    expect(store).toBeInstanceOf(MemoryStore);
    await store.close();
  });

  it("stops the start on a malformed REDIS_CLUSTER_NODES", async () => {
    await expect(createStore({ REDIS_CLUSTER_NODES: "redis-a" })).rejects.toThrow(RangeError);
  });

  it("starts even when Redis is down, says so, and reports not ready", async () => {
    const logger = recordingLogger();
    const started = Date.now();
    const store = await createStore({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` }, logger);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(store).toBeInstanceOf(RedisStore);
    expect(await store.ping()).toBe(false);
    expect(logger.lines.some((l) => l.startsWith("warn:"))).toBe(true);
    await store.close();
  });
});

describeRedis("createStore with REDIS_URL", () => {
  const redis = useSharedRedis("create-store");

  it("uses Redis under REDIS_KEY_PREFIX", async () => {
    const store = await createStore({ REDIS_URL, REDIS_KEY_PREFIX: redis.prefix });
    expect(store).toBeInstanceOf(RedisStore);
    await store.set("probe", "here", 60);
    const raw = await redis.connect();
    expect(await raw.get(`${redis.prefix}probe`)).toBe("here");
    await store.close();
  });

  it("uses the pa: prefix by default", async () => {
    const store = await createStore({ REDIS_URL });
    expect((store as RedisStore).keyPrefix).toBe("pa:");
    await store.close();
  });
});
