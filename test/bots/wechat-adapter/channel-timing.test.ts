import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { explainResult } from "../../../core/explain/template-explainer.ts";
import type { MeasureResult } from "../../../core/rules/index.ts";
import { wechatText } from "../../../bots/wechat-adapter/strings.ts";
import { ScriptedExplainer } from "../../helpers/scripted-explainer.ts";
import { SlowLockStore } from "../../helpers/slow-store.ts";
import { startWechatApp, type WechatApp, countTurns } from "../../helpers/wechat-app.ts";
import { freshMsgId } from "../../helpers/wechat-client.ts";
import { runChineseCheck, scriptedEvaluation } from "../../helpers/wechat-script.ts";

/** The curated explanation of `measure` for the scripted applicant, as the template explainer words it. */
function templateText(measure: string): string {
  const r = scriptedEvaluation().results.find((x) => x.measure === measure) as MeasureResult;
  return explainResult(r, "zh");
}

/** An LLM answer several WeChat messages long, with line breaks a split can use. */
const LONG_LLM_TEXT = Array.from({ length: 60 }, (_, i) => `第${i + 1}段：支持模型训练的算力券和语料券按年度支出的一定比例给予补助。`).join("\n");

const bytes = (s: string | null) => Buffer.byteLength(s ?? "", "utf8");
const squeeze = (s: string) => s.replace(/\s+/g, "");

describe("the 5-second rule without the customer-service API", () => {
  let wechat: WechatApp;
  const explainer = new ScriptedExplainer({ kind: "hang" });

  beforeAll(async () => {
    wechat = await startWechatApp({ explainer });
  });
  afterAll(async () => {
    await wechat.close();
  });

  it("answers in under 5 seconds with the template text when the explainer never answers", async () => {
    const user = wechat.user("plain", "o_hung_llm");
    await runChineseCheck(user);
    explainer.script = { kind: "hang" };
    const reply = await user.text("1"); // 解释：支持模型训练（算力券、语料券）
    expect(reply.elapsedMs).toBeLessThan(5000);
    expect(explainer.calls).toBe(1);
    expect(reply.content).toContain(templateText("m09"));
  }, 15_000);

  it("cuts a reply too long for one message at a character boundary, with a note, keeping the options that follow whole", async () => {
    const user = wechat.user("plain", "o_long_cut");
    await runChineseCheck(user);
    explainer.script = { kind: "llm", text: LONG_LLM_TEXT, delayMs: 0 };
    const reply = await user.text("1");
    expect(bytes(reply.content)).toBeLessThanOrEqual(2000);
    const [, after] = reply.content!.split(wechatText("zh", "wechat.cut"));
    // After the note: the options the user picks from next, numbered.
    expect(after).toMatch(/\n {2}1\. /);
    expect(LONG_LLM_TEXT.startsWith(reply.content!.slice(0, 200))).toBe(true);
  });
});

describe("the 5-second rule with the customer-service API", () => {
  let wechat: WechatApp;
  const explainer = new ScriptedExplainer({ kind: "hang" });

  beforeAll(async () => {
    wechat = await startWechatApp({ explainer, customerService: true, channel: { timings: { explainBudgetMs: 300 } } });
  });
  afterAll(async () => {
    await wechat.close();
  });

  it("sends the LLM explanation by the customer-service API when it comes after the template reply", async () => {
    const user = wechat.user("safe", "o_late_llm");
    await runChineseCheck(user);
    explainer.script = { kind: "llm", text: "这是大模型给出的解释。", delayMs: 1000 };
    const reply = await user.text("1");
    expect(reply.content).toContain(templateText("m09"));
    expect(reply.content).not.toContain("大模型");
    await vi.waitFor(() => expect(wechat.api!.delivered.map((s) => s.body?.text?.content)).toContain("这是大模型给出的解释。"), { timeout: 5000 });
    const late = wechat.api!.delivered.find((s) => s.body?.text?.content === "这是大模型给出的解释。");
    expect(late?.body?.touser).toBe("o_late_llm");
  });

  it("keeps the passive reply under 2,048 bytes and delivers the rest by the customer-service API", async () => {
    const user = wechat.user("plain", "o_long_split");
    await runChineseCheck(user);
    const before = wechat.api!.delivered.length;
    explainer.script = { kind: "llm", text: LONG_LLM_TEXT, delayMs: 0 };
    const reply = await user.text("1");
    expect(reply.content).toMatch(/^第1段/);
    expect(bytes(reply.content)).toBeLessThanOrEqual(2048);
    await vi.waitFor(() => expect(squeeze(reply.content + wechat.api!.delivered.slice(before).map((s) => s.body?.text?.content ?? "").join(""))).toContain(squeeze(LONG_LLM_TEXT)), {
      timeout: 5000,
    });
    const rest = wechat.api!.delivered.slice(before);
    expect(rest.length).toBeGreaterThan(0);
    for (const part of rest) {
      expect(part.body?.touser).toBe("o_long_split");
      expect(bytes(part.body?.text?.content ?? "")).toBeLessThanOrEqual(2048);
    }
  });
});

describe("a turn slower than the passive reply allows", () => {
  it("answers success and sends the replies by the customer-service API, and a retry does not run it again", async () => {
    const store = new SlowLockStore();
    const wechat = await startWechatApp({ store, customerService: true, channel: { timings: { passiveDeadlineMs: 300 } } });
    try {
      const user = wechat.user("plain", "o_slow_api");
      await user.event("subscribe");
      store.lockDelayMs = 800;
      const turns = countTurns(wechat.app.conversations);
      const msgId = freshMsgId();
      const first = await user.text("帮助", msgId);
      expect(first.body).toBe("success");
      await vi.waitFor(() => expect(wechat.api!.delivered.map((s) => s.body?.text?.content ?? "").join("")).toContain("我可以"), { timeout: 5000 });
      const retry = await user.text("帮助", msgId);
      expect(retry.body).toBe("success");
      expect(turns.count).toBe(1);
    } finally {
      await wechat.close();
    }
  });

  it("without the customer-service API, gives the answer to WeChat's retry once the turn is done", async () => {
    const store = new SlowLockStore();
    const wechat = await startWechatApp({ store, channel: { timings: { passiveDeadlineMs: 300, holdMs: 500 } } });
    try {
      const user = wechat.user("plain", "o_slow_retry");
      await user.event("subscribe");
      store.lockDelayMs = 800;
      const turns = countTurns(wechat.app.conversations);
      const msgId = freshMsgId();
      const first = await user.text("帮助", msgId);
      expect(first.content).toBeNull();
      const retry = await user.text("帮助", msgId);
      expect(retry.content).toContain("我可以");
      expect(turns.count).toBe(1);
    } finally {
      await wechat.close();
    }
  });
});
