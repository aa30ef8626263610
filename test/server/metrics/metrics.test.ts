import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnApp, type SpawnedApp } from "../../helpers/spawn-app.ts";
import { freshMsgId, WechatTestUser } from "../../helpers/wechat-client.ts";
import { ACCOUNT } from "../../helpers/wechat-pushes.ts";

/** The value of one sample (`name{labels} value`) in Prometheus' text format, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    const m = /^([a-z_]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe("GET /metrics", () => {
  let app: SpawnedApp;
  const metrics = async () => (await fetch(`${app.baseUrl}/metrics`)).text();
  beforeAll(async () => {
    app = await spawnApp({ WECHAT_TOKEN: ACCOUNT.token, WECHAT_APP_ID: ACCOUNT.appId }, { command: "serve" });
  }, 60_000);
  afterAll(async () => {
    app?.child.kill("SIGTERM");
    await app?.exited;
  });

  it("counts the turns of a scripted conversation by channel and kind, and times them", async () => {
    const user = new WechatTestUser(app.baseUrl, ACCOUNT, "plain", "o_metrics_user_42");
    await user.event("subscribe");
    await user.text("资格预判");
    await user.text("企业");
    const text = await metrics();
    expect(sample(text, "policy_assistant_turns_total", { channel: "wechat", kind: "start" })).toBe(1);
    expect(sample(text, "policy_assistant_turns_total", { channel: "wechat", kind: "text" })).toBe(2);
    expect(sample(text, "policy_assistant_turn_duration_seconds_count", { channel: "wechat" })).toBe(3);
    // Labels carry channels and kinds: never the user's id or words.
    expect(text).not.toContain("o_metrics_user_42");
    expect(text).not.toContain("资格预判");
  });

  it("counts an API call by route, method and status", async () => {
    const before = sample(await metrics(), "policy_assistant_api_requests_total", { route: "/api/v1/ask", method: "POST", status: "200" }) ?? 0;
    const res = await fetch(`${app.baseUrl}/api/v1/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "office space" }) });
    expect(res.status).toBe(200);
    await fetch(`${app.baseUrl}/api/v1/ask`, { method: "POST", headers: { "content-type": "text/plain" }, body: "office space" });
    const text = await metrics();
    expect(sample(text, "policy_assistant_api_requests_total", { route: "/api/v1/ask", method: "POST", status: "200" })).toBe(before + 1);
    expect(sample(text, "policy_assistant_api_requests_total", { route: "/api/v1/ask", method: "POST", status: "415" })).toBe(1);
    expect(text).not.toContain("office space");
  });

  it("counts a platform's retry of a delivery as deduplicated", async () => {
    const user = new WechatTestUser(app.baseUrl, ACCOUNT, "plain", "o_metrics_retry");
    const before = sample(await metrics(), "policy_assistant_deduplicated_deliveries_total", { channel: "wechat" }) ?? 0;
    const msgId = freshMsgId();
    await user.text("你好", msgId);
    await user.text("你好", msgId);
    expect(sample(await metrics(), "policy_assistant_deduplicated_deliveries_total", { channel: "wechat" })).toBe(before + 1);
  });

  it("exports explanations by source and guard rejections by category", async () => {
    const text = await metrics();
    expect(text).toContain("# TYPE policy_assistant_explanations_total counter");
    expect(text).toContain("# TYPE policy_assistant_guard_rejections_total counter");
    expect(text).toContain("# TYPE policy_assistant_llm_breaker_state gauge");
    expect(text).toContain("# TYPE policy_assistant_redis_errors_total counter");
  });
});
