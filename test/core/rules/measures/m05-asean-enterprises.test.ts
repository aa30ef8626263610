import { describe, expect, it } from "vitest";
import { aiEnterprise, aseanEnterprise, benefitQuantity, codes, evaluateOk, resultOf } from "../../../helpers/profiles.ts";

/** Full facts for （一）–（四） plus m06, so that the doubling can be seen on each. */
const facts = {
  applicant: { type: "enterprise", headcount: 100, talentTeamTier: "leading" },
  housing: { executivesAndCoreStaff: 50 },
  promotion: { showcaseBooth: true },
  events: [{ kind: "launch", location: "center", cost: 1000000 }],
  datasets: { building: true },
};

describe("m05 （五） up to 2x for ASEAN enterprises", () => {
  it("an ASEAN-origin enterprise settled in the center is likely to get up to 2x, shown as a non-cash multiplier", () => {
    const r = resultOf(aseanEnterprise(), "m05");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBeNull();
    expect(r.benefits).toEqual([expect.objectContaining({ kind: "asean_multiplier", quantity: "2" })]);
    expect(codes(r)).toEqual(["multiplier_assessed"]);
    expect(r.trace).toContainEqual({ step: "ASEAN country", values: { country: "SG" } });
  });

  it("an ASEAN-origin team qualifies too", () => {
    expect(resultOf(aseanEnterprise({ applicant: { type: "team" } }), "m05").status).toBe("likely");
  });

  it("a domestic enterprise is ineligible, citing （五）", () => {
    const r = resultOf(aiEnterprise(), "m05");
    expect(r.status).toBe("ineligible");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "not_asean_origin", clause: "（五）" })]);
  });

  it("an unknown origin is asked for", () => {
    const r = resultOf(aiEnterprise({ applicant: { aseanOrigin: undefined } }), "m05");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.aseanOrigin"]);
  });

  it("an ASEAN-origin university is not an enterprise or team", () => {
    expect(codes(resultOf(aseanEnterprise({ applicant: { type: "university" } }), "m05"))).toEqual(["applicant_type"]);
  });

  it("ASEAN origin alone is not enough: the entity must settle in the center from 2025-03-01", () => {
    const r = resultOf(aseanEnterprise({ applicant: { settlement: { date: "2025-02-28" } } }), "m05");
    expect(codes(r)).toEqual(["settled_before_scope"]);
  });

  it("doubles （一）–（四）: 1000 m², ¥10,000,000 for a leading team, 40 apartment places, ¥200,000 per event", () => {
    const res = evaluateOk(aseanEnterprise(facts)).results;
    const get = (id: string) => res.find((x) => x.measure === id)!;
    expect(benefitQuantity(get("m01"), "office_space")).toBe("1000");
    expect(get("m02").maxCashCNY).toBe("10000000.00");
    expect(benefitQuantity(get("m03"), "talent_apartment")).toBe("40");
    expect(get("m04").maxCashCNY).toBe("200000.00");
    for (const id of ["m01", "m02", "m03", "m04"]) {
      expect(get(id).status, id).toBe("likely");
      expect(get(id).assumptions.join(" "), id).toMatch(/durations are not doubled/);
    }
  });

  it("the same profile without ASEAN origin gets the single figures", () => {
    const res = evaluateOk(aiEnterprise(facts)).results;
    const get = (id: string) => res.find((x) => x.measure === id)!;
    expect(benefitQuantity(get("m01"), "office_space")).toBe("500");
    expect(get("m02").maxCashCNY).toBe("5000000.00");
    expect(benefitQuantity(get("m03"), "talent_apartment")).toBe("20");
    expect(get("m04").maxCashCNY).toBe("100000.00");
  });

  it("does not reach beyond （四）: the dataset award stays at ¥1,000,000", () => {
    expect(resultOf(aseanEnterprise(facts), "m06").maxCashCNY).toBe("1000000.00");
  });

  // While （五） is undecided the figure of （一）–（四） must still be an upper bound: the leading-team
  // cap of （二）, 5,000,000, times the up-to-2x of （五）, is 10,000,000.
  it("while m05 itself is undecided (AI business unknown), the bound of a leading team includes the 2x: ¥10,000,000", () => {
    const r = resultOf(aseanEnterprise({ ...facts, applicant: { ...facts.applicant, aiBusiness: undefined } }), "m02");
    expect(r.status).toBe("needs_info");
    expect(r.maxCashCNY).toBe("10000000.00");
    expect(r.assumptions.join(" ")).toMatch(/upper bounds/);
  });

  it("a leading team of unknown ASEAN origin is bounded by 2 × 5,000,000 = ¥10,000,000, not 5,000,000", () => {
    const r = resultOf(aseanEnterprise({ ...facts, applicant: { ...facts.applicant, type: "team", aseanOrigin: undefined } }), "m02");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toContain("applicant.aseanOrigin");
    expect(r.maxCashCNY).toBe("10000000.00");
  });

  it("a leading team known not to be of ASEAN origin keeps the single cap: ¥5,000,000", () => {
    const r = resultOf(aseanEnterprise({ ...facts, applicant: { ...facts.applicant, type: "team", aseanOrigin: false } }), "m02");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("5000000.00");
  });

  it("a launch costing 400,000 by an enterprise of unknown origin is bounded by min(400,000 × 30% × 2, 2 × 100,000) = ¥200,000", () => {
    const r = resultOf(aseanEnterprise({ applicant: { aseanOrigin: undefined }, promotion: { showcaseBooth: false }, events: [{ kind: "launch", location: "center", cost: 400000 }] }), "m04");
    expect(r.status).toBe("needs_info");
    expect(r.maxCashCNY).toBe("200000.00");
  });
});
