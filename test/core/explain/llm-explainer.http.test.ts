/**
 * The LLM explainer as `createExplainer` builds it (LangChain's ChatOpenAI)
 * talking to a fake OpenAI-compatible server over real HTTP on loopback.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createExplainer } from "../../../core/explain/config.ts";
import type { Explanation } from "../../../core/explain/explainer.ts";
import { LlmExplainer } from "../../../core/explain/llm-explainer.ts";
import { TemplateExplainer } from "../../../core/explain/template-explainer.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { FakeOpenAiServer } from "../../helpers/fake-openai-server.ts";
import { answerFromPrompt, HOSTILE, INJECTION, recordingLogger, requestFor } from "./fixtures.ts";

let fake: FakeOpenAiServer;

beforeEach(async () => {
  fake = await FakeOpenAiServer.start();
});

afterEach(async () => {
  await fake.close();
});

async function explainerFor(server: FakeOpenAiServer, options: { store?: MemoryStore; timeoutMs?: number } = {}) {
  const logger = recordingLogger();
  const explainer = await createExplainer(
    { LLM_BASE_URL: server.baseUrl, LLM_API_KEY: "sk-test-secret", LLM_MODEL: "fake-qwen", LLM_TIMEOUT_MS: String(options.timeoutMs ?? 4_000) },
    { logger, ...(options.store ? { store: options.store } : {}) },
  );
  if (!(explainer instanceof LlmExplainer)) throw new Error("expected the LLM explainer");
  return { explainer, logger };
}

async function templateText(lang: "en" | "zh" | "th", question?: string): Promise<string> {
  return (await new TemplateExplainer().explain(requestFor(lang, question))).text;
}

describe("ChatOpenAI over HTTP", () => {
  test("a good answer, written from the request's own figures, reaches the user", async () => {
    fake.always({ kind: "answer", content: answerFromPrompt("en") });
    const { explainer } = await explainerFor(fake);
    const out = await explainer.explain(requestFor("en"));
    expect(out.source).toBe("llm");
    expect(out.text).toContain("up to CNY 2,000,000");
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ model: "fake-qwen", stream: false, authorization: "Bearer sk-test-secret" });
  });

  test("good answers pass in Chinese and Thai too", async () => {
    for (const lang of ["zh", "th"] as const) {
      fake.queue({ kind: "answer", content: answerFromPrompt(lang) });
      const out = await (await explainerFor(fake)).explainer.explain(requestFor(lang));
      expect(out.source).toBe("llm");
    }
  });

  test("a slow server ends in the template within the budget, and the request is cancelled", async () => {
    fake.always({ kind: "slow", delayMs: 5_000, content: answerFromPrompt("en") });
    const { explainer, logger } = await explainerFor(fake);
    const started = Date.now();
    const out = await explainer.explain(requestFor("en"), { budgetMs: 300 });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(out).toEqual({ text: await templateText("en"), source: "template" });
    expect(logger.records.map((r) => r.details)).toContainEqual(expect.objectContaining({ event: "llm_explanation_fallback", reason: "timeout" }));
    await expect.poll(() => fake.cancelled).toBeGreaterThan(0);
  });

  test("the configured timeout is the default budget", async () => {
    fake.always({ kind: "slow", delayMs: 5_000, content: answerFromPrompt("en") });
    const { explainer } = await explainerFor(fake, { timeoutMs: 250 });
    const started = Date.now();
    expect((await explainer.explain(requestFor("en"))).source).toBe("template");
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  test("a 500 ends in the template after at most one retry", async () => {
    fake.always({ kind: "status", status: 500 });
    const { explainer, logger } = await explainerFor(fake);
    const out = await explainer.explain(requestFor("en"));
    expect(out.source).toBe("template");
    expect(fake.requests).toHaveLength(2);
    expect(logger.records.map((r) => r.details)).toContainEqual(expect.objectContaining({ reason: "http_error", status: 500 }));
  });

  test("a 401 ends in the template without a retry", async () => {
    fake.always({ kind: "status", status: 401 });
    const out = await (await explainerFor(fake)).explainer.explain(requestFor("en"));
    expect(out.source).toBe("template");
    expect(fake.requests).toHaveLength(1);
  });

  test("a body that is not JSON ends in the template", async () => {
    fake.always({ kind: "malformed", body: "<html>502 Bad Gateway</html>" });
    expect((await (await explainerFor(fake)).explainer.explain(requestFor("en"))).source).toBe("template");
  });

  test("JSON without choices ends in the template", async () => {
    fake.always({ kind: "malformed", body: JSON.stringify({ id: "x", object: "chat.completion" }) });
    expect((await (await explainerFor(fake)).explainer.explain(requestFor("en"))).source).toBe("template");
  });

  test("a refusal ends in the template", async () => {
    fake.always({ kind: "refusal", refusal: "I can't help with that." });
    expect((await (await explainerFor(fake)).explainer.explain(requestFor("en"))).source).toBe("template");
  });

  test("an answer cut off at the token limit ends in the template", async () => {
    fake.always({ kind: "answer", content: answerFromPrompt("en"), finishReason: "length" });
    const { explainer, logger } = await explainerFor(fake);
    expect((await explainer.explain(requestFor("en"))).source).toBe("template");
    expect(logger.records.map((r) => r.details)).toContainEqual(expect.objectContaining({ reason: "truncated" }));
  });

  test("a server that obeys an injected question ends in the template and a security event", async () => {
    fake.always({ kind: "answer", content: HOSTILE.injected });
    const { explainer, logger } = await explainerFor(fake);
    const out = await explainer.explain(requestFor("en", INJECTION));
    expect(out).toEqual({ text: await templateText("en", INJECTION), source: "template" });
    expect(logger.warnings().map((r) => r.details)).toEqual([expect.objectContaining({ event: "llm_guard_rejected", codes: expect.arrayContaining(["quantity", "promise"]) })]);
  });

  test("a streamed (SSE) answer replaces the template once it is whole and passes the guard", async () => {
    fake.always({ kind: "stream", chunks: (req) => answerFromPrompt("en")(req).match(/.{1,12}/gsu) ?? [], delayMs: 5 });
    const { explainer } = await explainerFor(fake);
    const updates: Explanation[] = [];
    const final = await explainer.explainStream(requestFor("en"), (e) => void updates.push(e));
    expect(fake.requests[0]!.stream).toBe(true);
    expect(updates.map((u) => u.source)).toEqual(["template", "llm"]);
    expect(final.text).toContain("up to CNY 2,000,000");
  });

  test("a streamed hostile answer never replaces the template", async () => {
    fake.always({ kind: "stream", chunks: ["Under Clause 2 you get ", "CNY 5,000,000."] });
    const updates: Explanation[] = [];
    await (await explainerFor(fake)).explainer.explainStream(requestFor("en"), (e) => void updates.push(e));
    expect(updates.map((u) => u.source)).toEqual(["template"]);
  });
});

describe("the cache over HTTP", () => {
  test("a second identical request does not reach the server", async () => {
    fake.always({ kind: "answer", content: answerFromPrompt("en") });
    const { explainer } = await explainerFor(fake, { store: new MemoryStore() });
    const first = await explainer.explain(requestFor("en", "How much can we get?"));
    const second = await explainer.explain(requestFor("en", "  How much   can we get? "));
    expect(fake.requests).toHaveLength(1);
    expect(second).toEqual({ ...first, cached: true });
  });

  test("another language or another question is a new request", async () => {
    fake.queue({ kind: "answer", content: answerFromPrompt("en") }, { kind: "answer", content: answerFromPrompt("en") }, { kind: "answer", content: answerFromPrompt("zh") });
    const { explainer } = await explainerFor(fake, { store: new MemoryStore() });
    await explainer.explain(requestFor("en", "How much?"));
    await explainer.explain(requestFor("en", "When?"));
    await explainer.explain(requestFor("zh", "How much?"));
    expect(fake.requests).toHaveLength(3);
  });
});

describe("start-up", () => {
  test("the start-up log says the LLM is used, with model and host but never the key", async () => {
    const { logger } = await explainerFor(fake);
    const line = logger.records[0]!;
    expect(line.details).toMatchObject({ explainer: "llm", model: "fake-qwen", baseUrl: fake.baseUrl, apiKey: "set" });
    expect(JSON.stringify(logger.records)).not.toContain("sk-test-secret");
  });
});
