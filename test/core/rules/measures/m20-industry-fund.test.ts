import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

describe("m20 （二十） AI industry fund", () => {
  it("a settled AI enterprise is likely to be considered for equity investment, which is not cash", () => {
    const r = resultOf(aiEnterprise(), "m20");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBeNull();
    expect(r.benefits).toEqual([expect.objectContaining({ kind: "equity_investment", quantity: null })]);
    expect(r.benefits[0]!.text).toMatch(/5000000000/);
    expect(codes(r)).toEqual(["investment_decision"]);
  });

  it("a team can be considered too", () => {
    expect(resultOf(aiEntity("team"), "m20").status).toBe("likely");
  });

  it("a university is not an enterprise or project team", () => {
    expect(codes(resultOf(aiEntity("university"), "m20"))).toEqual(["applicant_type"]);
  });

  it("needs settlement in the center", () => {
    expect(codes(resultOf(aiEnterprise({ applicant: { settlement: { status: "none" } } }), "m20"))).toEqual(["not_settled"]);
  });
});
