import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateMeasures, evaluateProfile, evaluateResults } from "../../../core/rules/evaluate.ts";
import { parseProfileToEvaluate, type Profile } from "../../../core/rules/profile.ts";
import { MEASURE_IDS, type MeasureId } from "../../../core/rules/types.ts";
import { knownProfile, profile } from "../../helpers/profile-arbitraries.ts";
import { AS_OF } from "../../helpers/profiles.ts";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

/** The profile as evaluate() would read it, or null when it must be refused. */
function parsed(p: unknown): Profile | null {
  const r = parseProfileToEvaluate(p);
  return r.ok ? r.profile : null;
}

const someMeasures = fc.subarray([...MEASURE_IDS], { minLength: 1 });

describe("evaluateMeasures: a few measures, exactly as the whole evaluation gives them", () => {
  it("gives each asked measure's result as evaluateProfile does, in the measures' order, and no other", () => {
    fc.assert(
      fc.property(fc.oneof(profile, knownProfile), someMeasures, (p, ids) => {
        const valid = parsed(p);
        fc.pre(valid !== null);
        const whole = evaluateProfile(parsed(p)!, { today: AS_OF }).results.filter((r) => ids.includes(r.measure));
        expect(evaluateMeasures(valid!, ids, { today: AS_OF })).toEqual(whole);
      }),
      RUNS,
    );
  });

  it("sets one person's reward under （十七） against （十八） even when only one of them is asked (从优不重复)", () => {
    const p = parsed({
      asOf: AS_OF,
      applicant: { type: "enterprise", aiBusiness: true, settlement: { status: "settled", date: "2025-08-01" } },
      newExecutives: [{ person: "Li", annualAfterTaxPay: 600000, paidByEnterprise: true }],
      newTechTalent: [{ person: "Li", annualPay: 900000, annualAfterTaxPay: 700000 }],
    })!;
    for (const id of ["m17", "m18"] as MeasureId[]) {
      const [alone] = evaluateMeasures(p, [id]);
      const inWhole = evaluateProfile(p).results.find((r) => r.measure === id)!;
      expect(alone).toEqual(inWhole);
      expect(alone!.assumptions.join(" ")).toContain("从优不重复");
    }
  });
});

describe("evaluateResults: every result, exactly as the whole evaluation gives it, without the totals", () => {
  it("gives evaluateProfile's date and results for any profile", () => {
    fc.assert(
      fc.property(fc.oneof(profile, knownProfile), (p) => {
        const valid = parsed(p);
        fc.pre(valid !== null);
        const whole = evaluateProfile(valid!, { today: AS_OF });
        expect(evaluateResults(valid!, { today: AS_OF })).toEqual({ asOf: whole.asOf, results: whole.results });
      }),
      RUNS,
    );
  });
});
