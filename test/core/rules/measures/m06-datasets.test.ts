import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

describe("m06 （六） high-quality datasets", () => {
  it("an AI enterprise building a dataset is likely to get up to ¥1,000,000, graded on assessment", () => {
    const r = resultOf(aiEnterprise({ datasets: { building: true } }), "m06");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("1000000.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "graded_award", clause: "（六）" })]);
  });

  it.each(["team", "university", "research_institute"])("a settled %s building a dataset qualifies too (企业、高校、科研机构等)", (type) => {
    expect(resultOf(aiEntity(type, { datasets: { building: true } }), "m06").status).toBe("likely");
  });

  it("a training provider is not among the producers the clause names", () => {
    expect(codes(resultOf(aiEntity("training_provider", { datasets: { building: true } }), "m06"))).toEqual(["applicant_type"]);
  });

  it("no dataset being built means no award, citing （六）", () => {
    const r = resultOf(aiEnterprise({ datasets: { building: false } }), "m06");
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "no_dataset", clause: "（六）" })]);
  });

  it("an unknown dataset effort is asked for, the cap shown as an upper bound", () => {
    const r = resultOf(aiEnterprise(), "m06");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["datasets.building"]);
    expect(r.maxCashCNY).toBe("1000000.00");
    expect(r.assumptions).toContain("The amount is an upper bound until the missing facts are known.");
  });

  it("needs settlement in the center", () => {
    expect(codes(resultOf(aiEnterprise({ datasets: { building: true }, applicant: { settlement: { status: "none" } } }), "m06"))).toEqual(["not_settled"]);
  });
});
