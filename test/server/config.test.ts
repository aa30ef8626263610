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

describe("every variable checked at start-up", () => {
  it("names a malformed REDIS_URL and REDIS_CLUSTER_NODES", () => {
    expect(problems({ REDIS_URL: "127.0.0.1:6379" }).join("\n")).toMatch(/^REDIS_URL: /m);
    expect(problems({ REDIS_URL: "http://127.0.0.1:6379" }).join("\n")).toMatch(/^REDIS_URL: /m);
    expect(problems({ REDIS_CLUSTER_NODES: "10.0.0.1,10.0.0.2:7000" }).join("\n")).toMatch(/^REDIS_CLUSTER_NODES: /m);
    expect(loadConfig({ REDIS_URL: "rediss://user:pw@redis.example.com:6380/2" }).REDIS_URL).toBe("rediss://user:pw@redis.example.com:6380/2");
  });

  it("names a WECHAT_APP_ID that is not an AppID and a WECHAT_TOKEN WeChat could not hold", () => {
    expect(problems({ WECHAT_TOKEN: "pa-test-token", WECHAT_APP_ID: "0123456789abcdef0123456789abcdef" }).join("\n")).toMatch(/^WECHAT_APP_ID: /m);
    expect(problems({ WECHAT_TOKEN: "has spaces in it", WECHAT_APP_ID: "wx0123456789abcdef" }).join("\n")).toMatch(/^WECHAT_TOKEN: /m);
  });

  it("says what a number must be, in words that name the variable, once a variable", () => {
    expect(problems({ PORT: "70000" })).toEqual(["PORT: PORT must be at most 65535"]);
    expect(problems({ PORT: "80.5" })).toEqual(["PORT: PORT must be a port number"]);
    expect(problems({ API_BODY_LIMIT_BYTES: "10" })).toEqual(["API_BODY_LIMIT_BYTES: API_BODY_LIMIT_BYTES must be at least 1024"]);
    expect(problems({ LOG_LEVEL: "loud" })).toEqual(["LOG_LEVEL: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent"]);
    // The server's rule and the LLM's own rules both refuse it: the user reads it once.
    expect(problems({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS: "50" })).toEqual(["LLM_TIMEOUT_MS: LLM_TIMEOUT_MS must be at least 100"]);
    expect(loadConfig({ PORT: " 8080 ", RATE_LIMIT_PER_MINUTE: "0", TRUST_PROXY: " 2 " })).toMatchObject({ PORT: 8080, RATE_LIMIT_PER_MINUTE: 0, TRUST_PROXY: 2 });
  });

  it("names a HOST that is not an address", () => {
    expect(problems({ HOST: "http://0.0.0.0" }).join("\n")).toMatch(/^HOST: /m);
    expect(loadConfig({ HOST: "::" }).HOST).toBe("::");
    expect(loadConfig({ HOST: "127.0.0.1" }).HOST).toBe("127.0.0.1");
  });

  it("names the LLM variable at fault, as the LLM's own rules do", () => {
    expect(problems({ LLM_MODEL: "qwen-plus" }).join("\n")).toMatch(/^LLM_BASE_URL: /m);
    expect(problems({ LLM_BASE_URL: "ftp://llm.example.com", LLM_MODEL: "m" }).join("\n")).toMatch(/^LLM_BASE_URL: /m);
    expect(problems({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS: "soon" }).join("\n")).toMatch(/^LLM_TIMEOUT_MS: /m);
  });

  it("names a malformed API setting", () => {
    expect(problems({ API_KEY: "short" }).join("\n")).toMatch(/^API_KEY: /m);
    expect(problems({ API_CORS_ORIGINS: "app.example.com" }).join("\n")).toMatch(/^API_CORS_ORIGINS: /m);
    expect(problems({ TRUST_PROXY: "yes" }).join("\n")).toMatch(/^TRUST_PROXY: /m);
    expect(problems({ API_RATE_LIMIT_PER_MINUTE: "-1" }).join("\n")).toMatch(/^API_RATE_LIMIT_PER_MINUTE: /m);
  });

  it("checks every variable .env.example documents", async () => {
    const { readFileSync } = await import("node:fs");
    const { EnvSchema } = await import("../../server/config.ts");
    const text = readFileSync(new URL("../../.env.example", import.meta.url), "utf8");
    const documented = [...new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!))];
    expect(documented.length).toBeGreaterThan(10);
    expect(documented.filter((v) => !(v in EnvSchema.shape))).toEqual([]);
  });
});
