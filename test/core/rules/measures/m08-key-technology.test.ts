import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

describe("m08 （八） key technology R&D projects", () => {
  it.each(["model_development", "efficient_data_processing", "ai_chips", "cross_border_data_security", "embodied_ai"])(
    "an AI enterprise's R&D in %s is likely to get up to ¥5,000,000 per approved project",
    (field) => {
      const r = resultOf(aiEnterprise({ research: { field } }), "m08");
      expect(r.status).toBe("likely");
      expect(r.maxCashCNY).toBe("5000000.00");
      expect(codes(r)).toEqual(["project_approval"]);
    },
  );

  it("a field the clause does not name can still be proposed (the list ends in 等), and the result says so", () => {
    const r = resultOf(aiEnterprise({ research: { field: "other" } }), "m08");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("5000000.00");
    expect(codes(r)).toEqual(["field_not_named", "project_approval"]);
    expect(r.assumptions.join(" ")).toMatch(/等/);
  });

  it("an unknown field is asked for", () => {
    const r = resultOf(aiEnterprise(), "m08");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["research.field"]);
  });

  it("a university is not an AI enterprise setting up an R&D center", () => {
    const r = resultOf(aiEntity("university", { research: { field: "ai_chips" } }), "m08");
    expect(r.status).toBe("ineligible");
    expect(r.reasons[0]).toMatchObject({ code: "applicant_type", clause: "（八）" });
  });
});
