import { describe, expect, it } from "vitest";
import { evaluate } from "../../../core/rules/index.ts";
import { aiEnterprise, merge } from "../../helpers/profiles.ts";

/** The issues `evaluate` refuses `input` with (fails the test if it is accepted). */
function refused(input: unknown) {
  const r = evaluate(input);
  if (r.ok) throw new Error("profile should have been refused");
  return r.issues;
}

const hire = (annualPay: number | string, annualAfterTaxPay: number | string) =>
  aiEnterprise({ applicant: { techEnterpriseAboveScale: true }, newTechTalent: [{ annualPay, annualAfterTaxPay }] });

describe("contradictions a profile is refused for, naming the field", () => {
  it("after-tax pay of 300,000.01 above an annual pay of 300,000 is refused at newTechTalent[0].annualAfterTaxPay", () => {
    const issues = refused(hire(300000, "300000.01"));
    expect(issues).toEqual([{ path: "newTechTalent[0].annualAfterTaxPay", message: expect.stringMatching(/after-tax pay cannot exceed gross pay/) }]);
  });

  it("after-tax pay equal to the annual pay (no tax at all) is accepted: 2% × 300,000 × 3 years = ¥18,000", () => {
    const r = evaluate(hire(300000, 300000));
    expect(r.ok && r.result.results.find((x) => x.measure === "m18")!.maxCashCNY).toBe("18000.00");
  });

  it("a settled entity's settlement date one day after the evaluation date is refused at applicant.settlement.date", () => {
    const issues = refused(aiEnterprise({ asOf: "2026-06-01", applicant: { settlement: { date: "2026-06-02" } } }));
    expect(issues).toEqual([{ path: "applicant.settlement.date", message: expect.stringMatching(/after the evaluation date 2026-06-01.*planning/) }]);
  });

  it("a settlement on the evaluation date itself is accepted", () => {
    expect(evaluate(aiEnterprise({ asOf: "2026-06-01", applicant: { settlement: { date: "2026-06-01" } } })).ok).toBe(true);
  });

  it("a future date is fine for an entity still planning to settle (the date is not used)", () => {
    expect(evaluate(aiEnterprise({ applicant: { settlement: { status: "planning", date: "2027-01-01" } } })).ok).toBe(true);
  });

  it("without asOf, the settlement date is compared with the day given as today", () => {
    const p = merge(aiEnterprise({ applicant: { settlement: { date: "2026-06-02" } } }), { asOf: undefined });
    expect(evaluate(p, { today: "2026-06-02" }).ok).toBe(true);
    expect(evaluate(p, { today: "2026-06-01" }).ok).toBe(false);
  });
});

describe("numbers and sizes a profile is refused for", () => {
  it.each([NaN, Infinity, -Infinity])("%s as an amount, a count or a rate is refused at each field with one plain message", (v) => {
    const issues = refused({ compute: { annualSpendAtCenter: v }, applicant: { headcount: v }, loans: [{ annualRate: v }] });
    expect(issues.map((i) => i.path).sort()).toEqual(["applicant.headcount", "compute.annualSpendAtCenter", "loans[0].annualRate"]);
    for (const i of issues) expect(i.message).toMatch(/must be a finite number/);
  });

  it("1e999 in JSON (read as Infinity) is refused as not finite", () => {
    const issues = refused(JSON.parse('{"corpus":{"annualPurchaseFromUnrelatedParties":1e999}}'));
    expect(issues).toEqual([{ path: "corpus.annualPurchaseFromUnrelatedParties", message: expect.stringMatching(/finite/) }]);
  });

  it.each(["events", "aseanProjects", "newExecutives", "newTechTalent", "loans"])("a list of 1,001 %s is refused; 1,000 are accepted", (key) => {
    const items = (n: number) => Array.from({ length: n }, () => ({}));
    expect(refused({ asOf: "2026-06-01", [key]: items(1001) })).toEqual([{ path: key, message: "must have at most 1000 items" }]);
    expect(evaluate({ asOf: "2026-06-01", [key]: items(1000) }).ok).toBe(true);
  });
});
