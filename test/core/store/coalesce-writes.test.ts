import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";

/** Counts the system-level writes (`_write` and `_writev` calls) a socket makes from now on. */
function countWrites(socket: Socket): () => number {
  let writes = 0;
  const s = socket as unknown as { _write: (...a: unknown[]) => unknown; _writev: (...a: unknown[]) => unknown };
  const write = s._write.bind(socket);
  const writev = s._writev.bind(socket);
  s._write = (...a) => ((writes += 1), write(...a));
  s._writev = (...a) => ((writes += 1), writev(...a));
  return () => writes;
}

describeRedis("one write for the commands of one event-loop turn", () => {
  const redis = useSharedRedis("coalesce");

  it("sends twenty commands issued together in one write, and answers each in order", async () => {
    const client = await redis.connect();
    const writes = countWrites(client.stream as Socket);
    const keys = Array.from({ length: 20 }, (_, i) => `${redis.prefix}k${i}`);
    const replies = await Promise.all(keys.map((k, i) => client.set(k, String(i)).then(() => client.get(k))));
    expect(replies).toEqual(keys.map((_, i) => String(i)));
    // The twenty SETs leave together; the twenty GETs, sent as the SETs' replies arrive (in one read or a
    // few, on a busy machine), together again: a handful of writes, where one a command made forty.
    expect(writes()).toBeLessThanOrEqual(10);
  });

  it("still sends a lone command at once, with nothing else to wait for", async () => {
    const client = await redis.connect();
    for (let i = 0; i < 5; i++) {
      expect(await client.incr(`${redis.prefix}lone`)).toBe(i + 1);
    }
  });

  it("keeps a failed command's error its own: the others of the write succeed", async () => {
    const client = await redis.connect();
    await client.set(`${redis.prefix}text`, "not a number");
    const [bad, good] = await Promise.allSettled([client.incr(`${redis.prefix}text`), client.incr(`${redis.prefix}counter`)]);
    expect(bad.status).toBe("rejected");
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/not an integer/);
    expect(good).toEqual({ status: "fulfilled", value: 1 });
  });
});

describe("coalesceWrites without Redis", () => {
  it("leaves a client that is not connected failing fast, as before", async () => {
    const { connectRedis } = await import("../../../core/store/redis-client.ts");
    const { freePort } = await import("../../helpers/redis.ts");
    const client = await connectRedis(`redis://127.0.0.1:${await freePort()}`, { readyWaitMs: 200 });
    try {
      await expect(client.get("k")).rejects.toThrow();
    } finally {
      client.disconnect();
    }
  });
});
