import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

describe("m11 （十一） generative AI model filing", () => {
  it("an AI enterprise with a model filed with the CAC is likely to get up to ¥500,000", () => {
    const r = resultOf(aiEnterprise({ modelFiling: { cacFiled: true } }), "m11");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("500000.00");
    expect(codes(r)).toEqual(["evaluation_based"]);
  });

  it("a model not filed gets nothing, citing （十一）", () => {
    const r = resultOf(aiEnterprise({ modelFiling: { cacFiled: false } }), "m11");
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "not_filed", clause: "（十一）" })]);
  });

  it("an unknown filing is asked for", () => {
    const r = resultOf(aiEnterprise(), "m11");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["modelFiling.cacFiled"]);
  });

  it("the award is for enterprises: a research institute is ineligible", () => {
    expect(codes(resultOf(aiEntity("research_institute", { modelFiling: { cacFiled: true } }), "m11"))).toEqual(["applicant_type"]);
  });
});
