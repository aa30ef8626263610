/**
 * Memory: bytes per session in Redis after a full scripted conversation
 * (MEMORY USAGE of the session key), and the service's resident set size
 * with 10,000 sessions in the in-memory store.
 */
import { Conversations } from "../core/dialogues/conversations.ts";
import type { Input } from "../core/dialogues/types.ts";
import { connectRedis } from "../core/store/redis-client.ts";
import { RedisStore } from "../core/store/redis-store.ts";
import { SessionStore, sessionKey, userKeyOf } from "../core/store/session-store.ts";
import { startChild } from "./lib/child.ts";
import { atMost, info, skipped, type BenchResult, type Figure } from "./lib/figures.ts";
import { adminClient, benchPrefix, deleteByPrefix, REDIS_URL, redisAvailable } from "./lib/redis.ts";
import { BENCH_TODAY, playScript } from "./lib/script.ts";
import { round } from "./lib/stats.ts";

const MiB = 1024 * 1024;

/** Plays whole conversations through the Redis store and measures each session key. */
async function redisBytes(): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const prefix = benchPrefix("memory");
  const client = await connectRedis(REDIS_URL);
  const store = new RedisStore(client, { keyPrefix: prefix });
  const chat = new Conversations({ sessions: new SessionStore(store), today: () => BENCH_TODAY });
  const admin = adminClient();
  const sizes: { script: string; memoryUsage: number; jsonBytes: number }[] = [];
  try {
    for (const script of [await playScript("en"), await playScript("zh", "zh-hans"), await playScript("zh", "zh")]) {
      const user = userKeyOf("bench", `memory-${script.lang}-${script.platformLang}`);
      const inputs: Input[] = [{ kind: "start" }, { kind: "choice", id: "m:check" }, ...script.steps.map((s): Input => ({ kind: "text", text: s.answer })), { kind: "choice", id: "c:confirm" }];
      for (const input of inputs) await chat.handle(user, input, { platformLang: script.platformLang });
      const key = prefix + sessionKey(user);
      // SAMPLES 0: measure every element, not an estimate.
      const usage = Number(await admin.call("MEMORY", "USAGE", key, "SAMPLES", "0"));
      const json = (await admin.get(key)) ?? "";
      sizes.push({ script: `${script.lang}/${script.platformLang}`, memoryUsage: usage, jsonBytes: Buffer.byteLength(json) });
    }
  } finally {
    await deleteByPrefix(admin, prefix);
    admin.disconnect();
    await store.close();
  }
  const worst = Math.max(...sizes.map((s) => s.memoryUsage));
  return {
    figures: [atMost("memory: Redis bytes per session", worst, "bytes", 4096, `largest of ${sizes.length} full conversations (MEMORY USAGE); JSON ${Math.max(...sizes.map((s) => s.jsonBytes))} bytes`)],
    details: { redisSessions: sizes },
  };
}

/** The service's RSS before and after 10,000 in-memory sessions, in a fresh child process. */
async function rssWithSessions(sessions: number): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const child = await startChild<{ before: NodeJS.MemoryUsage; after: NodeJS.MemoryUsage; stored: number }>(
    new URL("./memory/rss-child.ts", import.meta.url),
    { BENCH_SESSIONS: String(sessions), LOG_LEVEL: "silent" },
    { nodeArgs: ["--expose-gc"], timeoutMs: 60_000 },
  );
  await child.stop();
  const { before, after, stored } = child.ready;
  // The heap grows by what the sessions hold; RSS moves in whole pages and may not show it yet.
  const perSession = (after.heapUsed - before.heapUsed) / sessions;
  return {
    figures: [
      info(`memory: RSS with ${sessions} sessions (memory store)`, round(after.rss / MiB, 1), "MiB", `${round(before.rss / MiB, 1)} MiB before; heap ${round(after.heapUsed / MiB, 1)} MiB`),
      info("memory: heap per in-memory session", round(perSession, 0), "bytes", `RSS grew ${round((after.rss - before.rss) / MiB, 1)} MiB`),
    ],
    details: { rss: { sessions, stored, before, after } },
  };
}

/** Both memory figures; the Redis one is skipped with a note when no Redis answers. */
export async function benchMemory(options: { sessions?: number } = {}): Promise<BenchResult> {
  const figures: Figure[] = [];
  let details: Record<string, unknown> = {};
  if (await redisAvailable()) {
    const r = await redisBytes();
    figures.push(...r.figures);
    details = { ...details, ...r.details };
  } else {
    figures.push(skipped("memory: Redis bytes per session", "bytes", "≤ 4096", `no Redis at ${REDIS_URL}`));
  }
  const rss = await rssWithSessions(options.sessions ?? 10_000);
  figures.push(...rss.figures);
  return { figures, details: { ...details, ...rss.details } };
}
