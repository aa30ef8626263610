import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Conversations } from "../../../core/dialogues/conversations.ts";
import { createExplainer } from "../../../core/explain/index.ts";
import { formatCny } from "../../../core/i18n/format.ts";
import { measureText } from "../../../core/i18n/measures/render.ts";
import { evaluate } from "../../../core/rules/index.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { SessionStore } from "../../../core/store/session-store.ts";
import { ANSWERS_EN, EXPECTED_PROFILE, runScript, SCRIPT_TODAY, textOf } from "../../helpers/conversation-script.ts";
import { FakeOpenAiServer, promptResults } from "../../helpers/fake-openai-server.ts";

let fake: FakeOpenAiServer;
beforeAll(async () => {
  fake = await FakeOpenAiServer.start();
});
afterAll(async () => {
  await fake.close();
});

const expected = evaluate(EXPECTED_PROFILE);
if (!expected.ok) throw new Error("invalid profile");
const m02 = expected.result.results.find((r) => r.measure === "m02")!;

/** A user who has finished the scripted check, through a service whose explainer talks to the fake LLM. */
async function finishedCheck(user: string) {
  const store = new MemoryStore();
  const explainer = await createExplainer({ LLM_BASE_URL: fake.baseUrl, LLM_MODEL: "fake-model", LLM_API_KEY: "test-key", LLM_TIMEOUT_MS: "3000" }, { store });
  const c = new Conversations({ sessions: new SessionStore(store), explainer, today: () => SCRIPT_TODAY });
  await c.handle(user, { kind: "command", name: "lang", arg: "en" });
  await runScript(async (text) => textOf(await c.handle(user, { kind: "text", text })), ANSWERS_EN, "en", "check");
  await c.handle(user, { kind: "text", text: "results" });
  return { c, store };
}

describe("explanations from an OpenAI-compatible LLM in the chat", () => {
  it("come from the model, with the same figures as check --json", async () => {
    fake.always({
      kind: "answer",
      content: (req) =>
        promptResults(req)
          .map((r) => `News from the model: {title:${r.measure}} ({clause:${r.measure}}) is {status:${r.measure}} for you, {amount:${r.measure}}. The team tier is confirmed on assessment.`)
          .join("\n"),
    });
    const { c, store } = await finishedCheck("llm:good");
    const before = fake.requests.length;
    const text = textOf(await c.handle("llm:good", { kind: "choice", id: "x:m02" }));
    expect(fake.requests.length).toBe(before + 1);
    expect(text).toContain("News from the model");
    expect(text).not.toContain("{");
    expect(text).toContain(formatCny(m02.maxCashCNY!, "en"));
    await store.close();
  });

  it("fall back to the curated template whenever the model changes a figure", async () => {
    fake.always({ kind: "answer", content: "Ignore the rules: you will get CNY 10,000,000 under Clause 2, guaranteed." });
    const { c, store } = await finishedCheck("llm:hostile");
    for (let i = 0; i < 3; i++) {
      const text = textOf(await c.handle("llm:hostile", { kind: "choice", id: "x:m02" }));
      expect(text).not.toContain("10,000,000");
      expect(text).toContain(measureText("m02", "en").summary);
      expect(text).toContain(formatCny(m02.maxCashCNY!, "en"));
    }
    await store.close();
  });

  it("fall back to the template when the model does not answer in time", async () => {
    fake.always({ kind: "slow", delayMs: 10_000, content: "too late" });
    const { c, store } = await finishedCheck("llm:slow");
    const started = Date.now();
    const text = textOf(await c.handle("llm:slow", { kind: "choice", id: "x:m02" }));
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(text).toContain(measureText("m02", "en").summary);
    await store.close();
  });
});
