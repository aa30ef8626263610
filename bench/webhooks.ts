/**
 * Webhook load on loopback: Telegram `POST /telegram` and WeChat
 * `POST /wechat` of the whole service, with many users mid-conversation, the
 * Redis store and the template explainer, against a bare grammY echo bot on
 * the same harness. Each endpoint gets a closed-loop autocannon run (as
 * fast as it answers: its throughput) and an open-loop run at the target
 * rate of 1,000 a second, evenly spaced (its latency there).
 */
import { connectRedis } from "../core/store/redis-client.ts";
import { RedisStore } from "../core/store/redis-store.ts";
import { FakeTelegramApi } from "../test/helpers/fake-telegram-api.ts";
import { startChild } from "./lib/child.ts";
import { cpuMeter } from "./lib/cpu.ts";
import { atLeast, atMost, info, skipped, type BenchResult, type Figure } from "./lib/figures.ts";
import { adminClient, benchPrefix, deleteByPrefix, REDIS_URL, redisAvailable } from "./lib/redis.ts";
import { playScript } from "./lib/script.ts";
import { round } from "./lib/stats.ts";
import { fire, type LoadResult } from "./webhook/load.ts";
import { paced } from "./webhook/paced.ts";
import { ReplyTracker } from "./webhook/replies.ts";
import { BENCH_BOT_TOKEN, BENCH_WEBHOOK_SECRET, phase, replyLengths, startEchoBot, telegramRequests, telegramUserId, type PhaseResult } from "./webhook/telegram.ts";
import { ScriptedUsers } from "./webhook/users.ts";
import { WECHAT_ENV, wechatOpenid, wechatRequests } from "./webhook/wechat.ts";

/** Options of {@link benchWebhooks}. */
export interface WebhookOptions {
  /** Users per channel. Default 4,000. */
  users?: number;
  /** Concurrent connections, as Telegram's default `max_connections`. Default 40. */
  connections?: number;
  /** Seconds of each measured run. Default 8. */
  seconds?: number;
  /** The offered rate of the latency runs. Default 1,000 a second. */
  targetRate?: number;
}

const TARGET_RATE = 1000;

