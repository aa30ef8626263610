import { describe, expect, it } from "vitest";
import { aiEnterprise, codes, resultOf } from "../../../helpers/profiles.ts";

const hires = (list: unknown[] | undefined, applicant: Record<string, unknown> = {}) =>
  resultOf(aiEnterprise({ applicant: { techEnterpriseAboveScale: true, ...applicant }, newTechTalent: list }), "m18");
const hire = (annualPay: number | string, annualAfterTaxPay: number | string = 100000) => hires([{ annualPay, annualAfterTaxPay }]);

describe("m18 （十八） high-end tech talent pay rewards", () => {
  it("a salary of exactly 300,000 is in the 2% band (达到 includes the number): 2% of 100,000 after tax for 3 years is ¥6,000", () => {
    const r = hire(300000);
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBe("6000.00");
  });

  it("a salary of 299,999.99 is below the first band: the hire does not count", () => {
    const r = hire("299999.99");
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "no_high_end_hire", clause: "（十八）" })]);
  });

  it("499,999.99 is still in the 2% band", () => {
    expect(hire("499999.99").maxCashCNY).toBe("6000.00");
  });

  it("exactly 500,000 is in the 6% band", () => {
    expect(hire(500000).maxCashCNY).toBe("18000.00");
  });

  it("999,999.99 is still in the 6% band", () => {
    expect(hire("999999.99").maxCashCNY).toBe("18000.00");
  });

  it("exactly 1,000,000 is in the 10% band", () => {
    expect(hire(1000000).maxCashCNY).toBe("30000.00");
  });

  it("the reward is on after-tax pay: 700,000 after tax at 10% for 3 years is ¥210,000", () => {
    expect(hire(1000000, 700000).maxCashCNY).toBe("210000.00");
  });

  it("only hires in a band count; each counts on its own", () => {
    const r = hires([
      { annualPay: 200000, annualAfterTaxPay: 160000 },
      { annualPay: 600000, annualAfterTaxPay: 450000 },
      { annualPay: 300000, annualAfterTaxPay: 240000 },
    ]);
    // 450,000 × 6% × 3 + 240,000 × 2% × 3
    expect(r.maxCashCNY).toBe("95400.00");
  });

  it("an unknown after-tax pay is asked for (needs_info, not an estimate)", () => {
    const r = hires([{ annualPay: 600000 }]);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["newTechTalent[0].annualAfterTaxPay"]);
  });

  it("an unknown pay is asked for, not taken as below the band", () => {
    const r = hires([{ annualAfterTaxPay: 300000 }]);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["newTechTalent[0].annualPay"]);
  });

  // 6% × 450,000 × 3 = 81,000 for the hire whose pay is known.
  it("a hire of unknown pay leaves the bound open; the hire already known is settled: eligible, ¥81,000 settled", () => {
    const r = hires([{ annualPay: 600000, annualAfterTaxPay: 450000 }, { annualAfterTaxPay: 800000 }]);
    expect(r.status).toBe("eligible");
    expect(r.missing).toEqual(["newTechTalent[1].annualPay"]);
    expect(r.maxCashCNY).toBeNull();
    expect(r.settledCashCNY).toBe("81000.00");
    expect(r.parts.find((p) => p.id === "hire[1]")).toMatchObject({ status: "needs_info", missing: ["newTechTalent[1].annualPay"] });
  });

  it("an enterprise that is not a technology enterprise above designated size is ineligible", () => {
    expect(codes(hires([{ annualPay: 600000, annualAfterTaxPay: 450000 }], { techEnterpriseAboveScale: false }))).toEqual(["not_above_scale"]);
  });

  it("unknown hires and size are asked for", () => {
    expect(hires(undefined, { techEnterpriseAboveScale: undefined }).missing).toEqual(["applicant.techEnterpriseAboveScale", "newTechTalent"]);
  });

  it("no hires at all is ineligible", () => {
    expect(codes(hires([]))).toEqual(["no_high_end_hire"]);
  });
});
