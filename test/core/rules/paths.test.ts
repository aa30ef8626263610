import { describe, expect, it } from "vitest";
import { Outcome } from "../../../core/rules/outcome.ts";
import { fieldOf, type ProfileField, type ProfilePath } from "../../../core/rules/paths.ts";

describe("profile paths", () => {
  it("name a list item's field without its index", () => {
    expect(fieldOf("newTechTalent[12].annualPay")).toBe("newTechTalent[].annualPay");
    expect(fieldOf("applicant.settlement.date")).toBe("applicant.settlement.date");
  });

  it("are what a rule reports missing, item indices included", () => {
    const i = 2;
    const out = new Outcome("（十八）").missing(`newTechTalent[${i}].annualPay`).missing("applicant.headcount");
    expect(out.summarize().missing).toEqual(["newTechTalent[2].annualPay", "applicant.headcount"]);
  });

  it("refuse a misspelt path at type-check time (npm run typecheck)", () => {
    const out = new Outcome("（一）");
    // @ts-expect-error "setlement" is not a field of the profile
    out.missing("applicant.setlement.date");
    // @ts-expect-error events have no "price"
    const wrongItem: ProfilePath = "events[0].price";
    // @ts-expect-error a field is written without an index
    const indexed: ProfileField = "events[0].cost";
    expect([wrongItem, indexed]).toHaveLength(2);
  });
});
