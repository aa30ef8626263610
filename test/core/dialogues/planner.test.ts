import { describe, expect, it } from "vitest";
import { plan, TurnPlans } from "../../../core/dialogues/planner.ts";

const TODAY = "2026-06-01";

describe("the plans of one turn", () => {
  it("plans the same answers once and plans again after an answer changes", () => {
    const plans = new TurnPlans(TODAY);
    const state = { answers: { type: "enterprise" } as Record<string, string | boolean>, skipped: [] as string[] };
    const first = plans.of(state);
    expect(plans.of(state)).toBe(first);
    state.answers.ai = false;
    const second = plans.of(state);
    expect(second).not.toBe(first);
    expect(second.evaluation.results.find((r) => r.measure === "m06")?.status).toBe("ineligible");
  });

  it("gives the same plan as planning afresh", () => {
    const state = { answers: { type: "team", ai: true, settlement: "planning", tier: "leading" }, skipped: [] };
    const a = new TurnPlans(TODAY).of(state);
    const b = plan(state, TODAY);
    expect(a.pending.map((q) => q.id)).toEqual(b.pending.map((q) => q.id));
    expect(a.evaluation.results.map((r) => [r.measure, r.status, r.maxCashCNY])).toEqual(b.evaluation.results.map((r) => [r.measure, r.status, r.maxCashCNY]));
  });

  it("evaluates the money answers it built as the amounts the user gave", () => {
    const p = plan({ answers: { type: "enterprise", ai: true, settlement: "planning", computeSpend: "1000000" }, skipped: [] }, TODAY);
    expect(p.evaluation.results.find((r) => r.measure === "m09")?.maxCashCNY).toBe("2300000.00");
  });
});

describe("what the planner asks", () => {
  const answers = { type: "enterprise", ai: true, settlement: "planning", asean: false, interests: ["data_compute"], computeSpend: "1000000" };

  it("still asks the corpus purchase once the compute voucher has settled （九） as eligible", () => {
    const p = plan({ answers, skipped: [] }, TODAY);
    const m09 = p.evaluation.results.find((r) => r.measure === "m09")!;
    expect(m09.status).toBe("eligible");
    expect(p.pending.map((q) => q.id)).toContain("corpusSpend");
    expect(p.affects.get("corpusSpend")).toContain("m09");
  });

  it("does not ask it for a measure outside the user's interests", () => {
    const p = plan({ answers: { ...answers, interests: ["tax_loans"] }, skipped: [] }, TODAY);
    expect(p.pending.map((q) => q.id)).not.toContain("corpusSpend");
  });
});
