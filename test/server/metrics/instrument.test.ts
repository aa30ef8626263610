import { describe, expect, it } from "vitest";
import type { Explainer, Explanation } from "../../../core/explain/explainer.ts";
import { GuardRejections } from "../../../core/explain/guard-counter.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { StoreUnavailableError } from "../../../core/store/key-value-store.ts";
import { instrumentExplainer, instrumentStore } from "../../../server/metrics/instrument.ts";
import { createMetrics } from "../../../server/metrics/metrics.ts";

const request = { lang: "en" as const, results: [], asOf: "2026-01-01" };

async function value(metrics: ReturnType<typeof createMetrics>, name: string, labels: Record<string, string>): Promise<number | undefined> {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  return (metric?.values as { labels: Record<string, string>; value: number }[] | undefined)?.find((v) => Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l))?.value;
}

describe("the service's metrics", () => {
  it("count explanations by source: the model, its cache, or the template", async () => {
    const metrics = createMetrics();
    const answers: Explanation[] = [{ text: "a", source: "llm" }, { text: "b", source: "llm", cached: true }, { text: "c", source: "template" }, { text: "d", source: "template" }];
    const explainer = instrumentExplainer<Explainer>({ explain: async () => answers.shift()! }, metrics);
    for (let i = 0; i < 4; i++) await explainer.explain(request);
    expect(await value(metrics, "policy_assistant_explanations_total", { source: "llm" })).toBe(1);
    expect(await value(metrics, "policy_assistant_explanations_total", { source: "cache" })).toBe(1);
    expect(await value(metrics, "policy_assistant_explanations_total", { source: "template" })).toBe(2);
  });

  it("report guard rejections by category and the breaker's state when scraped", async () => {
    const rejections = new GuardRejections();
    const metrics = createMetrics({ rejections });
    rejections.record(["quantity", "link"]);
    rejections.record(["quantity"]);
    let state: "closed" | "open" | "half_open" = "open";
    metrics.watchBreaker(() => state);
    expect(await value(metrics, "policy_assistant_guard_rejections_total", { category: "quantity" })).toBe(2);
    expect(await value(metrics, "policy_assistant_guard_rejections_total", { category: "link" })).toBe(1);
    expect(await value(metrics, "policy_assistant_llm_breaker_state", { state: "open" })).toBe(1);
    state = "closed";
    expect(await value(metrics, "policy_assistant_llm_breaker_state", { state: "open" })).toBe(0);
    expect(await value(metrics, "policy_assistant_llm_breaker_state", { state: "closed" })).toBe(1);
  });

  it("count store operations that failed because Redis was unreachable", async () => {
    const metrics = createMetrics();
    const broken = new MemoryStore();
    broken.get = async () => {
      throw new StoreUnavailableError();
    };
    const store = instrumentStore(broken, metrics);
    await expect(store.get("k")).rejects.toThrow(StoreUnavailableError);
    expect(await value(metrics, "policy_assistant_redis_errors_total", { operation: "get" })).toBe(1);
  });
});
