import { describe, expect, it } from "vitest";
import { aiEnterprise, aseanEnterprise, benefitQuantity, codes, resultOf } from "../../../helpers/profiles.ts";

const apartments = (staff: number | undefined) => resultOf(aiEnterprise({ housing: { executivesAndCoreStaff: staff } }), "m03");

const graduate = (g: Record<string, unknown>, asOf = "2026-06-01") =>
  resultOf(
    {
      asOf,
      applicant: { type: "individual" },
      graduate: { hasNanningUrbanHukou: false, graduationDate: "2025-07-01", seekingJobAtCenterAiCompany: true, ...g },
    },
    "m03",
  );

describe("m03 （三） talent apartments", () => {
  it("a settled AI enterprise with 5 executives and core staff gets 5 rent-free apartment places, no cash", () => {
    const r = apartments(5);
    expect(r.status).toBe("eligible");
    expect(r.maxCashCNY).toBeNull();
    expect(benefitQuantity(r, "talent_apartment")).toBe("5");
    expect(r.benefits[0]!.text).toMatch(/up to 2 years/);
  });

  it("20 people get 20 places (最高20人 includes 20)", () => {
    expect(benefitQuantity(apartments(20), "talent_apartment")).toBe("20");
  });

  it("21 people still get 20 places", () => {
    expect(benefitQuantity(apartments(21), "talent_apartment")).toBe("20");
  });

  it("no executives or core staff means no apartments", () => {
    const r = apartments(0);
    expect(r.status).toBe("ineligible");
    expect(r.reasons.map((x) => [x.code, x.clause])).toContainEqual(["no_core_staff", "（三）"]);
  });

  it("an unknown number of executives and core staff is asked for", () => {
    const r = apartments(undefined);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["housing.executivesAndCoreStaff"]);
  });

  it("apartments need settlement: an enterprise that will not settle gets none", () => {
    const r = resultOf(aiEnterprise({ housing: { executivesAndCoreStaff: 5 }, applicant: { settlement: { status: "none" } } }), "m03");
    expect(r.status).toBe("ineligible");
    expect(codes(r)).toContain("not_settled");
  });

  it("apartments need an AI business", () => {
    const r = resultOf(aiEnterprise({ housing: { executivesAndCoreStaff: 5 }, applicant: { aiBusiness: false } }), "m03");
    expect(r.status).toBe("ineligible");
    expect(codes(r)).toContain("not_ai_business");
  });

  it("a university gets neither apartments nor a graduate stay", () => {
    const r = resultOf(aiEnterprise({ applicant: { type: "university" }, housing: { executivesAndCoreStaff: 5 } }), "m03");
    expect(r.status).toBe("ineligible");
    expect(codes(r)).toEqual(["applicant_type", "applicant_type"]);
  });

  it("home purchases are left to the policies in force, as an assumption", () => {
    expect(apartments(5).assumptions.join(" ")).toMatch(/人才购房/);
  });

  describe("with （五）", () => {
    it("an ASEAN-origin enterprise with 40 people gets 40 places (the cap doubled)", () => {
      const r = resultOf(aseanEnterprise({ housing: { executivesAndCoreStaff: 40 } }), "m03");
      expect(r.status).toBe("likely");
      expect(benefitQuantity(r, "talent_apartment")).toBe("40");
    });

    it("41 people get 40 places", () => {
      expect(benefitQuantity(resultOf(aseanEnterprise({ housing: { executivesAndCoreStaff: 41 } }), "m03"), "talent_apartment")).toBe("40");
    });

    it("5 people still get 5 places: places are people, not doubled", () => {
      expect(benefitQuantity(resultOf(aseanEnterprise({ housing: { executivesAndCoreStaff: 5 } }), "m03"), "talent_apartment")).toBe("5");
    });
  });
});

describe("m03 （三） graduate stays at the talent station", () => {
  it("a graduate from outside Nanning, one year out, seeking a job at a center AI company can stay up to 15 nights free", () => {
    const r = graduate({});
    expect(r.status).toBe("eligible");
    expect(benefitQuantity(r, "talent_station_stay")).toBe("15");
    expect(r.benefits[0]!.unit).toBe("days");
  });

  it("a graduate exactly 2 years after graduation still qualifies (2年内 includes the day)", () => {
    expect(graduate({ graduationDate: "2024-06-01" }).status).toBe("eligible");
  });

  it("one day later the graduate no longer qualifies", () => {
    const r = graduate({ graduationDate: "2024-06-01" }, "2026-06-02");
    expect(r.status).toBe("ineligible");
    expect(r.reasons).toContainEqual(expect.objectContaining({ code: "graduated_too_long_ago", clause: "（三）", params: { windowEnd: "2026-06-01" } }));
  });

  it("a graduate of 29 February 2024 is covered until 28 February 2026", () => {
    expect(graduate({ graduationDate: "2024-02-29" }, "2026-02-28").status).toBe("eligible");
    expect(graduate({ graduationDate: "2024-02-29" }, "2026-03-01").status).toBe("ineligible");
  });

  it("someone who has not graduated yet does not qualify", () => {
    expect(codes(graduate({ graduationDate: "2026-07-01" }))).toContain("not_yet_graduated");
  });

  it("a graduate with Nanning urban hukou does not qualify", () => {
    expect(codes(graduate({ hasNanningUrbanHukou: true }))).toContain("has_nanning_hukou");
  });

  it("a graduate not seeking a job at a center AI company does not qualify", () => {
    expect(codes(graduate({ seekingJobAtCenterAiCompany: false }))).toContain("not_job_seeking");
  });

  it("each unknown fact is asked for by its path", () => {
    const r = graduate({ hasNanningUrbanHukou: undefined, graduationDate: undefined, seekingJobAtCenterAiCompany: undefined });
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["graduate.hasNanningUrbanHukou", "graduate.graduationDate", "graduate.seekingJobAtCenterAiCompany"]);
  });

  it("needs no settlement in the center: the clause names its own subject", () => {
    const r = resultOf(
      {
        asOf: "2026-06-01",
        applicant: { type: "individual", settlement: { status: "none" } },
        graduate: { hasNanningUrbanHukou: false, graduationDate: "2025-07-01", seekingJobAtCenterAiCompany: true },
      },
      "m03",
    );
    expect(r.status).toBe("eligible");
  });
});
