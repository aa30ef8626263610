import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DeadlineExplainer } from "../../../bots/wechat-adapter/deadline-explainer.ts";
import type { ExplainOptions, ExplainRequest, Explainer, Explanation } from "../../../core/explain/explainer.ts";

const request: ExplainRequest = { lang: "zh", results: [], asOf: "2026-06-01" };
const template: Explainer = { explain: async () => ({ text: "模板解释", source: "template" }) };

/** An explainer answering `answer` after `delayMs`, remembering the options it was given. */
function slow(answer: Explanation, delayMs: number): Explainer & { options: ExplainOptions[] } {
  const options: ExplainOptions[] = [];
  return {
    options,
    explain: (_r, o = {}) => {
      options.push(o);
      return new Promise((resolve) => setTimeout(() => resolve(answer), delayMs));
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("an explainer that never makes the passive reply late", () => {
  it("gives the LLM's text when it comes within the budget", async () => {
    const inner = slow({ text: "大模型解释", source: "llm" }, 1000);
    const explainer = new DeadlineExplainer({ inner, deadline: Date.now() + 4000, budgetMs: 3000, fallback: template });
    const result = explainer.explain(request, { budgetMs: 3000 });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toEqual({ text: "大模型解释", source: "llm" });
  });

  it("gives the template when the budget runs out, and the LLM's text to onLate when it comes", async () => {
    const onLate = vi.fn();
    const inner = slow({ text: "大模型解释", source: "llm" }, 5000);
    const explainer = new DeadlineExplainer({ inner, deadline: Date.now() + 4000, budgetMs: 3000, fallback: template, onLate });
    const result = explainer.explain(request);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(result).resolves.toEqual({ text: "模板解释", source: "template" });
    expect(onLate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(onLate).toHaveBeenCalledWith("大模型解释");
    // The LLM was given time to finish for the late delivery.
    expect(inner.options[0]!.budgetMs).toBeGreaterThan(3000);
  });

  it("waits no longer than the deadline allows, even within the budget", async () => {
    const inner = slow({ text: "大模型解释", source: "llm" }, 2000);
    const explainer = new DeadlineExplainer({ inner, deadline: Date.now() + 1500, budgetMs: 3000, fallback: template });
    const result = explainer.explain(request, { budgetMs: 3000 });
    await vi.advanceTimersByTimeAsync(1500);
    await expect(result).resolves.toMatchObject({ source: "template" });
  });

  it("does not send a late template text again", async () => {
    const onLate = vi.fn();
    const inner = slow({ text: "模板解释", source: "template" }, 5000);
    const explainer = new DeadlineExplainer({ inner, deadline: Date.now() + 4000, budgetMs: 3000, fallback: template, onLate });
    void explainer.explain(request);
    await vi.advanceTimersByTimeAsync(6000);
    expect(onLate).not.toHaveBeenCalled();
  });

  it("aborts the late call when nobody could deliver its text", async () => {
    const inner = slow({ text: "大模型解释", source: "llm" }, 5000);
    const explainer = new DeadlineExplainer({ inner, deadline: Date.now() + 4000, budgetMs: 3000, fallback: template });
    const result = explainer.explain(request);
    await vi.advanceTimersByTimeAsync(3000);
    await result;
    expect(inner.options[0]!.signal?.aborted).toBe(true);
  });

  it("falls back to the template when the explainer fails", async () => {
    const failing: Explainer = {
      explain: () => {
        throw new Error("boom");
      },
    };
    const explainer = new DeadlineExplainer({ inner: failing, deadline: Date.now() + 4000, budgetMs: 3000, fallback: template });
    await expect(explainer.explain(request)).resolves.toEqual({ text: "模板解释", source: "template" });
  });
});
