import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { t } from "../../core/i18n/messages/index.ts";
import { MemoryStore } from "../../core/store/memory-store.ts";
import { startApp, type RunningApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { FakeSlackApi, signedHeaders, visibleText as slackText } from "../helpers/fake-slack-api.ts";
import { FakeTelegramApi } from "../helpers/fake-telegram-api.ts";
import { WechatTestUser } from "../helpers/wechat-client.ts";
import { ACCOUNT } from "../helpers/wechat-pushes.ts";

const TG_SECRET = "all-channels_secret";
const SLACK_SECRET = "slack-signing-secret-for-tests";

let telegram: FakeTelegramApi;
let slack: FakeSlackApi;
let app: RunningApp;
let base: string;

beforeAll(async () => {
  telegram = await FakeTelegramApi.start();
  slack = await FakeSlackApi.start();
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    TELEGRAM_BOT_TOKEN: "123456:ALL-channels",
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
    TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
    WECHAT_TOKEN: ACCOUNT.token,
    WECHAT_APP_ID: ACCOUNT.appId,
    WECHAT_ENCODING_AES_KEY: ACCOUNT.encodingAesKey,
    SLACK_BOT_TOKEN: "xoxb-all-channels",
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_API_URL: slack.apiUrl,
  });
  // The factories registered for `npm start` (server/channels.ts), not test doubles.
  app = await startApp(config, createLogger("silent"), { store: new MemoryStore() });
  base = `http://127.0.0.1:${app.port}`;
});

afterAll(async () => {
  await app?.stop();
  await telegram?.close();
  await slack?.close();
});

async function until<T>(get: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("npm start with Telegram, WeChat and Slack configured", () => {
  it("serves all three channels from one process and one port", async () => {
    expect(app.channels.map((c) => c.name).sort()).toEqual(["slack", "telegram", "wechat"]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("answers a Telegram user through the webhook", async () => {
    const update = { update_id: 9001, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 777, type: "private" }, from: { id: 777, is_bot: false, first_name: "A", language_code: "en" }, text: "/start" } };
    const r = await fetch(`${base}/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET }, body: JSON.stringify(update) });
    expect(r.status).toBe(200);
    const sent = await until(() => (telegram.sentTo(777).length ? telegram.sentTo(777) : undefined));
    expect(String(sent[0]!.payload.text)).toContain("Hello");
  });

  it("answers a WeChat follower in safe mode", async () => {
    const user = new WechatTestUser(base, ACCOUNT, "safe", "o_all_channels");
    const reply = await user.event("subscribe");
    expect(reply.status).toBe(200);
    expect(reply.content).toContain(t("zh", "greeting").slice(0, 10));
  });

  it("answers a Slack direct message", async () => {
    const event = slack.messageEvent({ id: "U0ALL" }, "hello");
    const body = JSON.stringify(event);
    const r = await fetch(`${base}/slack/events`, { method: "POST", headers: { "content-type": "application/json", ...signedHeaders(SLACK_SECRET, body) }, body });
    expect(r.status).toBe(200);
    const posted = await until(() => {
      const m = slack.callsOf("chat.postMessage");
      return m.length ? m : undefined;
    });
    expect(posted.length).toBeGreaterThan(0);
    expect([...slack.messages.values()].map((m) => slackText(m)).join("\n")).toContain("Hello");
  });
});
