/**
 * Starts the whole service with only the WeChat channel, on loopback, with
 * an in-memory store, a fixed evaluation date, a logger whose lines the test
 * can read, and (on request) the fake customer-service API.
 */
import { Writable } from "node:stream";
import { vi } from "vitest";
import { pino } from "pino";
import { createWechatChannel, type WechatChannelOptions } from "../../bots/wechat-adapter/channel.ts";
import type { Conversations } from "../../core/dialogues/conversations.ts";
import type { Explainer } from "../../core/explain/explainer.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { MemoryStore } from "../../core/store/memory-store.ts";
import { startApp, type RunningApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { FakeWechatApi } from "./fake-wechat-api.ts";
import { WechatTestUser, type PushMode } from "./wechat-client.ts";
import { ACCOUNT } from "./wechat-pushes.ts";

/** The evaluation date of every WeChat test. */
export const WECHAT_TODAY = "2026-06-01";

/** Options of {@link startWechatApp}. */
export interface WechatAppOptions {
  /** Configure `WECHAT_APP_SECRET` and point the customer-service API at a fake. */
  customerService?: boolean;
  explainer?: Explainer;
  store?: KeyValueStore;
  channel?: WechatChannelOptions;
  /** The per-user rate limit; default 0 (none). */
  rateLimitPerMinute?: number;
}

/** A running service, its fake API and its log lines. */
export interface WechatApp {
  app: RunningApp;
  baseUrl: string;
  /** The fake customer-service API, when configured. */
  api: FakeWechatApi | null;
  /** Every log line, as written. */
  logs: string[];
  /** A follower sending pushes in `mode`. */
  user(mode: PushMode, openid: string): WechatTestUser;
  close(): Promise<void>;
}

/** Starts the service; close it with {@link WechatApp.close}. */
export async function startWechatApp(options: WechatAppOptions = {}): Promise<WechatApp> {
  const api = options.customerService ? await FakeWechatApi.start({ appId: ACCOUNT.appId, appSecret: "pa-test-secret" }) : null;
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    // Scripted users answer faster than any person; the rate limit has its own tests.
    RATE_LIMIT_PER_MINUTE: String(options.rateLimitPerMinute ?? 0),
    WECHAT_TOKEN: ACCOUNT.token,
    WECHAT_APP_ID: ACCOUNT.appId,
    WECHAT_ENCODING_AES_KEY: ACCOUNT.encodingAesKey,
    ...(api ? { WECHAT_APP_SECRET: "pa-test-secret", WECHAT_API_BASE_URL: api.baseUrl } : {}),
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString("utf8"));
      done();
    },
  });
  const logger = pino({ level: "debug" }, sink);
  const app = await startApp(config, logger, {
    store: options.store ?? new MemoryStore(),
    ...(options.explainer ? { explainer: options.explainer } : {}),
    factories: { wechat: (deps) => createWechatChannel(deps, options.channel) },
    today: () => WECHAT_TODAY,
  });
  const baseUrl = `http://127.0.0.1:${app.port}`;
  return {
    app,
    baseUrl,
    api,
    logs,
    user: (mode, openid) => new WechatTestUser(baseUrl, ACCOUNT, mode, openid),
    close: async () => {
      await app.stop();
      await api?.close();
    },
  };
}

/** The turns a service has run since {@link countTurns}, and a way to stop counting. */
export interface TurnCount {
  readonly count: number;
  restore(): void;
}

/**
 * Counts the turns the service runs from now on. WeChat's turns go through
 * `Conversations.handleOnce`, which takes the push's delivery entry with the
 * user's lock: a retry that finds the push taken runs no turn and is not counted.
 */
export function countTurns(conversations: Conversations): TurnCount {
  const spy = vi.spyOn(conversations, "handleOnce");
  return {
    get count() {
      const taken = spy.mock.settledResults.filter((r) => r.type === "fulfilled" && r.value.status === "taken").length;
      return spy.mock.calls.length - taken;
    },
    restore: () => spy.mockRestore(),
  };
}
