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
