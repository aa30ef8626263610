import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

const loans = (list: unknown[] | undefined) => resultOf(aiEnterprise({ loans: list }), "m21");
const loan = (principal: number | string, annualRate: number | string, years = 3) => loans([{ principal, annualRate, years }]);

describe("m21 （二十一） loan interest subsidies", () => {
  it("10,000,000 at exactly 4% for 3 years: 2 points and 50% of interest meet at 200,000 a year, ¥600,000", () => {
    const r = loan(10000000, 0.04);
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBe("600000.00");
  });

  it("at 5% the 2-point cap binds: 200,000 a year, not 250,000", () => {
    expect(loan(10000000, 0.05).maxCashCNY).toBe("600000.00");
  });

  it("at 3% the 50%-of-interest cap binds: 150,000 a year, not 200,000", () => {
    expect(loan(10000000, 0.03).maxCashCNY).toBe("450000.00");
  });

  it("a rate given as the string \"0.035\" works: 1,000,000 × 1.75% × 3 = ¥52,500", () => {
    expect(loan(1000000, "0.035").maxCashCNY).toBe("52500.00");
  });

  it("a 2-year loan is subsidised for 2 years", () => {
    expect(loan(10000000, 0.05, 2).maxCashCNY).toBe("400000.00");
  });

  it("a 5-year loan is subsidised for at most 3 years", () => {
    expect(loan(10000000, 0.05, 5).maxCashCNY).toBe("600000.00");
  });

  it("83,333,300 at 4% for 3 years gives 4,999,998, just under the ¥5,000,000 total cap", () => {
    expect(loan(83333300, 0.04).maxCashCNY).toBe("4999998.00");
  });

  it("100,000,000 at 5% for 3 years would give 6,000,000 and is capped at ¥5,000,000", () => {
    const r = loan(100000000, 0.05);
    expect(r.maxCashCNY).toBe("5000000.00");
    expect(r.trace).toContainEqual({ step: "all loans together, capped", values: { total: "6000000", cap: "5000000", subsidy: "5000000" } });
    expect(r.parts).toEqual([expect.objectContaining({ id: "loan[0]", status: "eligible", amountCNY: "5000000.00" })]);
  });

  it("the ¥5,000,000 cap is for all loans together", () => {
    expect(loans([
      { principal: 50000000, annualRate: 0.05, years: 3 },
      { principal: 50000000, annualRate: 0.05, years: 3 },
    ]).maxCashCNY).toBe("5000000.00");
    expect(loans([
      { principal: 10000000, annualRate: 0.05, years: 3 },
      { principal: 5000000, annualRate: 0.03, years: 1 },
    ]).maxCashCNY).toBe("675000.00");
  });

  it("unknown loans are asked for, the ¥5,000,000 cap shown as the upper bound", () => {
    const r = loans(undefined);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["loans"]);
    expect(r.maxCashCNY).toBe("5000000.00");
  });

  it("a loan of unknown rate is asked for by its path", () => {
    const r = loans([{ principal: 1000000, years: 3 }]);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["loans[0].annualRate"]);
    expect(r.maxCashCNY).toBe("5000000.00");
  });

  // 10,000,000 at 4%: min(10,000,000 × 2%, 50% × 10,000,000 × 4%) = 200,000 a year for each loan below.
  describe("the 3 subsidy years are per enterprise (单个企业补贴期限最长3年)", () => {
    const big = (startYear?: number) => ({ principal: 10000000, annualRate: 0.04, years: 3, ...(startYear === undefined ? {} : { startYear }) });

    it("two 3-year loans starting together in 2025 share the years 2025–2027: 2 × 3 × 200,000 = ¥1,200,000", () => {
      expect(loans([big(2025), big(2025)]).maxCashCNY).toBe("1200000.00");
    });

    it("a second loan starting in 2026 counts only 2026 and 2027: 3 × 200,000 + 2 × 200,000 = ¥1,000,000", () => {
      const r = loans([big(2025), big(2026)]);
      expect(r.status).toBe("eligible");
      expect(r.maxCashCNY).toBe("1000000.00");
      expect(r.trace).toContainEqual({ step: "the enterprise's subsidy years: 3 from the earliest loan start", values: { from: "2025", to: "2027" } });
    });

    it("a second loan starting in 2027 counts 2027 only: ¥800,000; one starting in 2028, after the 3 years, adds nothing: ¥600,000", () => {
      expect(loans([big(2025), big(2027)]).maxCashCNY).toBe("800000.00");
      expect(loans([big(2025), big(2028)]).maxCashCNY).toBe("600000.00");
    });

    it("without a start year on every loan, each counts up to 3 years as if they started together (an upper bound): ¥1,200,000", () => {
      const r = loans([big(2025), big()]);
      expect(r.maxCashCNY).toBe("1200000.00");
      expect(r.assumptions.join(" ")).toMatch(/upper bound/);
    });
  });

  it("no loan is ineligible, citing （二十一）", () => {
    const r = loans([]);
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "no_loan", clause: "（二十一）" })]);
  });

  it("an interest-free loan has nothing to subsidise", () => {
    expect(codes(loan(1000000, 0))).toEqual(["no_loan"]);
  });

  it("is for enterprises", () => {
    expect(codes(resultOf(aiEntity("team", { loans: [{ principal: 1000000, annualRate: 0.04, years: 3 }] }), "m21"))).toEqual(["applicant_type"]);
  });

  describe("each loan is a part with its own status, amount and years", () => {
    // 10,000,000 at 4%: 200,000 a year; 5,000,000 at 3%: min(100,000, 75,000) = 75,000 a year.
    it("two known loans: loan[0] 3 years 2025–2027 ¥600,000, loan[1] 2 years 2026–2027 ¥150,000, adding up to ¥750,000", () => {
      const r = loans([
        { principal: 10000000, annualRate: 0.04, years: 3, startYear: 2025 },
        { principal: 5000000, annualRate: 0.03, years: 5, startYear: 2026 },
      ]);
      expect(r.status).toBe("eligible");
      expect(r.maxCashCNY).toBe("750000.00");
      expect(r.parts).toEqual([
        expect.objectContaining({ id: "loan[0]", status: "eligible", amountCNY: "600000.00", kind: "interest_subsidy", period: { type: "years", years: 3, fromYear: 2025, toYear: 2027 }, missing: [] }),
        expect.objectContaining({ id: "loan[1]", status: "eligible", amountCNY: "150000.00", kind: "interest_subsidy", period: { type: "years", years: 2, fromYear: 2026, toYear: 2027 }, missing: [] }),
      ]);
      expect(r.period).toEqual({ type: "years", years: 3, fromYear: 2025, toYear: 2027 });
    });

    it("a loan starting in 2028, after the enterprise's 2025–2027, is an ineligible part saying why; the measure keeps the first loan's ¥600,000", () => {
      const r = loans([
        { principal: 10000000, annualRate: 0.04, years: 3, startYear: 2025 },
        { principal: 10000000, annualRate: 0.04, years: 3, startYear: 2028 },
      ]);
      expect(r.status).toBe("eligible");
      expect(r.maxCashCNY).toBe("600000.00");
      expect(r.parts[1]).toMatchObject({ id: "loan[1]", status: "ineligible", amountCNY: "0.00", reasons: [{ code: "loan_after_subsidy_years", clause: "（二十一）", params: { from: "2025", to: "2027" } }] });
    });

    it("a known loan and one of unknown rate: eligible with loan[0]'s ¥600,000 settled, loan[1] pending up to what is left of the cap, ¥4,400,000", () => {
      const r = loans([{ principal: 10000000, annualRate: 0.04, years: 3 }, { principal: 1000000, years: 3 }]);
      expect(r.status).toBe("eligible");
      expect(r.missing).toEqual(["loans[1].annualRate"]);
      expect(r.maxCashCNY).toBe("5000000.00");
      expect(r.settledCashCNY).toBe("600000.00");
      expect(r.parts.map((p) => [p.id, p.status, p.amountCNY, p.missing])).toEqual([
        ["loan[0]", "eligible", "600000.00", []],
        ["loan[1]", "needs_info", "4400000.00", ["loans[1].annualRate"]],
      ]);
    });

    it("two loans of unknown principal have no bound of their own; the measure keeps the ¥5,000,000 cap and says so", () => {
      const r = loans([{ annualRate: 0.04, years: 3 }, { annualRate: 0.04, years: 3 }]);
      expect(r.status).toBe("needs_info");
      expect(r.maxCashCNY).toBe("5000000.00");
      expect(r.parts.map((p) => [p.id, p.status, p.amountCNY])).toEqual([["loan[0]", "needs_info", null], ["loan[1]", "needs_info", null]]);
      expect(r.assumptions.join(" ")).toMatch(/Loan 1, Loan 2 still miss facts: together they can add at most what is left of the 5,000,000 cap/);
    });

    // 100,000,000 at 5%: 2,000,000 a year × 3 = 6,000,000; 50,000,000 at 5%: 3,000,000. Together 9,000,000 > 5,000,000:
    // shares 6/9 and 3/9 of the cap = 3,333,333.33 and 1,666,666.67.
    it("when the loans together pass the ¥5,000,000 cap, the cap is shared in proportion: ¥3,333,333.33 and ¥1,666,666.67, adding up to the cap", () => {
      const r = loans([
        { principal: 100000000, annualRate: 0.05, years: 3 },
        { principal: 50000000, annualRate: 0.05, years: 3 },
      ]);
      expect(r.maxCashCNY).toBe("5000000.00");
      expect(r.parts.map((p) => p.amountCNY)).toEqual(["3333333.33", "1666666.67"]);
      for (const p of r.parts) expect(p.reasons.map((x) => x.code)).toEqual(["subsidy_cap_shared"]);
      expect(r.assumptions.join(" ")).toMatch(/shared in proportion to each loan's subsidy/);
    });

    // 83,333,300 at 4% for 3 years: 4,999,998; 50 at 4%: 1 a year.
    it("exactly at the cap nothing is shared: 4,999,998 + 2 (2 years) = ¥5,000,000, each loan its own award", () => {
      const r = loans([{ principal: 83333300, annualRate: 0.04, years: 3 }, { principal: 50, annualRate: 0.04, years: 2 }]);
      expect(r.maxCashCNY).toBe("5000000.00");
      expect(r.parts.map((p) => p.amountCNY)).toEqual(["4999998.00", "2.00"]);
      expect(r.reasons.map((x) => x.code)).not.toContain("subsidy_cap_shared");
    });

    it("one yuan over the cap (4,999,998 + 3) is shared: ¥4,999,997.00 and ¥3.00, adding up to ¥5,000,000", () => {
      const r = loans([{ principal: 83333300, annualRate: 0.04, years: 3 }, { principal: 50, annualRate: 0.04, years: 3 }]);
      expect(r.maxCashCNY).toBe("5000000.00");
      expect(r.parts.map((p) => p.amountCNY)).toEqual(["4999997.00", "3.00"]);
      expect(r.reasons.map((x) => x.code)).toContain("subsidy_cap_shared");
    });
  });
});
