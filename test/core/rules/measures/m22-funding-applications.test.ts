import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

describe("m22 （二十二） help applying for other funding", () => {
  it("a settled AI enterprise gets help applying for other funding: eligible, not cash", () => {
    const r = resultOf(aiEnterprise(), "m22");
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBeNull();
    expect(r.benefits).toEqual([expect.objectContaining({ kind: "application_assistance", quantity: null })]);
  });

  it("a team is not an enterprise", () => {
    const r = resultOf(aiEntity("team"), "m22");
    expect(r.status).toBe("ineligible");
    expect(r.reasons[0]).toMatchObject({ code: "applicant_type", clause: "（二十二）" });
  });

  it("an enterprise that settled before 2025-03-01 is outside the measures", () => {
    expect(codes(resultOf(aiEnterprise({ applicant: { settlement: { date: "2025-02-28" } } }), "m22"))).toEqual(["settled_before_scope"]);
  });

  it("an unknown applicant type is asked for", () => {
    expect(resultOf(aiEnterprise({ applicant: { type: undefined } }), "m22").missing).toEqual(["applicant.type"]);
  });
});
