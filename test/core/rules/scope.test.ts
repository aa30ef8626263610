import { describe, expect, it } from "vitest";
import { MEASURE_IDS } from "../../../core/rules/index.ts";
import { aiEnterprise, codes, evaluateOk, merge, resultOf } from "../../helpers/profiles.ts";

/** A leading talent team: m02 is a simple settlement-bound measure with a fixed cap. */
const leadingTeam = (patch: Record<string, unknown> = {}) =>
  aiEnterprise(merge({ applicant: { type: "team", talentTeamTier: "leading" } }, patch));

const settledOn = (date: string) => leadingTeam({ applicant: { settlement: { date } } });

describe("scope: settlement from 2025-03-01", () => {
  it("settled on 2025-02-28 is out of scope, citing the scope paragraph", () => {
    const r = resultOf(settledOn("2025-02-28"), "m02");
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "settled_before_scope", clause: "适用范围" })]);
  });

  it("settled on 2025-03-01 is in scope (自…起 includes the day)", () => {
    const r = resultOf(settledOn("2025-03-01"), "m02");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("5000000.00");
  });

  it("settled on 2027-12-31, the last day, is in scope", () => {
    const r = resultOf(merge(settledOn("2027-12-31"), { asOf: "2027-12-31" }), "m02");
    expect(r.status).toBe("likely");
  });

  it("an unknown settlement date is asked for, not guessed", () => {
    const r = resultOf(leadingTeam({ applicant: { settlement: { date: undefined } } }), "m02");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.settlement.date"]);
  });

  it("an unknown settlement status is asked for", () => {
    const r = resultOf(leadingTeam({ applicant: { settlement: undefined } }), "m02");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toContain("applicant.settlement.status");
  });

  it("a team planning to settle is evaluated as if it settled on the evaluation date, and says so", () => {
    const r = resultOf(leadingTeam({ applicant: { settlement: { status: "planning", date: undefined } } }), "m02");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("5000000.00");
    expect(r.assumptions.join(" ")).toMatch(/as if settled on the evaluation date/);
    expect(r.trace).toContainEqual({ step: expect.stringContaining("planned"), values: { date: "2026-06-01" } });
  });

  it("an entity that will not settle is ineligible for settlement-bound measures, with the reason", () => {
    const r = resultOf(leadingTeam({ applicant: { settlement: { status: "none", date: undefined } } }), "m02");
    expect(r.status).toBe("ineligible");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "not_settled", clause: "适用范围" })]);
  });

  it("a business that is not in AI is outside the measures", () => {
    const r = resultOf(leadingTeam({ applicant: { aiBusiness: false } }), "m02");
    expect(r.status).toBe("ineligible");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "not_ai_business", clause: "适用范围" })]);
  });

  it("whether the business is in AI is asked for when unknown", () => {
    const r = resultOf(leadingTeam({ applicant: { aiBusiness: undefined } }), "m02");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["applicant.aiBusiness"]);
  });

  it("clauses that name their own subject do not need settlement: m12 training, m13 events, m15 computing centers, m03 graduate stays", () => {
    const p = {
      asOf: "2026-06-01",
      applicant: { type: "training_provider", aiBusiness: false, settlement: { status: "none" } },
      training: { annualTrainees: 600, atShowcaseCenter: true, aseanParticipants: true },
      events: [{ kind: "forum", location: "asean", cost: 100000, recognizedByCenter: true }],
      computeCenter: { newBuild: true, pflops: 100 },
    };
    const res = evaluateOk(p).results;
    const status = (id: string) => res.find((x) => x.measure === id)!.status;
    expect(status("m12")).toBe("likely");
    expect(status("m13")).toBe("likely");
    expect(status("m15")).toBe("likely");
    expect(status("m02")).toBe("ineligible");
    const graduate = {
      asOf: "2026-06-01",
      applicant: { type: "individual" },
      graduate: { hasNanningUrbanHukou: false, graduationDate: "2025-07-01", seekingJobAtCenterAiCompany: true },
    };
    expect(resultOf(graduate, "m03").status).toBe("eligible");
  });
});

describe("scope: validity until 2027-12-31", () => {
  it("asOf 2027-12-31 is the last day the measures are in force", () => {
    expect(resultOf(merge(leadingTeam(), { asOf: "2027-12-31" }), "m02").status).toBe("likely");
  });

  it("asOf 2028-01-01 makes every measure ineligible with policy_expired, citing the scope paragraph", () => {
    const r = evaluateOk(merge(leadingTeam(), { asOf: "2028-01-01" }));
    expect(r.results.map((x) => x.measure)).toEqual([...MEASURE_IDS]);
    for (const x of r.results) {
      expect(x.status, x.measure).toBe("ineligible");
      expect(codes(x), x.measure).toEqual(["policy_expired"]);
      expect(x.reasons[0]!.clause).toBe("适用范围");
      expect(x.missing).toEqual([]);
    }
    expect(r.totalMaxCashCNY).toBe("0.00");
    expect(r.notes.join(" ")).toMatch(/expired on 2027-12-31/);
  });

  it("after expiry even a subject-named clause (m15) is ineligible", () => {
    const p = { asOf: "2028-01-01", computeCenter: { newBuild: true, pflops: 500 } };
    expect(codes(resultOf(p, "m15"))).toEqual(["policy_expired"]);
  });

  it("before 2025-03-01 no measure is in force yet", () => {
    const r = evaluateOk(merge(leadingTeam({ applicant: { settlement: { status: "planning", date: undefined } } }), { asOf: "2025-02-28" }));
    for (const x of r.results) expect(codes(x), x.measure).toEqual(["policy_not_in_force"]);
    expect(r.notes.join(" ")).toMatch(/apply from 2025-03-01/);
  });
});
