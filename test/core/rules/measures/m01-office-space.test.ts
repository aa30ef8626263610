import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, aseanEnterprise, benefitQuantity, codes, resultOf } from "../../../helpers/profiles.ts";

const space = (headcount: number, patch: Record<string, unknown> = {}) =>
  resultOf(aiEnterprise({ applicant: { headcount, ...patch } }), "m01");

describe("m01 （一） rent-free office space", () => {
  it("an AI enterprise of 10 people at the showcase center gets 150 m² rent-free, for at least 2 years, and no cash", () => {
    const r = space(10);
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBeNull();
    expect(benefitQuantity(r, "office_space")).toBe("150");
    expect(r.benefits.find((b) => b.kind === "office_space")?.unit).toBe("m²");
    expect(benefitQuantity(r, "office_term")).toBe("2");
  });

  it("33 people get 495 m², just under the 500 m² cap", () => {
    expect(benefitQuantity(space(33), "office_space")).toBe("495");
  });

  it("34 people would need 510 m² and get the 500 m² cap (累计最高500平方米)", () => {
    expect(benefitQuantity(space(34), "office_space")).toBe("500");
  });

  it("a team of 1 gets 15 m²", () => {
    expect(benefitQuantity(resultOf(aiEntity("team", { applicant: { headcount: 1 } }), "m01"), "office_space")).toBe("15");
  });

  it("a headcount of 0 is ineligible, the space being counted per person", () => {
    const r = space(0);
    expect(r.status).toBe("ineligible");
    expect(codes(r)).toEqual(["no_staff"]);
    expect(r.reasons[0]!.clause).toBe("（一）");
  });

  it("an unknown headcount is asked for, not taken as zero", () => {
    const r = resultOf(aiEnterprise(), "m01");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.headcount"]);
    expect(r.benefits).toEqual([]);
  });

  it.each(["showcase_center", "geo_satellite_park", "smart_city_center"])("the named site %s qualifies", (site) => {
    expect(space(10, { settlement: { site } }).status).toBe("eligible");
  });

  it("another site is ineligible, citing （一）", () => {
    const r = space(10, { settlement: { site: "other" } });
    expect(r.status).toBe("ineligible");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "site_not_named", clause: "（一）" })]);
  });

  it("an unknown site is asked for with its profile path", () => {
    const r = space(10, { settlement: { site: undefined } });
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.settlement.site"]);
  });

  it("a university is not an enterprise or team and is ineligible", () => {
    const r = resultOf(aiEntity("university", { applicant: { headcount: 10 } }), "m01");
    expect(r.status).toBe("ineligible");
    expect(r.reasons[0]).toMatchObject({ code: "applicant_type", clause: "（一）" });
  });

  it("an unknown applicant type is asked for", () => {
    const r = resultOf(aiEnterprise({ applicant: { type: undefined, headcount: 10 } }), "m01");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toContain("applicant.type");
  });

  it("an AI manufacturer renting factory space is told of the separate special support", () => {
    const r = space(10, { aiManufacturing: true });
    expect(r.benefits.map((b) => b.kind)).toContain("factory_space");
    expect(space(10, { aiManufacturing: false }).benefits.map((b) => b.kind)).not.toContain("factory_space");
  });

  it("an unknown ASEAN origin is asked for, since （五） could double the space", () => {
    const r = space(10, { aseanOrigin: undefined });
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.aseanOrigin"]);
  });

  describe("with （五） for an ASEAN-origin enterprise", () => {
    it("16 people get 480 m² (30 m² each), likely since the 2x depends on actual circumstances", () => {
      const r = resultOf(aseanEnterprise({ applicant: { headcount: 16 } }), "m01");
      expect(r.status).toBe("likely");
      expect(benefitQuantity(r, "office_space")).toBe("480");
      expect(r.reasons).toEqual([expect.objectContaining({ code: "asean_up_to_double", clause: "（五）" })]);
    });

    it("the cap doubles to 1000 m² and no more", () => {
      expect(benefitQuantity(resultOf(aseanEnterprise({ applicant: { headcount: 34 } }), "m01"), "office_space")).toBe("1000");
      expect(benefitQuantity(resultOf(aseanEnterprise({ applicant: { headcount: 200 } }), "m01"), "office_space")).toBe("1000");
    });

    it("the 2-year term is a duration and is not doubled", () => {
      expect(benefitQuantity(resultOf(aseanEnterprise({ applicant: { headcount: 10 } }), "m01"), "office_term")).toBe("2");
    });
  });
});
