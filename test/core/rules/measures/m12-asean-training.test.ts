import { describe, expect, it } from "vitest";
import { codes, resultOf } from "../../../helpers/profiles.ts";

const provider = (training: Record<string, unknown>, applicant: Record<string, unknown> = {}) =>
  resultOf(
    {
      asOf: "2026-06-01",
      applicant: { type: "training_provider", ...applicant },
      training: { annualTrainees: 600, atShowcaseCenter: true, aseanParticipants: true, ...training },
    },
    "m12",
  );

describe("m12 （十二） training for ASEAN participants", () => {
  it("a training provider training 600 ASEAN participants a year at the showcase center is likely to get up to ¥500,000", () => {
    const r = provider({});
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("500000.00");
    expect(codes(r)).toEqual(["award_assessed"]);
  });

  it("500 trainees a year qualify (以上 includes the number)", () => {
    expect(provider({ annualTrainees: 500 }).status).toBe("likely");
  });

  it("499 trainees do not", () => {
    const r = provider({ annualTrainees: 499 });
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "too_few_trainees", clause: "（十二）", params: { trainees: "499" } })]);
  });

  it("training elsewhere than the showcase center does not qualify", () => {
    expect(codes(provider({ atShowcaseCenter: false }))).toEqual(["not_at_showcase_center"]);
  });

  it("training not aimed at ASEAN participants does not qualify", () => {
    expect(codes(provider({ aseanParticipants: false }))).toEqual(["not_for_asean"]);
  });

  it("each unknown fact is asked for by its path", () => {
    const r = provider({ annualTrainees: undefined, atShowcaseCenter: undefined, aseanParticipants: undefined });
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["training.atShowcaseCenter", "training.aseanParticipants", "training.annualTrainees"]);
  });

  it("universities and research institutes that train count as training bodies", () => {
    expect(provider({}, { type: "university" }).status).toBe("likely");
    expect(provider({}, { type: "research_institute" }).status).toBe("likely");
  });

  it("an industry association is not a training body", () => {
    expect(codes(provider({}, { type: "industry_association" }))).toEqual(["applicant_type"]);
  });

  it("needs no settlement nor an AI business: the clause names its own subject", () => {
    expect(provider({}, { aiBusiness: false, settlement: { status: "none" } }).status).toBe("likely");
    expect(provider({}, { aiBusiness: false, settlement: { status: "none" } }).assumptions.join(" ")).toMatch(/need not have settled/);
  });
});
