import { FakeListChatModel } from "@langchain/core/utils/testing";
import { describe, expect, test } from "vitest";
import type { ExplainOptions, Explainer, Explanation } from "../../../core/explain/explainer.ts";
import { LlmExplainer } from "../../../core/explain/llm-explainer.ts";
import { canStream, withExplainDefaults } from "../../../core/explain/streaming.ts";
import { TemplateExplainer } from "../../../core/explain/template-explainer.ts";
import { GOOD, requestFor } from "./fixtures.ts";

function recording(): { explainer: Explainer; seen: (ExplainOptions | undefined)[] } {
  const seen: (ExplainOptions | undefined)[] = [];
  return { seen, explainer: { explain: async (_r, options) => (seen.push(options), { text: "t", source: "template" }) } };
}

describe("channel defaults", () => {
  test("a channel's budget applies to every call, and a call's own budget wins", async () => {
    const { explainer, seen } = recording();
    const forWechat = withExplainDefaults(explainer, { budgetMs: 3_000 });
    await forWechat.explain(requestFor("zh"));
    await forWechat.explain(requestFor("zh"), { budgetMs: 1_000 });
    await forWechat.explain(requestFor("zh"), { budgetMs: undefined });
    expect(seen.map((o) => o?.budgetMs)).toEqual([3_000, 1_000, 3_000]);
  });

  test("the LLM explainer keeps its streaming behind the defaults; the template explainer has none", () => {
    const llm = new LlmExplainer({ model: new FakeListChatModel({ responses: [GOOD.en!] }), modelName: "fake" });
    expect(canStream(llm)).toBe(true);
    expect(canStream(withExplainDefaults(llm, { budgetMs: 3_000 }))).toBe(true);
    expect(canStream(new TemplateExplainer())).toBe(false);
    expect(canStream(withExplainDefaults(new TemplateExplainer(), { budgetMs: 3_000 }))).toBe(false);
  });

  test("streaming through the defaults still sends the template first, then the model's text", async () => {
    const llm = new LlmExplainer({ model: new FakeListChatModel({ responses: [GOOD.en!] }), modelName: "fake" });
    const wrapped = withExplainDefaults(llm, { budgetMs: 3_000 });
    if (!canStream(wrapped)) throw new Error("expected streaming");
    const updates: Explanation[] = [];
    await wrapped.explainStream(requestFor("en"), (e) => void updates.push(e));
    expect(updates.map((u) => u.source)).toEqual(["template", "llm"]);
  });
});
