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
    expect(r.trace.at(-1)).toEqual({ step: "all loans together, capped", values: { total: "6000000", cap: "5000000", subsidy: "5000000" } });
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
});
