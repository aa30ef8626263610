import { describe, expect, test } from "vitest";
import { Budget, BudgetEndedError } from "../../../core/explain/budget.ts";

const never = new Promise<never>(() => {});

describe("a time budget", () => {
  test("work that finishes in time is returned", async () => {
    const budget = new Budget(1_000);
    await expect(budget.race(Promise.resolve(42))).resolves.toBe(42);
    budget.dispose();
  });

  test("work that overruns is abandoned at the budget, and its signal fires", async () => {
    const budget = new Budget(30);
    const started = Date.now();
    await expect(budget.race(never)).rejects.toEqual(new BudgetEndedError("timeout"));
    expect(Date.now() - started).toBeLessThan(500);
    expect(budget.signal.aborted).toBe(true);
    expect(budget.endedBy).toBe("timeout");
  });

  test("the caller's abort ends it too, even before it starts", async () => {
    const controller = new AbortController();
    controller.abort();
    const budget = new Budget(1_000, controller.signal);
    await expect(budget.race(never)).rejects.toMatchObject({ reason: "aborted" });
    budget.dispose();
  });

  test("errors of the work pass through unchanged", async () => {
    const budget = new Budget(1_000);
    await expect(budget.race(Promise.reject(new TypeError("bad body")))).rejects.toThrow(TypeError);
    budget.dispose();
  });
});
