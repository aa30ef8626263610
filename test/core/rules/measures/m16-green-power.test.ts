import { describe, expect, it } from "vitest";
import { aiEnterprise, codes, resultOf } from "../../../helpers/profiles.ts";

describe("m16 （十六） lower electricity costs", () => {
  it("a settled computing-power enterprise is likely to join the green power pilots, a non-cash benefit", () => {
    const r = resultOf(aiEnterprise({ applicant: { computingPowerEnterprise: true } }), "m16");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBeNull();
    expect(r.benefits).toEqual([expect.objectContaining({ kind: "green_power", quantity: null })]);
    expect(codes(r)).toEqual(["pilot_selection"]);
  });

  it("an enterprise that does not sell or run computing power is not covered, citing （十六）", () => {
    const r = resultOf(aiEnterprise({ applicant: { computingPowerEnterprise: false } }), "m16");
    expect(r.status).toBe("ineligible");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "not_computing_enterprise", clause: "（十六）" })]);
  });

  it("whether it is a computing-power enterprise is asked for", () => {
    const r = resultOf(aiEnterprise(), "m16");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.computingPowerEnterprise"]);
  });

  it("needs settlement in the center", () => {
    const r = resultOf(aiEnterprise({ applicant: { computingPowerEnterprise: true, settlement: { date: "2025-02-28" } } }), "m16");
    expect(codes(r)).toEqual(["settled_before_scope"]);
  });
});
