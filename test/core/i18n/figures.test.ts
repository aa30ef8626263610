import { describe, expect, it } from "vitest";
import { partsLine, pendingFigure, pendingPartsLine } from "../../../core/i18n/figures.ts";
import { amountText } from "../../../core/i18n/labels.ts";
import { aiEnterprise, resultOf } from "../../helpers/profiles.ts";

// Question labels stand in for the engine's: each path by its last word.
const facts = (paths: string[]) => paths.map((p) => p.replace(/^.*\./, ""));

describe("a measure settled by some parts while others pend, in words", () => {
  // （十七）: 10% × 400,000 × 3 = 120,000 for the first executive; the second's pay unknown, so no bound.
  const m17 = resultOf(aiEnterprise({ applicant: { keyAiEnterprise: true }, newExecutives: [{ annualAfterTaxPay: 400000, paidByEnterprise: true }, { paidByEnterprise: true }] }), "m17");

  it("with no bound: settled ¥120,000 over 3 years, possibly more once the pay is known", () => {
    expect(m17.status).toBe("eligible");
    expect(pendingFigure(m17, "en", ["Executives' average after-tax pay"])).toBe("settled CNY 120,000 over 3 years, 2026–2028; possibly more once we know: Executives' average after-tax pay");
    expect(amountText(m17, "en")).toBe("CNY 120,000 settled, possibly more");
    expect(amountText(m17, "zh")).toBe("已确定12万元，可能更多");
  });

  it("lists the pending executive even though every part is of one kind", () => {
    expect(pendingPartsLine(m17, "en", facts)).toBe("Still to settle: executives (annualAfterTaxPay).");
    expect(pendingPartsLine(m17, "zh", facts)).toBe("待确定：高管（annualAfterTaxPay）。");
  });

  // （二十一）: 10,000,000 at 4% for 3 years = 600,000 settled; a second loan's rate unknown: up to 4,400,000 more.
  const m21 = resultOf(aiEnterprise({ loans: [{ principal: 10000000, annualRate: 0.04, years: 3 }, { principal: 1000000, years: 3 }] }), "m21");

  it("（二十一）: settled ¥600,000, up to ¥5,000,000 once the second loan's rate is known; the loan listed as pending", () => {
    expect(pendingFigure(m21, "en", ["Loan interest rate"])).toMatch(/^settled CNY 600,000 over 3 years.*; up to CNY 5,000,000 over 3 years.* once we know: Loan interest rate$/);
    expect(pendingPartsLine(m21, "en", facts)).toBe("Still to settle: loans (annualRate).");
    expect(pendingPartsLine(m21, "vi", facts)).toBe("Còn chờ xác định: khoản vay (annualRate).");
  });

  it("a part list of different kinds leaves the pending one to the pending line", () => {
    const m09 = resultOf(aiEnterprise({ compute: { annualSpendAtCenter: 1000000 } }), "m09");
    expect(partsLine(m09, "en", facts)).toBe("compute voucher: Eligible, CNY 300,000 a year");
  });

  it("says nothing of pending parts for a measure that misses nothing, or is still needs_info", () => {
    const done = resultOf(aiEnterprise({ compute: { annualSpendAtCenter: 1000000 }, corpus: { annualPurchaseFromUnrelatedParties: 0 } }), "m09");
    expect(pendingFigure(done, "en", [])).toBeNull();
    expect(pendingPartsLine(done, "en", facts)).toBe("");
    const open = resultOf(aiEnterprise(), "m09");
    expect(open.status).toBe("needs_info");
    expect(pendingPartsLine(open, "en", facts)).toBe("");
  });
});
