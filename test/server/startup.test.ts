import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlackApi } from "../helpers/fake-slack-api.ts";
import { FakeTelegramApi } from "../helpers/fake-telegram-api.ts";
import { spawnApp } from "../helpers/spawn-app.ts";

const STACK = /\n\s+at /;

describe("a configuration the service cannot run with stops it at start-up", () => {
  it.each([
    ["REDIS_URL", { REDIS_URL: "localhost:6379" }],
    ["LLM_BASE_URL", { LLM_MODEL: "qwen-plus" }],
    ["LLM_TIMEOUT_MS", { LLM_BASE_URL: "http://127.0.0.1:9/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS: "50" }],
    ["WECHAT_APP_ID", { WECHAT_TOKEN: "pa-test-token", WECHAT_APP_ID: "my-app" }],
    ["HOST", { HOST: "http://0.0.0.0" }],
  ])("a malformed %s: exit code 2, a message naming it, no stack trace", async (name, env) => {
    const app = await spawnApp(env, { command: "serve", waitReady: false });
    expect(await app.exited).toBe(2);
    expect(app.output()).toContain(name);
    expect(app.output()).not.toMatch(STACK);
  });
});

describe("a token the platform refuses stops the service instead of leaving it ready", () => {
  let telegram: FakeTelegramApi;
  let slack: FakeSlackApi;
  beforeAll(async () => {
    telegram = await FakeTelegramApi.start();
    slack = await FakeSlackApi.start();
  });
  afterAll(async () => {
    await telegram?.close();
    await slack?.close();
  });

  it("Telegram answering getMe with 401", async () => {
    telegram.failNext("getMe", 401, "Unauthorized");
    const app = await spawnApp({ TELEGRAM_BOT_TOKEN: "123456:refused", TELEGRAM_API_ROOT: telegram.apiRoot }, { command: "serve", waitReady: false });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("TELEGRAM_BOT_TOKEN");
    expect(app.output()).not.toMatch(STACK);
  });

  it("Slack answering auth.test with invalid_auth", async () => {
    slack.failNext("auth.test", "invalid_auth");
    const app = await spawnApp({ SLACK_BOT_TOKEN: "xoxb-refused", SLACK_SIGNING_SECRET: "s3cret", SLACK_API_URL: slack.apiUrl }, { command: "serve", waitReady: false });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("SLACK_BOT_TOKEN");
    expect(app.output()).not.toMatch(STACK);
  });
});
