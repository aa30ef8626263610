import { describe, expect, it } from "vitest";
import { evaluate, evaluateProfile, MEASURE_IDS, parseProfile } from "../../../core/rules/index.ts";
import { aiEnterprise, evaluateOk, merge } from "../../helpers/profiles.ts";

describe("evaluate", () => {
  it("returns all 22 measures in id order, each with its clause, even for an empty profile", () => {
    const r = evaluateOk({ asOf: "2026-06-01" });
    expect(r.results.map((x) => x.measure)).toEqual([...MEASURE_IDS]);
    expect(r.results[0]!.clause).toBe("（一）");
    expect(r.results[21]!.clause).toBe("（二十二）");
  });

  it("echoes the policy's validity and the evaluation date", () => {
    const r = evaluateOk({ asOf: "2026-06-01" });
    expect(r.asOf).toBe("2026-06-01");
    expect(r.policy).toMatchObject({ validFrom: "2025-03-01", validUntil: "2027-12-31" });
    expect(r.notes[0]).toBe(r.policy.disclaimer.en);
  });

  it("uses the given today when the profile has no asOf", () => {
    const parsed = parseProfile({});
    if (!parsed.ok) throw new Error("empty profile should be valid");
    expect(evaluateProfile(parsed.profile, { today: "2026-01-15" }).asOf).toBe("2026-01-15");
    const r = evaluate({}, { today: "2028-03-01" });
    expect(r.ok && r.result.results.every((x) => x.reasons[0]?.code === "policy_expired")).toBe(true);
  });

  it("adds up the maximum cash of eligible and likely measures only", () => {
    const p = aiEnterprise({
      applicant: { talentTeamTier: "startup" },
      modelFiling: { cacFiled: true },
      compute: { annualSpendAtCenter: 1000000 },
    });
    const r = evaluateOk(p);
    const counted = r.results.filter((x) => x.status === "eligible" || x.status === "likely");
    const sum = counted.reduce((a, x) => a + Math.round(Number(x.settledCashCNY ?? "0") * 100), 0);
    expect(r.totalMaxCashCNY).toBe((sum / 100).toFixed(2));
    // m02 start-up 500,000 (likely) + m11 500,000 (likely) + m09's compute voucher 300,000 (settled; the corpus
    // part, up to 2,000,000, still pending and left out of the total, said in its notes).
    expect(r.totalMaxCashCNY).toBe("1300000.00");
    expect(r.totals.notes.join(" ")).toMatch(/（九）: only its settled parts are counted \(300000\.00\).*up to 2300000\.00/);
  });

  it("notes 从优不重复 when the same item already gets other support", () => {
    const r = evaluateOk(aiEnterprise({ otherSupportForSameItem: true }));
    expect(r.notes.join(" ")).toMatch(/从优不重复/);
    expect(r.results[1]!.assumptions.join(" ")).toMatch(/从优不重复/);
    expect(evaluateOk(aiEnterprise({ otherSupportForSameItem: false })).notes.join(" ")).not.toMatch(/从优不重复/);
  });

  it("refuses an invalid profile with its issues instead of throwing", () => {
    const r = evaluate(merge(aiEnterprise(), { applicant: { headcount: -1 } }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.path).toBe("applicant.headcount");
  });

  it("is pure: the same profile gives the same result", () => {
    const p = aiEnterprise({ applicant: { headcount: 12 }, loans: [{ principal: 1000000, annualRate: 0.04, years: 2 }] });
    expect(evaluateOk(p)).toEqual(evaluateOk(p));
  });
});
