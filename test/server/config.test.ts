import { describe, expect, it } from "vitest";
import { ConfigError, channelsOf, describeConfig, loadConfig } from "../../server/config.ts";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe("configuration from the environment", () => {
  it("defaults to port 3000, info logs, the memory store and no channel", () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.LOG_LEVEL).toBe("info");
    expect(channelsOf(c)).toEqual({ telegram: false, wechat: false, slack: false, web: false });
    expect(describeConfig(c)).toMatchObject({ store: "memory", explainer: "template" });
  });

  it("treats empty strings as unset", () => {
    expect(channelsOf(loadConfig({ TELEGRAM_BOT_TOKEN: "", WECHAT_TOKEN: " ", WEB_CHAT: "" }))).toEqual({ telegram: false, wechat: false, slack: false, web: false });
  });

  it("names each malformed variable", () => {
    const p = problems({ PORT: "eighty", TELEGRAM_WEBHOOK_URL: "not a url", WECHAT_ENCODING_AES_KEY: "short", LOG_LEVEL: "loud" });
    expect(p.join("\n")).toMatch(/PORT/);
    expect(p.join("\n")).toMatch(/TELEGRAM_WEBHOOK_URL/);
    expect(p.join("\n")).toMatch(/WECHAT_ENCODING_AES_KEY must be 43 letters and digits/);
    expect(p.join("\n")).toMatch(/LOG_LEVEL/);
  });

  it("requires the variables that go together", () => {
    expect(problems({ TELEGRAM_WEBHOOK_URL: "https://x.example/telegram", TELEGRAM_BOT_TOKEN: "1:a" }).join()).toMatch(/TELEGRAM_WEBHOOK_SECRET/);
    expect(problems({ WECHAT_TOKEN: "t" }).join()).toMatch(/WECHAT_APP_ID/);
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1" }).join()).toMatch(/SLACK_SIGNING_SECRET/);
    expect(problems({ LLM_BASE_URL: "http://127.0.0.1:1/v1" }).join()).toMatch(/LLM_MODEL/);
  });

  it("describes the configuration for logs without any secret", () => {
    const c = loadConfig({ TELEGRAM_BOT_TOKEN: "123:SECRET", SLACK_BOT_TOKEN: "xoxb-SECRET", SLACK_SIGNING_SECRET: "sig-SECRET", WECHAT_TOKEN: "tok-SECRET", WECHAT_APP_ID: "wx1", REDIS_URL: "redis://:pw-SECRET@h:6379" });
    const text = JSON.stringify(describeConfig(c));
    expect(text).not.toContain("SECRET");
    expect(describeConfig(c)).toMatchObject({ store: "redis", telegramMode: "polling", slackMode: "http", wechatMode: "plain" });
  });
});
