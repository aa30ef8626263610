import { describe, expect, it } from "vitest";
import { reasonText } from "../../../core/i18n/labels.ts";
import { aiEnterprise, evaluateOk } from "../../helpers/profiles.ts";

describe("reasons in words", () => {
  // Li: （十七） 10% × 500,000 × 3 = 150,000 beats （十八） 6% × 500,000 × 3 = 90,000.
  const r = evaluateOk(aiEnterprise({
    applicant: { keyAiEnterprise: true, techEnterpriseAboveScale: true },
    newExecutives: [{ person: "Li", annualAfterTaxPay: 500000, paidByEnterprise: true }],
    newTechTalent: [{ person: "Li", annualPay: 600000, annualAfterTaxPay: 500000 }],
  }));
  const dropped = r.results.find((x) => x.measure === "m18")!.parts[0]!.reasons[0]!;

  it("counted_under_better_clause names the clause that rewards the person, in the reader's form of clause numbers", () => {
    expect(dropped.code).toBe("counted_under_better_clause");
    expect(reasonText(dropped, "en")).toBe("This person is rewarded under Clause 17, which gives more; the same person is not rewarded twice.");
    expect(reasonText(dropped, "zh")).toBe("此人已按（十七）获得更优的奖励，本条不再重复奖励（从优不重复）。");
    expect(reasonText(dropped, "th")).toBe("บุคคลนี้ได้รับรางวัลตามข้อ 17 ซึ่งให้มากกว่า บุคคลเดียวกันจะไม่ได้รับรางวัลซ้ำสองครั้ง");
  });
});
