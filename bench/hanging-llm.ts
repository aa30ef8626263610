/**
 * WeChat under a hanging LLM: the LLM explainer points at a fake that never
 * answers, and users at the results card ask for explanations by typing an
 * option number. Every passive reply must still come within 4.5 s (WeChat
 * gives up at 5). Run with and without the customer-service API, whose
 * timing rules differ.
 */
import { Redis } from "ioredis";
import { FakeOpenAiServer } from "../test/helpers/fake-openai-server.ts";
import { FakeWechatApi } from "../test/helpers/fake-wechat-api.ts";
import { WechatTestUser } from "../test/helpers/wechat-client.ts";
import { ACCOUNT } from "../test/helpers/wechat-pushes.ts";
import { RedisStore } from "../core/store/redis-store.ts";
import { SessionStore, userKeyOf } from "../core/store/session-store.ts";
import { startChild } from "./lib/child.ts";
import { atMost, info, skipped, type BenchResult, type Figure } from "./lib/figures.ts";
import { adminClient, benchPrefix, deleteByPrefix, REDIS_URL, redisAvailable } from "./lib/redis.ts";
import { playScript, type Script } from "./lib/script.ts";
import { round, summarize } from "./lib/stats.ts";
import { WECHAT_ENV, wechatOpenid } from "./webhook/wechat.ts";

/** WeChat's limit is 5 s; the target leaves half a second for the network. */
const LIMIT_MS = 4500;

/** Runs `tasks` with at most `concurrency` at a time. */
async function pool<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

/** The option numbers of the explanation choices on the results card. */
function explainNumbers(script: Script): number[] {
  const shown = script.atResults.shown ?? [];
  return shown.flatMap((id, i) => (id.startsWith("x:") ? [i + 1] : []));
}

/** One configuration: `users` users each ask once, `concurrency` at a time. */
async function run(script: Script, customerService: boolean, users: number, concurrency: number) {
  const prefix = benchPrefix("llm");
  const llm = await FakeOpenAiServer.start({ kind: "slow", delayMs: 3_600_000, content: "never sent" });
  const cs = customerService ? await FakeWechatApi.start({ appId: ACCOUNT.appId, appSecret: "bench-secret" }) : null;
  const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const store = new RedisStore(client, { keyPrefix: prefix });
  try {
    const sessions = new SessionStore(store);
    await Promise.all(
      Array.from({ length: users }, (_, i) => sessions.save(userKeyOf("wechat", wechatOpenid(i)), { ...script.atResults, at: new Date().toISOString() })),
    );
    const app = await startChild<{ port: number }>(new URL("./webhook/serve-app.ts", import.meta.url), {
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "bench-hanging-model",
      LLM_API_KEY: "bench-key",
      ...WECHAT_ENV,
      ...(cs ? { WECHAT_APP_SECRET: "bench-secret", WECHAT_API_BASE_URL: cs.baseUrl } : {}),
    });
    try {
      const baseUrl = `http://127.0.0.1:${app.ready.port}`;
      const numbers = explainNumbers(script);
      const replies = await pool(
        Array.from({ length: users }, (_, i) => () => new WechatTestUser(baseUrl, ACCOUNT, "safe", wechatOpenid(i)).text(String(numbers[i % numbers.length]))),
        concurrency,
      );
      const elapsed = replies.map((r) => r.elapsedMs);
      return {
        latency: summarize(elapsed),
        over: elapsed.filter((ms) => ms > LIMIT_MS).length,
        empty: replies.filter((r) => r.status !== 200 || !r.content).length,
        llmRequests: llm.requests.length,
        lateSends: cs?.sends.length ?? 0,
      };
    } finally {
      await app.stop();
    }
  } finally {
    await llm.close();
    await cs?.close();
    await deleteByPrefix(client, prefix);
    await store.close();
  }
}

/** The hanging-LLM benchmark; skipped with a note when no Redis answers. */
export async function benchHangingLlm(options: { users?: number; concurrency?: number } = {}): Promise<BenchResult> {
  if (!(await redisAvailable())) return { figures: [skipped("wechat+hanging LLM: max reply", "ms", `≤ ${LIMIT_MS}`, `no Redis at ${REDIS_URL}`)] };
  const script = await playScript("zh", "zh");
  const users = options.users ?? 120;
  const concurrency = options.concurrency ?? 60;
  const figures: Figure[] = [];
  const details: Record<string, unknown> = { users, concurrency };
  for (const customerService of [false, true]) {
    const label = customerService ? "with customer-service API" : "passive only";
    const r = await run(script, customerService, users, concurrency);
    details[label] = r;
    const note = `${r.latency.n} explanations, ${r.over} over ${LIMIT_MS} ms, ${r.empty} without text, ${r.llmRequests} LLM calls hung`;
    figures.push(
      atMost(`wechat+hanging LLM (${label}): max`, round(r.latency.max, 0), "ms", LIMIT_MS, note),
      info(`wechat+hanging LLM (${label}): p99`, round(r.latency.p99, 0), "ms"),
    );
  }
  return { figures, details };
}
