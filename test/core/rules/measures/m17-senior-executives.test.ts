import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

const executives = (list: unknown[] | undefined, applicant: Record<string, unknown> = {}) =>
  resultOf(aiEnterprise({ applicant: { keyAiEnterprise: true, ...applicant }, newExecutives: list }), "m17");

describe("m17 （十七） senior executives' pay rewards", () => {
  it("a new executive paid 400,000 after tax by a key AI enterprise earns 10% a year for 3 years: ¥120,000", () => {
    const r = executives([{ annualAfterTaxPay: 400000, paidByEnterprise: true }]);
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBe("120000.00");
    expect(r.assumptions.join(" ")).toMatch(/same each year/);
  });

  it("rounds once at the end: 333,333.33 × 10% × 3 = 99,999.999 shows as 100,000.00", () => {
    expect(executives([{ annualAfterTaxPay: "333333.33", paidByEnterprise: true }]).maxCashCNY).toBe("100000.00");
  });

  it("each executive counts: two executives add up", () => {
    const r = executives([
      { annualAfterTaxPay: 400000, paidByEnterprise: true },
      { annualAfterTaxPay: 600000, paidByEnterprise: true },
    ]);
    expect(r.maxCashCNY).toBe("300000.00");
  });

  it("an executive not paid by the enterprise does not count", () => {
    const r = executives([
      { annualAfterTaxPay: 400000, paidByEnterprise: false },
      { annualAfterTaxPay: 100000, paidByEnterprise: true },
    ]);
    expect(r.maxCashCNY).toBe("30000.00");
  });

  it("with only executives paid by others, the enterprise is ineligible, citing （十七）", () => {
    const r = executives([{ annualAfterTaxPay: 400000, paidByEnterprise: false }]);
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "no_new_executive", clause: "（十七）" })]);
  });

  it("an enterprise that is not a recognised key AI enterprise is ineligible", () => {
    expect(codes(executives([{ annualAfterTaxPay: 400000, paidByEnterprise: true }], { keyAiEnterprise: false }))).toEqual(["not_key_ai_enterprise"]);
  });

  it("unknown facts are asked for by their paths", () => {
    const r = executives([{}], { keyAiEnterprise: undefined });
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.keyAiEnterprise", "newExecutives[0].paidByEnterprise", "newExecutives[0].annualAfterTaxPay"]);
  });

  it("an executive of unknown pay leaves the bound open; the executive already known is settled: eligible, ¥120,000 settled", () => {
    const r = executives([{ annualAfterTaxPay: 400000, paidByEnterprise: true }, { paidByEnterprise: true }]);
    expect(r.status).toBe("eligible");
    expect(r.missing).toEqual(["newExecutives[1].annualAfterTaxPay"]);
    expect(r.maxCashCNY).toBeNull();
    expect(r.settledCashCNY).toBe("120000.00");
    expect(r.parts.map((p) => [p.id, p.status, p.amountCNY])).toEqual([["executive[0]", "eligible", "120000.00"], ["executive[1]", "needs_info", null]]);
  });

  it("an executive not yet known to be paid by the enterprise is counted as an upper bound", () => {
    const r = executives([{ annualAfterTaxPay: 400000 }]);
    expect(r.status).toBe("needs_info");
    expect(r.maxCashCNY).toBe("120000.00");
  });

  it("unknown executives are asked for", () => {
    expect(executives(undefined).missing).toEqual(["newExecutives"]);
  });

  it("a team is not an enterprise", () => {
    expect(codes(resultOf(aiEntity("team", { applicant: { keyAiEnterprise: true }, newExecutives: [{ annualAfterTaxPay: 1, paidByEnterprise: true }] }), "m17"))).toEqual(["applicant_type"]);
  });
});
