/**
 * Runs the Slack channel against the loopback fake of Slack, either inside
 * the whole service (`startApp`) or alone with a stand-in for the
 * conversations, and sends it signed requests over real HTTP as Slack does.
 */
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { createSlackChannel, type SlackChannel } from "../../../bots/slack/channel.ts";
import type { Conversations } from "../../../core/dialogues/conversations.ts";
import type { Input, Reply } from "../../../core/dialogues/types.ts";
import { TemplateExplainer } from "../../../core/explain/template-explainer.ts";
import type { KeyValueStore } from "../../../core/store/key-value-store.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { startApp, type RunningApp } from "../../../server/app.ts";
import { loadConfig } from "../../../server/config.ts";
import { createHttpServer } from "../../../bots/kit/http.ts";
import { createLogger, type Logger } from "../../../server/logger.ts";
import { SCRIPT_TODAY } from "../../helpers/conversation-script.ts";
import { FakeSlackApi, signedHeaders } from "../../helpers/fake-slack-api.ts";

/** The bot token the tests use; the fake accepts any. */
export const BOT_TOKEN = "xoxb-1111-2222-TESTtoken";
/** The signing secret the tests use. */
export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
/** An app-level token, for Socket Mode. */
export const APP_TOKEN = "xapp-1-A0TEST-3333-apptoken";

/** The environment of a Slack-only service pointed at `fake`. */
export function slackEnv(fake: FakeSlackApi, mode: "http" | "socket" = "http"): Record<string, string> {
  return {
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    // The scripted check sends some fifty messages in a few seconds.
    RATE_LIMIT_PER_MINUTE: "0",
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    ...(mode === "http" ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: APP_TOKEN }),
  };
}

/** The whole service with only Slack configured, and the fake it talks to. */
export interface SlackApp {
  fake: FakeSlackApi;
  app: RunningApp;
  channel: SlackChannel;
  /** `http://127.0.0.1:<port>/slack/events`. */
  eventsUrl: string;
  close(): Promise<void>;
}

/** What {@link startSlackApp} may be given instead of its defaults. */
export interface SlackAppOptions {
  logger?: Logger;
  /** Default: a new memory store. */
  store?: KeyValueStore;
  /** A fake shared with another instance; it is then not closed with this one. */
  fake?: FakeSlackApi;
}

/** Starts the fake (unless given) and the service (memory store unless given, the script's date). */
export async function startSlackApp(options: SlackAppOptions = {}): Promise<SlackApp> {
  const fake = options.fake ?? (await FakeSlackApi.start());
  const logger = options.logger ?? createLogger("silent");
  const app = await startApp(loadConfig(slackEnv(fake)), logger, { store: options.store ?? new MemoryStore(), factories: { slack: createSlackChannel }, today: () => SCRIPT_TODAY });
  const channel = app.channels.find((c) => c.name === "slack") as SlackChannel;
  return {
    fake,
    app,
    channel,
    eventsUrl: `http://127.0.0.1:${app.port}/slack/events`,
    async close() {
      await app.stop();
      if (!options.fake) await fake.close();
    },
  };
}

/** A stand-in for the conversations: records each input and answers with `answer(input)`. */
export function stubConversations(answer: (input: Input, userKey: string) => Reply[] | Promise<Reply[]>): Pick<Conversations, "handle"> & { inputs: { userKey: string; input: Input }[] } {
  const inputs: { userKey: string; input: Input }[] = [];
  return {
    inputs,
    async handle(userKey, input) {
      inputs.push({ userKey, input });
      return answer(input, userKey);
    },
  };
}

/** The channel alone, with a stand-in for the conversations, on its own loopback server. */
export interface SlackChannelHarness {
  fake: FakeSlackApi;
  channel: SlackChannel;
  store: KeyValueStore;
  eventsUrl: string;
  close(): Promise<void>;
}

/** Starts the fake, the channel and an HTTP server for its routes. */
export async function startChannel(conversations: Pick<Conversations, "handle">, logger: Logger = createLogger("silent")): Promise<SlackChannelHarness> {
  const fake = await FakeSlackApi.start();
  const store = new MemoryStore();
  const channel = createSlackChannel({ config: loadConfig(slackEnv(fake)), conversations: conversations as Conversations, store, explainer: new TemplateExplainer(), logger });
  const http = createHttpServer(channel.routes, async () => true, logger);
  await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", resolve));
  await channel.start();
  return {
    fake,
    channel,
    store,
    eventsUrl: `http://127.0.0.1:${(http.server.address() as AddressInfo).port}/slack/events`,
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

/** Posts `body` to `url` with `headers`, over real HTTP. */
export function post(url: string, body: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-length": String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** How to sign and send one request. */
export interface SendOptions {
  /** Sign with this secret instead of the right one. */
  secret?: string;
  /** The request time, in Unix seconds (default now). */
  nowSeconds?: number;
  /** Adds `x-slack-retry-num` (and a reason), as Slack does on a retry. */
  retryNum?: number;
  /** Sends without the signature headers. */
  unsigned?: boolean;
}

function sendSigned(url: string, body: string, contentType: string, options: SendOptions): Promise<HttpResult> {
  const headers: Record<string, string> = { "content-type": contentType };
  if (!options.unsigned) Object.assign(headers, signedHeaders(options.secret ?? SIGNING_SECRET, body, options.nowSeconds));
  if (options.retryNum !== undefined) Object.assign(headers, { "x-slack-retry-num": String(options.retryNum), "x-slack-retry-reason": "http_timeout" });
  return post(url, body, headers);
}

/** Posts an Events API callback as JSON, signed as Slack signs it. */
export function postEvent(url: string, body: object, options: SendOptions = {}): Promise<HttpResult> {
  return sendSigned(url, JSON.stringify(body), "application/json", options);
}

/** Posts an interactivity payload as Slack does: a form with one `payload` field, signed. */
export function postAction(url: string, payload: object, options: SendOptions = {}): Promise<HttpResult> {
  return sendSigned(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded", options);
}

/** A logger that keeps every record, to check what reaches the logs. */
export function recordingLogger(): { logger: Logger; records: unknown[] } {
  const records: unknown[] = [];
  const keep = (level: string) => (obj: unknown, msg?: string) => void records.push({ level, obj, msg });
  const logger = { info: keep("info"), warn: keep("warn"), error: keep("error"), debug: keep("debug"), trace: keep("trace"), fatal: keep("fatal") };
  return { logger: logger as unknown as Logger, records };
}
