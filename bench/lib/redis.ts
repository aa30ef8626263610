/**
 * The Redis the benchmarks use: REDIS_URL (default redis://127.0.0.1:6379),
 * a key prefix of their own per run, and its keys deleted afterwards.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { pingRedis } from "../../core/store/redis-client.ts";

/** The Redis the benchmarks use. */
export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/** A key prefix no other run shares: `pa-bench:<label>:<pid>-<random>:`. */
export function benchPrefix(label: string): string {
  return `pa-bench:${label}:${process.pid}-${randomBytes(3).toString("hex")}:`;
}

/** True when a Redis answers PING at `url` within `timeoutMs`. */
export function redisAvailable(url = REDIS_URL, timeoutMs = 1_000): Promise<boolean> {
  return pingRedis(url, timeoutMs);
}

/** A plain client for the benchmark's own reads (MEMORY USAGE, cleanup). */
export function adminClient(url = REDIS_URL): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on("error", () => undefined);
  return client;
}

/** Deletes every key starting with `prefix`; returns how many. */
export async function deleteByPrefix(client: Redis, prefix: string): Promise<number> {
  const pattern = prefix.replace(/[*?[\]\\]/g, "\\$&") + "*";
  let cursor = "0";
  let deleted = 0;
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", pattern, "COUNT", 1000);
    cursor = next;
    if (keys.length > 0) deleted += await client.unlink(...keys);
  } while (cursor !== "0");
  return deleted;
}
