/**
 * Runs the Telegram channel against the loopback fake Bot API, either alone
 * (with a stand-in for the conversations, served on its own HTTP server) or
 * inside the whole app (`startApp`), and posts webhook updates over real HTTP.
 */
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { createTelegramChannel, type TelegramChannel, type TelegramChannelOptions } from "../../../bots/telegram/channel.ts";
import type { Conversations, MessageMeta, OnceOutcome } from "../../../core/dialogues/conversations.ts";
import { SessionStore } from "../../../core/store/session-store.ts";
import type { Input, Reply } from "../../../core/dialogues/types.ts";
import type { KeyValueStore } from "../../../core/store/key-value-store.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { TemplateExplainer } from "../../../core/explain/template-explainer.ts";
import { loadConfig } from "../../../server/config.ts";
import { createHttpServer } from "../../../bots/kit/http.ts";
import { createLogger, type Logger } from "../../../server/logger.ts";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.ts";

/** The bot token the tests use; the fake accepts any. */
export const TOKEN = "123456:TEST-token_abc";
/** The webhook secret the tests use. */
export const SECRET = "s3cret-Token_1";

/** The environment of a Telegram-only service pointed at `fake` (with bot token `token`). */
export function telegramEnv(fake: FakeTelegramApi, mode: "webhook" | "polling", token = TOKEN): Record<string, string> {
  return {
    PORT: "0",
    HOST: "127.0.0.1",
    // Scripted users answer faster than any person; the rate limit has its own tests.
    RATE_LIMIT_PER_MINUTE: "0",
    LOG_LEVEL: "silent",
    TELEGRAM_BOT_TOKEN: token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    ...(mode === "webhook" ? { TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram", TELEGRAM_WEBHOOK_SECRET: SECRET } : {}),
  };
}

/** The stand-in for the conversations that {@link stubConversations} makes. */
export type StubConversations = Pick<Conversations, "handle" | "handleOnce"> & {
  inputs: { userKey: string; input: Input; platformLang?: string }[];
  /** The store the claims go through (the channel's; {@link startChannel} sets it). */
  useStore(store: KeyValueStore): void;
};

/**
 * A stand-in for the conversations: records each input and answers with
 * `answer(input)`. `handleOnce` takes its claim through the real session
 * store (the lock script on Redis), as `Conversations.handleOnce` does, with
 * `answer` as the turn and no session written.
 */
export function stubConversations(answer: (input: Input, userKey: string) => Reply[] | Promise<Reply[]>): StubConversations {
  const inputs: { userKey: string; input: Input; platformLang?: string }[] = [];
  let sessions: SessionStore | undefined;
  const run = async (userKey: string, input: Input, meta: MessageMeta): Promise<Reply[]> => {
    inputs.push({ userKey, input, ...(meta.platformLang ? { platformLang: meta.platformLang } : {}) });
    return answer(input, userKey);
  };
  return {
    inputs,
    useStore(store) {
      sessions = new SessionStore(store);
    },
    handle: (userKey, input, meta = {}) => run(userKey, input, meta),
    async handleOnce(userKey, input, claim, meta = {}): Promise<OnceOutcome> {
      if (!sessions) throw new Error("stubConversations: useStore was not called");
      let claimed = false;
      const taking = { ...claim, onTaken: () => ((claimed = true), claim.onTaken?.()) };
      try {
        const outcome = await sessions.runTurn(userKey, async () => ({ result: await run(userKey, input, meta) }), { claim: taking });
        if (outcome.status === "taken") return outcome;
        if (outcome.status === "limited") throw new Error("the stub counts no messages");
        return { status: "answered", replies: outcome.result, claimDone: claim.done !== undefined };
      } catch {
        if (!claimed && claim.refuseUnclaimed?.()) return { status: "unclaimed" };
        return { status: "answered", replies: [{ kind: "text", text: "unavailable" }], claimDone: false };
      }
    },
  };
}

/** The channel alone, on its own loopback HTTP server. */
export interface ChannelHarness {
  fake: FakeTelegramApi;
  channel: TelegramChannel;
  store: KeyValueStore;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts the fake, the channel (with `conversations`) and an HTTP server for its routes. */
export async function startChannel(
  mode: "webhook" | "polling",
  conversations: Pick<Conversations, "handle" | "handleOnce"> & { useStore?(store: KeyValueStore): void },
  store: KeyValueStore = new MemoryStore(),
  logger: Logger = createLogger("silent"),
  options: { token?: string } & TelegramChannelOptions = {},
): Promise<ChannelHarness> {
  conversations.useStore?.(store);
  const fake = await FakeTelegramApi.start();
  const config = loadConfig(telegramEnv(fake, mode, options.token));
  const channel = createTelegramChannel({ config, conversations: conversations as Conversations, store, explainer: new TemplateExplainer(), logger }, options);
  const http = createHttpServer(channel.routes, async () => true, logger);
  await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
  await channel.start();
  return {
    fake,
    channel,
    store,
    baseUrl,
    async close() {
      await channel.stop();
      http.server.closeAllConnections();
      http.server.close();
      await fake.close();
      await store.close();
    },
  };
}

/** A raw HTTP answer. */
export interface HttpResult {
  status: number;
  body: string;
}

/** A logger that keeps every record, to check what reaches the logs. */
export function recordingLogger(): { logger: Logger; records: unknown[] } {
  const records: unknown[] = [];
  const keep = (level: string) => (obj: unknown, msg?: string) => void records.push({ level, obj, msg });
  const logger = { info: keep("info"), warn: keep("warn"), error: keep("error"), debug: keep("debug"), trace: keep("trace"), fatal: keep("fatal") };
  return { logger: logger as unknown as Logger, records };
}

/** Posts `body` to `url` with `headers`, over real HTTP. */
export function post(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Posts an update to the webhook the way Telegram does, with the secret header unless told otherwise. */
export function postUpdate(baseUrl: string, update: Update, secret: string | null = SECRET): Promise<HttpResult> {
  return post(`${baseUrl}/telegram`, JSON.stringify(update), secret === null ? {} : { "x-telegram-bot-api-secret-token": secret });
}

/** Waits until `check` is true (polled), or fails after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 5000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
