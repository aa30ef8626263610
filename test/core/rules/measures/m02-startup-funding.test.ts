import { describe, expect, it } from "vitest";
import { aiEntity, aseanEnterprise, codes, merge, resultOf } from "../../../helpers/profiles.ts";

const team = (tier: string | undefined, patch: Record<string, unknown> = {}) =>
  resultOf(aiEntity("team", merge({ applicant: { talentTeamTier: tier } }, patch)), "m02");

describe("m02 （二） start-up funding for talent teams", () => {
  it("a start-up team settled at the showcase center in June 2025 is likely to get up to ¥500,000", () => {
    const r = team("startup");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("500000.00");
    expect(codes(r)).toEqual(["tier_assessed"]);
  });

  it("a high-level team is likely to get up to ¥2,000,000", () => {
    expect(team("high_level").maxCashCNY).toBe("2000000.00");
  });

  it("a leading team is likely to get up to ¥5,000,000", () => {
    expect(team("leading").maxCashCNY).toBe("5000000.00");
  });

  it("an enterprise formed by a talent team is covered too", () => {
    expect(resultOf(aiEntity("enterprise", { applicant: { talentTeamTier: "startup" } }), "m02").status).toBe("likely");
  });

  it("a team with no recognised talent tier is ineligible, citing （二）, and shows ¥0.00", () => {
    const r = team("none");
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "no_talent_tier", clause: "（二）" })]);
  });

  it("an unknown tier is asked for, with the leading-team cap as the upper bound", () => {
    const r = team(undefined);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.talentTeamTier"]);
    expect(r.maxCashCNY).toBe("5000000.00");
    expect(r.assumptions.join(" ")).toMatch(/upper bound/);
  });

  it("a research institute is not a talent team and is ineligible", () => {
    const r = resultOf(aiEntity("research_institute", { applicant: { talentTeamTier: "leading" } }), "m02");
    expect(r.status).toBe("ineligible");
    expect(codes(r)).toEqual(["applicant_type"]);
  });

  it("a team that settled before 2025-03-01 gets nothing", () => {
    expect(team("leading", { applicant: { settlement: { date: "2025-02-28" } } }).status).toBe("ineligible");
  });

  describe("with （五）", () => {
    it("an ASEAN-origin leading team is likely to get up to ¥10,000,000 (the cap doubled)", () => {
      const r = resultOf(aseanEnterprise({ applicant: { type: "team", talentTeamTier: "leading" } }), "m02");
      expect(r.status).toBe("likely");
      expect(r.maxCashCNY).toBe("10000000.00");
      expect(r.reasons.map((x) => [x.code, x.clause])).toContainEqual(["asean_up_to_double", "（五）"]);
    });

    it("an ASEAN-origin start-up team is likely to get up to ¥1,000,000", () => {
      expect(resultOf(aseanEnterprise({ applicant: { type: "team", talentTeamTier: "startup" } }), "m02").maxCashCNY).toBe("1000000.00");
    });
  });
});
