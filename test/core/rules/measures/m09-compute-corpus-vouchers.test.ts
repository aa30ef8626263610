import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

const vouchers = (compute: number | string | undefined, corpus: number | string | undefined) =>
  resultOf(aiEnterprise({ compute: { annualSpendAtCenter: compute }, corpus: { annualPurchaseFromUnrelatedParties: corpus } }), "m09");

describe("m09 （九） compute vouchers", () => {
  it("1,000,000 a year of compute bought from the center gives 30%: ¥300,000 a year", () => {
    const r = vouchers(1000000, 0);
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBe("300000.00");
  });

  it("6,666,660 gives 1,999,998, just under the cap", () => {
    expect(vouchers(6666660, 0).maxCashCNY).toBe("1999998.00");
  });

  it("6,666,670 would give 2,000,001 and gets the ¥2,000,000 yearly cap", () => {
    expect(vouchers(6666670, 0).maxCashCNY).toBe("2000000.00");
  });

  it("money given as a decimal string keeps its cents: 30% of 1,000,000.50 is 300,000.15", () => {
    expect(vouchers("1000000.50", 0).maxCashCNY).toBe("300000.15");
  });

  it("the trace shows the spend, rate, cap and award", () => {
    expect(vouchers(1000000, 0).trace).toContainEqual({
      step: "compute voucher = min(annual spend × rate, cap)",
      values: { spend: "1000000", rate: "0.3", cap: "2000000", award: "300000" },
    });
  });
});

describe("m09 （九） corpus vouchers", () => {
  it("1,000,000 of corpus bought from unrelated parties gives ¥300,000", () => {
    expect(vouchers(0, 1000000).maxCashCNY).toBe("300000.00");
  });

  it("the corpus voucher is capped at ¥2,000,000 a year too", () => {
    expect(vouchers(0, 10000000).maxCashCNY).toBe("2000000.00");
  });

  it("both vouchers add up, up to ¥4,000,000 a year", () => {
    expect(vouchers(1000000, 1000000).maxCashCNY).toBe("600000.00");
    expect(vouchers(100000000, 100000000).maxCashCNY).toBe("4000000.00");
  });

  it("no spending on either is ineligible, each reason citing （九）", () => {
    const r = vouchers(0, 0);
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(codes(r)).toEqual(["no_compute_spend", "no_corpus_spend"]);
    expect(r.reasons.every((x) => x.clause === "（九）")).toBe(true);
  });

  it("an unknown corpus purchase is asked for, its cap counted in the upper bound; the compute voucher is settled, so the measure is eligible", () => {
    const r = vouchers(1000000, undefined);
    expect(r.status).toBe("eligible");
    expect(r.settledCashCNY).toBe("300000.00");
    expect(r.missing).toEqual(["corpus.annualPurchaseFromUnrelatedParties"]);
    expect(r.maxCashCNY).toBe("2300000.00");
  });

  it("both unknown are both asked for", () => {
    const r = resultOf(aiEnterprise(), "m09");
    expect(r.missing).toEqual(["compute.annualSpendAtCenter", "corpus.annualPurchaseFromUnrelatedParties"]);
    expect(r.maxCashCNY).toBe("4000000.00");
  });

  it("notes the 50,000,000 yearly pool of each voucher", () => {
    expect(vouchers(1000000, 0).assumptions.join(" ")).toMatch(/50,000,000/);
  });

  it("a university may use the vouchers; a training provider may not", () => {
    expect(resultOf(aiEntity("university", { compute: { annualSpendAtCenter: 100000 }, corpus: { annualPurchaseFromUnrelatedParties: 0 } }), "m09").maxCashCNY).toBe("30000.00");
    expect(codes(resultOf(aiEntity("training_provider", { compute: { annualSpendAtCenter: 100000 } }), "m09"))).toEqual(["applicant_type"]);
  });
});