/** The pid of the Redis server (when it is on this machine, for its CPU use), from INFO. */
async function redisServerPid(): Promise<number | undefined> {
  const admin = adminClient();
  try {
    const info = await admin.info("server");
    const pid = Number(/process_id:(\d+)/.exec(info)?.[1]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  } finally {
    admin.disconnect();
  }
}

/** Runs the webhook benchmarks; skipped with a note when no Redis answers. */
export async function benchWebhooks(options: WebhookOptions = {}): Promise<BenchResult> {
  const userCount = options.users ?? 4000;
  const connections = options.connections ?? 40;
  const seconds = options.seconds ?? 8;
  const rate = options.targetRate ?? TARGET_RATE;
  if (!(await redisAvailable())) {
    const note = `no Redis at ${REDIS_URL}`;
    return { figures: ["telegram: processed updates/s", "wechat: replies/s"].map((n) => skipped(n, "/s", `≥ ${TARGET_RATE}`, note)) };
  }

  const telegramScripts = [await playScript("en"), await playScript("zh", "zh-hans")];
  const wechatScripts = [await playScript("zh", "zh")];
  const lengths = await replyLengths(telegramScripts);
  const tgUsers = new ScriptedUsers("telegram", userCount, telegramScripts, telegramUserId);
  const wxUsers = new ScriptedUsers("wechat", userCount, wechatScripts, wechatOpenid);

  const prefix = benchPrefix("webhooks");
  const tracker = new ReplyTracker();
  // Tens of thousands of replies: the fake keeps none, so this process's heap (and its pauses, which the latencies include) stays small.
  const fake = await FakeTelegramApi.start({ keep: false, onCall: (c) => tracker.onCall(c) });
  const store = new RedisStore(await connectRedis(REDIS_URL), { keyPrefix: prefix });
  const details: Record<string, unknown> = { users: userCount, connections, seconds, targetRate: rate };
  try {
    await tgUsers.seed(store);
    await wxUsers.seed(store);
    const app = await startChild<{ port: number }>(new URL("./webhook/serve-app.ts", import.meta.url), {
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      TELEGRAM_BOT_TOKEN: BENCH_BOT_TOKEN,
      TELEGRAM_WEBHOOK_URL: "https://bench.invalid/telegram",
      TELEGRAM_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
      TELEGRAM_API_ROOT: fake.apiRoot,
      ...WECHAT_ENV,
    });
    const echoBot = await startEchoBot(fake).catch(async (e: unknown) => {
      await app.stop();
      throw e;
    });
    let tg: { closed: PhaseResult; atRate: PhaseResult };
    let wx: { closed: LoadResult; atRate: LoadResult };
    let echo: PhaseResult;
    try {
      const url = `http://127.0.0.1:${app.ready.port}`;
      const echoUrl = `http://127.0.0.1:${echoBot.ready.port}`;
      const nextUpdate = telegramRequests(tgUsers, tracker, lengths, 1);
      const nextPush = wechatRequests(wxUsers, 7_100_000_000_000_000_000n);
      const echoUsers = new ScriptedUsers("echo", userCount, telegramScripts, telegramUserId, Number.POSITIVE_INFINITY);
      const nextEcho = telegramRequests(echoUsers, tracker, null, 1);
      // Warm both servers' JIT and connections first.
      await phase(echoUrl, tracker, nextEcho, { connections, duration: 1 });
      await phase(url, tracker, nextUpdate, { connections, duration: 1 });
      await fire({ url, connections, duration: 1, next: nextPush });
      // Cores used by the load generator (this process), the server under test and Redis, per run.
      const redisPid = await redisServerPid();
      const cores: Record<string, unknown> = {};
      const measured = async <T>(name: string, server: number | undefined, run: () => Promise<T>): Promise<T> => {
        const meter = cpuMeter({ loadGenerator: process.pid, server, redis: redisPid });
        const result = await run();
        cores[name] = meter();
        return result;
      };
      // The three throughput runs back to back, so the ratios compare like with like on a shared machine.
      echo = await measured("echo", echoBot.child.pid, () => phase(echoUrl, tracker, nextEcho, { connections, duration: seconds }));
      const tgClosed = await measured("telegramClosed", app.child.pid, () => phase(url, tracker, nextUpdate, { connections, duration: seconds }));
      const wxClosed = await measured("wechatClosed", app.child.pid, () => fire({ url, connections, duration: seconds, next: nextPush }));
      tg = { closed: tgClosed, atRate: await measured("telegramAtRate", app.child.pid, () => phase(url, tracker, nextUpdate, { connections, duration: seconds, rate })) };
      wx = { closed: wxClosed, atRate: await measured("wechatAtRate", app.child.pid, () => paced({ url, connections, duration: seconds, next: nextPush, rate })) };
      details.cores = cores;
    } finally {
      await echoBot.stop();
      await app.stop();
    }
    details.telegram = { ...tg, verified: await tgUsers.verify(store), maxAnswersPerUser: tgUsers.maxSent };
    details.wechat = { ...wx, verified: await wxUsers.verify(store), maxAnswersPerUser: wxUsers.maxSent };
    details.echo = echo;

    const echoRate = echo.processedPerSecond;
    const figures: Figure[] = [
      info("telegram: acks/s, closed loop", round(tg.closed.ack.okPerSecond, 0), "/s", `${connections} connections`),
      atLeast("telegram: processed updates/s, closed loop", round(tg.closed.processedPerSecond, 0), "/s", TARGET_RATE, `replies at the fake; ${tg.closed.backlogAtEnd} queued when the load stopped, drained ${tg.closed.drainMs} ms later`),
      atMost(`telegram: ack p99 at ${rate}/s`, tg.atRate.ack.p99, "ms", 50),
      info(`telegram: reply p99 at ${rate}/s`, tg.atRate.reply.p99, "ms", "update sent → last reply message at the fake"),
      info("echo bot: updates/s, closed loop", round(echoRate, 0), "/s", "bare grammY webhookCallback, same fake"),
      atLeast("telegram: processed / echo", round(tg.closed.processedPerSecond / echoRate, 2), "x", 0.5),
      atLeast("wechat: replies/s, closed loop", round(wx.closed.okPerSecond, 0), "/s", TARGET_RATE, "passive replies, safe mode (AES)"),
      atMost(`wechat: p99 at ${rate}/s`, wx.atRate.p99, "ms", 50),
      atLeast("wechat: replies / echo", round(wx.closed.okPerSecond / echoRate, 2), "x", 0.5),
    ];
    return { figures, details };
  } finally {
    await store.close();
    await fake.close();
    const admin = adminClient();
    details.keysDeleted = await deleteByPrefix(admin, prefix);
    admin.disconnect();
  }
}
