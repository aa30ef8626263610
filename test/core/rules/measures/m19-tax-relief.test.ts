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

  // The base profile settled on 2025-06-01 and is evaluated on 2026-06-01; its local tax is
  // 10,000,000 × 25% × 40% = 1,000,000 a year, halved to 500,000 in years 6–10.

  it("year 5 (first revenue in 2022) is still fully exempt", () => {
    expect(benefitQuantity(relief({ firstRevenueYear: 2022 }), "tax_saving_this_year")).toBe("1000000");
  });

  it("year 6 (first revenue in 2021) is halved, and the years counted start at settlement in 2025 (year 5): 1,000,000 + 5 × 500,000 = ¥3,500,000", () => {
    const r = relief({ firstRevenueYear: 2021 });
    expect(benefitQuantity(r, "tax_saving_this_year")).toBe("500000");
    expect(r.maxCashCNY).toBe("3500000.00");
  });

  it("first revenue in 2020, settled in 2025, evaluated in 2026: only the half-relief years 2025–2029 count, 5 × 500,000 = ¥2,500,000, not 7,500,000", () => {
    const r = relief({ firstRevenueYear: 2020 });
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBe("2500000.00");
  });

  it("first revenue in 2024, settled in 2025: years 2–10 count (2025–2033), 4 × 1,000,000 + 5 × 500,000 = ¥6,500,000", () => {
    expect(relief({ firstRevenueYear: 2024 }).maxCashCNY).toBe("6500000.00");
  });

  it("first revenue in 2026, the year after settlement: all ten years count (2026–2035), ¥7,500,000", () => {
    expect(relief({ firstRevenueYear: 2026 }).maxCashCNY).toBe("7500000.00");
  });

  it("settled on 2025-12-31 with first revenue in 2023: 2025 (year 3) counts, 3 × 1,000,000 + 5 × 500,000 = ¥5,500,000", () => {
    const r = resultOf(aiEnterprise({ applicant: { settlement: { date: "2025-12-31" } }, tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2023, annualTaxableIncome: 10000000 } }), "m19");
    expect(r.maxCashCNY).toBe("5500000.00");
  });

  it("settled on 2026-01-01 with first revenue in 2023: 2025 no longer counts, from 2026 (year 4): 2 × 1,000,000 + 5 × 500,000 = ¥4,500,000", () => {
    const r = resultOf(aiEnterprise({ applicant: { settlement: { date: "2026-01-01" } }, tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2023, annualTaxableIncome: 10000000 } }), "m19");
    expect(r.maxCashCNY).toBe("4500000.00");
  });

  it("an enterprise planning to settle counts from the evaluation year: first revenue 2023, evaluated 2026, from year 4: ¥4,500,000", () => {
    const r = resultOf(aiEnterprise({ applicant: { settlement: { status: "planning", date: undefined } }, tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2023, annualTaxableIncome: 10000000 } }), "m19");
    expect(r.maxCashCNY).toBe("4500000.00");
  });

  it("while the settlement date is unknown, the bound counts from the first revenue year but not before 2025: first revenue 2023, from 2025 (year 3): ¥5,500,000", () => {
    const r = resultOf(aiEnterprise({ applicant: { settlement: { date: undefined } }, tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2023, annualTaxableIncome: 10000000 } }), "m19");
    expect(r.status).toBe("needs_info");
    expect(r.maxCashCNY).toBe("5500000.00");
    expect(r.assumptions.join(" ")).toMatch(/upper bound/);
  });

  it("year 10 (first revenue in 2017) is still halved; 2025 and 2026 (years 9 and 10) count: 2 × 500,000 = ¥1,000,000", () => {
    const r = relief({ firstRevenueYear: 2017 });
    expect(benefitQuantity(r, "tax_saving_this_year")).toBe("500000");
    expect(r.maxCashCNY).toBe("1000000.00");
  });

  it("year 11 (first revenue in 2016) is past the relief, citing （十九）", () => {
    const r = relief({ firstRevenueYear: 2016 });
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "relief_period_over", clause: "（十九）", params: { first: "2016", last: "2025" } })]);
  });

  it("the trace gives each counted year's figure: first revenue 2020, 2025–2029 at 500,000 each", () => {
    const years = relief({ firstRevenueYear: 2020 }).trace.filter((s) => /^\d{4}: year \d+/.test(s.step));
    expect(years.map((s) => [s.values.year, s.values.yearIndex, s.values.saving])).toEqual([
      ["2025", "6", "500000"], ["2026", "7", "500000"], ["2027", "8", "500000"], ["2028", "9", "500000"], ["2029", "10", "500000"],
    ]);
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
