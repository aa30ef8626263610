import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, benefitQuantity, codes, resultOf } from "../../../helpers/profiles.ts";

const relief = (tax: Record<string, unknown>) =>
  resultOf(aiEnterprise({ tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2025, annualTaxableIncome: 10000000, ...tax } }), "m19");

describe("m19 （十九） corporate income tax relief (local share)", () => {
  it("10,000,000 taxable income at the default 25% and a 40% local share saves 1,000,000 a year; ten years: ¥7,500,000", () => {
    const r = relief({});
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBe("7500000.00");
    expect(benefitQuantity(r, "tax_saving_this_year")).toBe("1000000");
    expect(r.benefits[0]!.unit).toBe("CNY saved in 2026");
  });

  it("states the default 25% rate and the 40% local share as assumptions", () => {
    const a = relief({}).assumptions.join(" ");
    expect(a).toMatch(/25%/);
    expect(a).toMatch(/40%/);
  });

  it("a given rate replaces the default: 15% gives 600,000 a year, ¥4,500,000 over ten years", () => {
    const r = relief({ corporateIncomeTaxRate: 0.15 });
    expect(r.maxCashCNY).toBe("4500000.00");
    expect(benefitQuantity(r, "tax_saving_this_year")).toBe("600000");
    expect(r.assumptions.join(" ")).not.toMatch(/taken as 25%/);
  });

  it("year 5 (first revenue in 2022) is still fully exempt", () => {
    expect(benefitQuantity(relief({ firstRevenueYear: 2022 }), "tax_saving_this_year")).toBe("1000000");
  });

  it("year 6 (first revenue in 2021) is halved", () => {
    const r = relief({ firstRevenueYear: 2021 });
    expect(benefitQuantity(r, "tax_saving_this_year")).toBe("500000");
    expect(r.maxCashCNY).toBe("7500000.00");
  });

  it("year 10 (first revenue in 2017) is still halved", () => {
    expect(benefitQuantity(relief({ firstRevenueYear: 2017 }), "tax_saving_this_year")).toBe("500000");
  });

  it("year 11 (first revenue in 2016) is past the relief, citing （十九）", () => {
    const r = relief({ firstRevenueYear: 2016 });
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "relief_period_over", clause: "（十九）", params: { first: "2016", last: "2025" } })]);
  });

  it("an enterprise that does not meet the zone's tax preference terms is ineligible", () => {
    expect(codes(relief({ qualifiesForZoneTaxPreference: false }))).toEqual(["no_tax_preference"]);
  });

  it("unknown first revenue year and income are asked for", () => {
    const r = relief({ qualifiesForZoneTaxPreference: undefined, firstRevenueYear: undefined, annualTaxableIncome: undefined });
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["tax.qualifiesForZoneTaxPreference", "tax.firstRevenueYear", "tax.annualTaxableIncome"]);
    expect(r.maxCashCNY).toBeNull();
  });

  it("the trace shows the local tax and the year counted", () => {
    const steps = relief({}).trace.map((s) => s.step);
    expect(steps).toContain("saving in 2026 (year 2 from the first revenue year)");
  });

  it("is for enterprises", () => {
    expect(codes(resultOf(aiEntity("team", { tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2025, annualTaxableIncome: 1 } }), "m19"))).toEqual(["applicant_type"]);
  });
});
