import type { BaseMessage } from "@langchain/core/messages";
import { AIMessage } from "@langchain/core/messages";
import { describe, expect, test } from "vitest";
import { LlmExplainer, type ChatModelLike } from "../../../core/explain/llm-explainer.ts";
import { TemplateExplainer } from "../../../core/explain/template-explainer.ts";
import { GOOD, recordingLogger, requestFor } from "./fixtures.ts";

/** A model that fails like an endpoint that is down (HTTP 503), counting calls, until told to answer. */
function flakyModel() {
  const state = { calls: 0, down: true, answer: "" };
  const model: ChatModelLike = {
    async invoke(_input: BaseMessage[]) {
      state.calls++;
      if (state.down) throw Object.assign(new Error("service unavailable"), { status: 503 });
      return new AIMessage(state.answer);
    },
    async stream() {
      throw new Error("not used");
    },
  };
  return { model, state };
}

describe("when the LLM endpoint keeps failing", () => {
  test("explanations come from the template at once after three failures, and the endpoint is tried again after the cooldown", async () => {
    const { model, state } = flakyModel();
    let now = 1_000_000;
    const logger = recordingLogger();
    const explainer = new LlmExplainer({ model, modelName: "fake", logger, breakerThreshold: 3, breakerCooldownMs: 30_000, now: () => now });
    const template = (await new TemplateExplainer().explain(requestFor("en"))).text;

    for (let i = 0; i < 3; i++) expect((await explainer.explain(requestFor("en"))).text).toBe(template);
    expect(state.calls).toBe(3);

    const during = await explainer.explain(requestFor("en"));
    expect(during.source).toBe("template");
    expect(state.calls).toBe(3);

    now += 30_001;
    state.down = false;
    state.answer = GOOD.en!;
    const after = await explainer.explain(requestFor("en"));
    expect(state.calls).toBe(4);
    expect(after.source).toBe("llm");
  });
});

/** A model whose every call waits until the test answers it, counting calls. */
function heldModel() {
  const pending: { resolve: (m: AIMessage) => void; reject: (e: Error) => void }[] = [];
  const model: ChatModelLike = {
    invoke: (_input: BaseMessage[]) => new Promise<AIMessage>((resolve, reject) => pending.push({ resolve, reject })),
    async stream() {
      throw new Error("not used");
    },
  };
  return { model, pending };
}

/** Waits (without a clock) until `cond` holds. */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !cond(); i++) await new Promise((r) => setImmediate(r));
  expect(cond()).toBe(true);
}

describe("after the breaker's pause", () => {
  async function opened() {
    const { model, pending } = heldModel();
    let now = 1_000_000;
    const explainer = new LlmExplainer({ model, modelName: "fake", logger: recordingLogger(), breakerThreshold: 3, breakerCooldownMs: 30_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      const call = explainer.explain(requestFor("en"));
      await until(() => pending.length === i + 1);
      pending[i]!.reject(Object.assign(new Error("service unavailable"), { status: 503 }));
      expect((await call).source).toBe("template");
    }
    return { explainer, pending, later: (ms: number) => (now += ms) };
  }

  test("one call tries the endpoint while the others get the template at once", async () => {
    const { explainer, pending, later } = await opened();
    later(30_001);
    const probe = explainer.explain(requestFor("en"));
    await until(() => pending.length === 4);
    const others = await Promise.all([explainer.explain(requestFor("en")), explainer.explain(requestFor("zh"))]);
    expect(others.map((e) => e.source)).toEqual(["template", "template"]);
    expect(pending).toHaveLength(4);

    pending[3]!.resolve(new AIMessage(GOOD.en!));
    expect((await probe).source).toBe("llm");
    // The probe answered: the endpoint is used again by every call.
    const next = explainer.explain(requestFor("en"));
    await until(() => pending.length === 5);
    pending[4]!.resolve(new AIMessage(GOOD.en!));
    expect((await next).source).toBe("llm");
  });

  test("a probe that fails pauses the endpoint again for the whole pause", async () => {
    const { explainer, pending, later } = await opened();
    later(30_001);
    const probe = explainer.explain(requestFor("en"));
    await until(() => pending.length === 4);
    pending[3]!.reject(Object.assign(new Error("service unavailable"), { status: 503 }));
    expect((await probe).source).toBe("template");

    later(29_000);
    expect((await explainer.explain(requestFor("en"))).source).toBe("template");
    expect(pending).toHaveLength(4);
    later(1_001);
    const again = explainer.explain(requestFor("en"));
    await until(() => pending.length === 5);
    pending[4]!.resolve(new AIMessage(GOOD.en!));
    expect((await again).source).toBe("llm");
  });
});
