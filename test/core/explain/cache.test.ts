import { describe, expect, test } from "vitest";
import { EXPLANATION_TTL_SECONDS, ExplanationCache, explanationKey } from "../../../core/explain/cache.ts";
import type { ExplainRequest } from "../../../core/explain/explainer.ts";
import { StoreUnavailableError, type KeyValueStore } from "../../../core/store/key-value-store.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { requestFor, startupFunding } from "./fixtures.ts";

const ID = { model: "qwen-plus", promptVersion: "explain-v2-placeholders" };

describe("the cache key", () => {
  test("the same request gives the same key, whatever the question's spacing", () => {
    expect(explanationKey(requestFor("en", "How much?"), ID)).toBe(explanationKey(requestFor("en", "  How   much? "), ID));
  });

  test("the evaluation date is not part of it", () => {
    expect(explanationKey({ ...requestFor("en"), asOf: "2026-06-02" }, ID)).toBe(explanationKey(requestFor("en"), ID));
  });

  test("language, question, amount, status, model and prompt version each change it", () => {
    const base = explanationKey(requestFor("en"), ID);
    const variants: string[] = [
      explanationKey(requestFor("zh"), ID),
      explanationKey(requestFor("en", "When?"), ID),
      explanationKey({ ...requestFor("en"), results: [{ ...startupFunding, maxCashCNY: "5000000.00" }] }, ID),
      explanationKey({ ...requestFor("en"), results: [{ ...startupFunding, status: "eligible" }] }, ID),
      // The same bound with a different settled amount (parts pending) is explained differently.
      explanationKey({ ...requestFor("en"), results: [{ ...startupFunding, settledCashCNY: "1.00" }] }, ID),
      explanationKey(requestFor("en"), { ...ID, model: "deepseek-chat" }),
      explanationKey(requestFor("en"), { ...ID, promptVersion: "explain-v3" }),
    ];
    for (const v of variants) expect(v).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
  });

  test("the key names the language but never holds the question in clear", () => {
    const request: ExplainRequest = requestFor("th", "secret plans for 37 people");
    const key = explanationKey(request, ID);
    expect(key).toMatch(/^explain:th:[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain("secret");
  });
});

describe("the store behind it", () => {
  test("an explanation is kept for seven days", async () => {
    let now = 0;
    const store = new MemoryStore({ now: () => now });
    const cache = new ExplanationCache(store);
    await cache.set("k", "text");
    now = (EXPLANATION_TTL_SECONDS - 1) * 1000;
    expect(await cache.get("k")).toBe("text");
    now = (EXPLANATION_TTL_SECONDS + 1) * 1000;
    expect(await cache.get("k")).toBeNull();
  });

  test("a store that is down reads as a miss and drops writes, without an error", async () => {
    const down = new Proxy({} as KeyValueStore, {
      get: () => async () => {
        throw new StoreUnavailableError();
      },
    });
    const cache = new ExplanationCache(down);
    await expect(cache.get("k")).resolves.toBeNull();
    await expect(cache.set("k", "v")).resolves.toBeUndefined();
    await expect(cache.delete("k")).resolves.toBeUndefined();
  });
});
