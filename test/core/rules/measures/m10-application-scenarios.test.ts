import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

describe("m10 （十） benchmark application scenarios", () => {
  it.each(["tourism", "manufacturing", "finance", "transport", "agriculture", "healthcare", "education", "social_governance"])(
    "an AI enterprise's %s scenario is likely to get up to ¥1,000,000, rated each year",
    (domain) => {
      const r = resultOf(aiEnterprise({ scenario: { domain } }), "m10");
      expect(r.status).toBe("likely");
      expect(r.maxCashCNY).toBe("1000000.00");
      expect(r.reasons).toEqual([expect.objectContaining({ code: "scenario_rated", clause: "（十）" })]);
    },
  );

  it("a domain the clause does not name is not excluded (等), as an assumption", () => {
    const r = resultOf(aiEnterprise({ scenario: { domain: "other" } }), "m10");
    expect(r.status).toBe("likely");
    expect(r.assumptions.join(" ")).toMatch(/not one the clause names/);
  });

  it("an unknown scenario is asked for", () => {
    const r = resultOf(aiEnterprise(), "m10");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["scenario.domain"]);
  });

  it("an industry association is not among the clause's producers", () => {
    expect(codes(resultOf(aiEntity("industry_association", { scenario: { domain: "finance" } }), "m10"))).toEqual(["applicant_type"]);
  });
});
