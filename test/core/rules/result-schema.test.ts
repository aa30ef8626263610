import { Validator } from "@cfworker/json-schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EvaluationResultSchema, resultJsonSchema } from "../../../core/rules/index.ts";
import { profile } from "../../helpers/profile-arbitraries.ts";
import { D } from "../../../core/rules/money.ts";
import { aiEnterprise, evaluateOk } from "../../helpers/profiles.ts";

const validator = new Validator(resultJsonSchema() as never, "2020-12", false);
/** The JSON Schema's errors for a result as it is printed (JSON round trip), or [] when it validates. */
const errorsOf = (result: unknown) => validator.validate(JSON.parse(JSON.stringify(result))).errors.map((e) => `${e.instanceLocation}: ${e.error}`);

describe("the result's JSON Schema", () => {
  it("is a 2020-12 JSON Schema of an object with the result's top-level fields, all required", () => {
    const s = resultJsonSchema() as { $schema: string; required: string[] };
    expect(s.$schema).toMatch(/2020-12/);
    expect(s.required).toEqual(["policy", "asOf", "results", "totalMaxCashCNY", "totals", "notes"]);
  });

  it("every generated profile's result validates against it (and against the zod schema)", () => {
    fc.assert(
      fc.property(profile, (p) => {
        const r = evaluateOk(p);
        expect(errorsOf(r)).toEqual([]);
        expect(EvaluationResultSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses a result whose tax relief is written as cash kind, or an amount that is not a 2-decimal string", () => {
    const r = evaluateOk(aiEnterprise({ tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2025, annualTaxableIncome: 10000000 } }));
    const broken = structuredClone(r) as unknown as { results: { kind: string; maxCashCNY: string }[] };
    broken.results[18]!.kind = "cash";
    broken.results[1]!.maxCashCNY = "5000000";
    expect(errorsOf(broken).length).toBeGreaterThan(0);
    expect(errorsOf(r)).toEqual([]);
  });
});

describe("kinds, periods and totals", () => {
  // 10,000,000 taxable income × 25% × 40% = 1,000,000 a year of local tax; settled 2025, first revenue 2025:
  // ten relief years 2025–2034, 5 × 1,000,000 + 5 × 500,000 = 7,500,000 of tax saving, none of it cash.
  const taxed = () => evaluateOk(aiEnterprise({ tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2025, annualTaxableIncome: 10000000 } }));

  it("（十九）'s saving is tax relief over the years counted, 2025–2034, past 2027-12-31, and in no cash total", () => {
    const r = taxed();
    const m19 = r.results.find((x) => x.measure === "m19")!;
    expect(m19).toMatchObject({ kind: "tax_relief", period: { type: "years", years: 10, fromYear: 2025, toYear: 2034 }, maxCashCNY: "7500000.00", runsPastPolicyEnd: true });
    expect(m19.assumptions.join(" ")).toMatch(/Runs past 2027-12-31/);
    expect(r.totals.taxReliefCNY).toBe("7500000.00");
    expect(r.totals.wholePeriodCashCNY).toBe("0.00");
    expect(r.totalMaxCashCNY).toBe("0.00");
  });

  // （十七）: 10% × 500,000 after-tax pay × 3 years = 150,000, 50,000 in the first year; （九）: 30% × 1,000,000
  // of compute = 300,000 a year (the corpus part, 0, closed); （十一）: up to 500,000 once.
  it("splits cash into the first year and the whole period: 50,000 + 300,000 + 500,000 = ¥850,000 and 150,000 + 300,000 + 500,000 = ¥950,000", () => {
    const r = evaluateOk(aiEnterprise({
      applicant: { keyAiEnterprise: true },
      newExecutives: [{ annualAfterTaxPay: 500000, paidByEnterprise: true }],
      compute: { annualSpendAtCenter: 1000000 },
      corpus: { annualPurchaseFromUnrelatedParties: 0 },
      modelFiling: { cacFiled: true },
    }));
    const m17 = r.results.find((x) => x.measure === "m17")!;
    expect(m17).toMatchObject({ kind: "reward", period: { type: "years", years: 3, fromYear: 2026, toYear: 2028 }, runsPastPolicyEnd: true });
    expect(r.results.find((x) => x.measure === "m09")).toMatchObject({ kind: "voucher", period: { type: "per_year" } });
    expect(r.totals.firstYearCashCNY).toBe("850000.00");
    expect(r.totals.wholePeriodCashCNY).toBe("950000.00");
    expect(r.totals.upperBound).toBe(false);
  });

  // Launch: 30% × 200,000 = 60,000; roadshow of unknown cost: up to the 100,000 cap; the forum belongs to （十三）.
  it("（四） reports its booth and each launch or roadshow as parts, each with its status and amount", () => {
    const r = evaluateOk(aiEnterprise({ promotion: { showcaseBooth: true }, events: [{ kind: "launch", location: "center", cost: 200000 }, { kind: "forum", location: "center", cost: 1 }, { kind: "roadshow", location: "center" }] }));
    const m04 = r.results.find((x) => x.measure === "m04")!;
    expect(m04.parts.map((p) => [p.id, p.status, p.amountCNY, p.kind])).toEqual([["booth", "eligible", null, null], ["event[0]", "likely", "60000.00", "grant"], ["event[2]", "needs_info", "100000.00", "grant"]]);
    // The launch is settled (likely): the measure is likely, the roadshow's facts still listed.
    expect(m04).toMatchObject({ status: "likely", maxCashCNY: "160000.00", settledCashCNY: "60000.00", missing: ["events[2].cost"] });
  });

  it("a measure with one part settled is eligible, the other pending: compute 300,000 settled, corpus unknown up to 2,000,000; the totals count the 300,000", () => {
    const r = evaluateOk(aiEnterprise({ compute: { annualSpendAtCenter: 1000000 } }));
    const m09 = r.results.find((x) => x.measure === "m09")!;
    expect(m09.status).toBe("eligible");
    expect(m09.missing).toEqual(["corpus.annualPurchaseFromUnrelatedParties"]);
    expect(r.totals.wholePeriodCashCNY).toBe("300000.00");
    expect(m09.maxCashCNY).toBe("2300000.00");
    expect(m09.settledCashCNY).toBe("300000.00");
    expect(m09.parts.find((p) => p.id === "corpus")).toMatchObject({ status: "needs_info", missing: ["corpus.annualPurchaseFromUnrelatedParties"] });
  });

  it("otherSupportForSameItem marks the totals as upper bounds, saying why", () => {
    const r = evaluateOk(aiEnterprise({ otherSupportForSameItem: true }));
    expect(r.totals.upperBound).toBe(true);
    expect(r.totals.notes.join(" ")).toMatch(/从优不重复.*upper bounds/);
  });

  it("otherSupportForSameItem naming （十四） and （二十一） marks only those two, and the totals note names them by clause and English title", () => {
    const r = evaluateOk(aiEnterprise({ otherSupportForSameItem: ["m21", "m14"] }));
    expect(r.totals.upperBound).toBe(true);
    expect(r.totals.notes).toContain("从优不重复: （十四） Deployments in ASEAN countries and （二十一） Loan interest subsidies already get regional or city support for the same item (otherSupportForSameItem), so only the more favourable support is given: these totals are upper bounds.");
    const marked = r.results.filter((x) => x.assumptions.some((a) => a.startsWith("从优不重复: if the same item"))).map((x) => x.measure);
    expect(marked).toEqual(["m14", "m21"]);
    expect(r.notes.join(" ")).toMatch(/（十四） Deployments in ASEAN countries and （二十一） Loan interest subsidies already get/);
  });

  it("otherSupportForSameItem = false, or absent, leaves the totals exact", () => {
    expect(evaluateOk(aiEnterprise({ otherSupportForSameItem: false })).totals.upperBound).toBe(false);
    expect(evaluateOk(aiEnterprise()).totals.upperBound).toBe(false);
  });
});

describe("从优不重复 between （十七） and （十八）: one person, one reward", () => {
  const both = (talentPerson: string) => evaluateOk(aiEnterprise({
    applicant: { keyAiEnterprise: true, techEnterpriseAboveScale: true },
    newExecutives: [{ person: "Li", annualAfterTaxPay: 500000, paidByEnterprise: true }],
    newTechTalent: [{ person: talentPerson, annualPay: 600000, annualAfterTaxPay: 500000 }, { person: "Wang", annualPay: 300000, annualAfterTaxPay: 250000 }],
  }));
  const byId = (r: ReturnType<typeof both>, id: string) => r.results.find((x) => x.measure === id)!;

  // Li: （十七） 10% × 500,000 × 3 = 150,000; （十八） 6% (pay 600,000 ≥ 500,000) × 500,000 × 3 = 90,000.
  // Wang: （十八） 2% × 250,000 × 3 = 15,000.
  it("Li, in both lists, is rewarded under （十七） (150,000), not also under （十八） (90,000): （十八） keeps Wang's 15,000", () => {
    const r = both("Li");
    expect(byId(r, "m17").maxCashCNY).toBe("150000.00");
    const m18 = byId(r, "m18");
    expect(m18.maxCashCNY).toBe("15000.00");
    expect(m18.parts.find((p) => p.id === "hire[0]")).toMatchObject({ status: "ineligible", amountCNY: "0.00", reasons: [expect.objectContaining({ code: "counted_under_better_clause" })] });
    expect(m18.assumptions.join(" ")).toMatch(/从优不重复: Li is rewarded under （十七）/);
    expect(r.totals.wholePeriodCashCNY).toBe("165000.00");
  });

  it("a different person under （十八） is counted in full: 150,000 + 90,000 + 15,000", () => {
    const r = both("Zhao");
    expect(byId(r, "m18").maxCashCNY).toBe("105000.00");
    expect(r.totals.wholePeriodCashCNY).toBe("255000.00");
  });

  it("when （十七） is still undecided (key AI enterprise unknown), both stay, as upper bounds, and say so", () => {
    const r = evaluateOk(aiEnterprise({
      applicant: { techEnterpriseAboveScale: true },
      newExecutives: [{ person: "Li", annualAfterTaxPay: 500000, paidByEnterprise: true }],
      newTechTalent: [{ person: "Li", annualPay: 600000, annualAfterTaxPay: 500000 }],
    }));
    expect(byId(r, "m18").maxCashCNY).toBe("90000.00");
    expect(byId(r, "m18").assumptions.join(" ")).toMatch(/upper bounds/);
  });
});

describe("从优不重复 while the better clause's part for the person is pending", () => {
  // （十七） is settled by Wang (10% × 300,000 × 3 = 90,000), but whether the enterprise pays Li is unknown:
  // Li's 150,000 under （十七） may still fail, so （十八）'s 90,000 for Li is not set aside. Nor is it settled:
  // if the enterprise does pay Li, （十七） is the better reward and Li's （十八） is set aside, so it pends on that fact.
  it("（十七） settled by another executive does not set aside Li's （十八） reward while Li's own （十七） part is pending, and that reward pends on the same fact", () => {
    const r = evaluateOk(aiEnterprise({
      applicant: { keyAiEnterprise: true, techEnterpriseAboveScale: true },
      newExecutives: [{ person: "Wang", annualAfterTaxPay: 300000, paidByEnterprise: true }, { person: "Li", annualAfterTaxPay: 500000 }],
      newTechTalent: [{ person: "Li", annualPay: 600000, annualAfterTaxPay: 500000 }],
    }));
    const m17 = r.results.find((x) => x.measure === "m17")!;
    const m18 = r.results.find((x) => x.measure === "m18")!;
    expect(m17).toMatchObject({ status: "eligible", settledCashCNY: "90000.00", maxCashCNY: "240000.00", missing: ["newExecutives[1].paidByEnterprise"] });
    expect(m18).toMatchObject({ status: "needs_info", maxCashCNY: "90000.00", settledCashCNY: "0.00", missing: ["newExecutives[1].paidByEnterprise"] });
    expect(m18.parts[0]).toMatchObject({ status: "needs_info", amountCNY: "90000.00", missing: ["newExecutives[1].paidByEnterprise"] });
    expect(m18.assumptions.join(" ")).toMatch(/Li is in both （十七） and （十八）.*upper bounds/);
    expect(m18.assumptions).toContain("The amount is an upper bound until the missing facts are known.");
    // Once the fact is known, the figures stay within those bounds, whichever way it goes.
    for (const paid of [true, false]) {
      const known = evaluateOk(aiEnterprise({
        applicant: { keyAiEnterprise: true, techEnterpriseAboveScale: true },
        newExecutives: [{ person: "Wang", annualAfterTaxPay: 300000, paidByEnterprise: true }, { person: "Li", annualAfterTaxPay: 500000, paidByEnterprise: paid }],
        newTechTalent: [{ person: "Li", annualPay: 600000, annualAfterTaxPay: 500000 }],
      })).results.find((x) => x.measure === "m18")!;
      expect(known, `paid ${paid}`).toMatchObject(paid ? { status: "ineligible", maxCashCNY: "0.00" } : { status: "eligible", maxCashCNY: "90000.00" });
    }
  });
});

describe("从优不重复 while the better reward hangs on a fact of its own clause", () => {
  // Found by the property tests: Li is an executive (600,000 over 3 years) and two hires (600,000.01 and 0.30).
  // Whether the enterprise is above designated size decides （十八）.
  const li = (above?: boolean) =>
    evaluateOk(aiEnterprise({
      applicant: { keyAiEnterprise: true, ...(above === undefined ? {} : { techEnterpriseAboveScale: above }) },
      newExecutives: [{ person: "Li", annualAfterTaxPay: 2000000, paidByEnterprise: true }],
      newTechTalent: [{ person: "Li", annualPay: 15000000, annualAfterTaxPay: "2000000.02" }, { person: "Li", annualPay: 2000000, annualAfterTaxPay: 1 }],
    })).results.filter((r) => r.measure === "m17" || r.measure === "m18");

  it("shows neither reward as settled, and bounds that hold whichever way the fact goes", () => {
    const [m17, m18] = li();
    expect(m17).toMatchObject({ status: "needs_info", missing: ["applicant.techEnterpriseAboveScale"] });
    // The second hire is not set aside for an executive reward that may itself be set aside.
    expect(m18).toMatchObject({ status: "needs_info", maxCashCNY: "600000.31" });
    for (const above of [true, false]) {
      const [k17, k18] = li(above);
      for (const [known, bound] of [[k17!, m17!], [k18!, m18!]] as const) {
        const where = `${known.measure}, above scale ${above}: ${known.maxCashCNY} within ${bound.maxCashCNY}`;
        expect(known.maxCashCNY, where).not.toBeNull();
        expect(new D(known.maxCashCNY!).lessThanOrEqualTo(bound.maxCashCNY!), where).toBe(true);
      }
    }
    expect(li(true).map((r) => [r.measure, r.status, r.maxCashCNY])).toEqual([["m17", "ineligible", "0.00"], ["m18", "eligible", "600000.31"]]);
    expect(li(false).map((r) => [r.measure, r.status, r.maxCashCNY])).toEqual([["m17", "eligible", "600000.00"], ["m18", "ineligible", "0.00"]]);
  });
});

describe("从优不重复 while the other list is not given", () => {
  it("a named hire pends on the executives not given yet, and is settled once they are, without that person", () => {
    const hires = { newTechTalent: [{ person: "Li", annualPay: 600000, annualAfterTaxPay: 500000 }] };
    const m18 = (patch: Record<string, unknown>) => evaluateOk(aiEnterprise({ applicant: { keyAiEnterprise: true, techEnterpriseAboveScale: true }, ...hires, ...patch })).results.find((r) => r.measure === "m18")!;
    expect(m18({})).toMatchObject({ status: "needs_info", maxCashCNY: "90000.00", missing: ["newExecutives"] });
    expect(m18({ newExecutives: [] })).toMatchObject({ status: "eligible", maxCashCNY: "90000.00", missing: [] });
    expect(m18({ newExecutives: [{ person: "Wang", annualAfterTaxPay: 300000, paidByEnterprise: true }] })).toMatchObject({ status: "eligible", maxCashCNY: "90000.00" });
  });
});

describe("从优不重复 when the other clause has no bound", () => {
  it("setting aside one hire leaves （十八） without a figure while another hire's pay is unknown, never a negative one", () => {
    const r = evaluateOk(aiEnterprise({
      applicant: { keyAiEnterprise: true, techEnterpriseAboveScale: true },
      newExecutives: [{ person: "Li", annualAfterTaxPay: 20000, paidByEnterprise: true }],
      newTechTalent: [{ person: "Li", annualPay: 300000, annualAfterTaxPay: 100000 }, {}],
    }));
    const m18 = r.results.find((x) => x.measure === "m18")!;
    expect(m18.status).toBe("needs_info");
    expect(m18.maxCashCNY).toBeNull();
    expect(m18.parts.find((p) => p.id === "hire[0]")?.status).toBe("ineligible");
  });
});
