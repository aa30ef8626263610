import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, aseanEnterprise, benefitQuantity, codes, resultOf } from "../../../helpers/profiles.ts";

const launch = (cost: number | string | undefined, extra: Record<string, unknown> = {}) => ({ kind: "launch", location: "center", cost, ...extra });

const showcase = (events: unknown[] | undefined, booth: boolean | undefined = false) =>
  resultOf(aiEnterprise({ promotion: { showcaseBooth: booth }, events }), "m04");

describe("m04 （四） showcase booths", () => {
  it("an AI enterprise asking for a booth gets it rent-free for up to 12 months", () => {
    const r = showcase([], true);
    expect(r.status).toBe("eligible");
    expect(benefitQuantity(r, "showcase_booth")).toBe("12");
    expect(r.benefits[0]!.unit).toBe("months");
    expect(r.maxCashCNY).toBeNull();
  });

  it("an industry association can have a booth too", () => {
    expect(resultOf(aiEntity("industry_association", { promotion: { showcaseBooth: true }, events: [] }), "m04").status).toBe("eligible");
  });

  it("a team may have a booth: （五） gives ASEAN teams up to 2x of （一）–（四）, so teams are contemplated", () => {
    const r = resultOf(aiEntity("team", { promotion: { showcaseBooth: true }, events: [] }), "m04");
    expect(r.status).toBe("eligible");
    expect(benefitQuantity(r, "showcase_booth")).toBe("12");
    expect(r.assumptions.join(" ")).toMatch(/team/);
  });

  it("an ASEAN team's launch costing 200,000 is doubled by （五）: min(200,000 × 30% × 2, 200,000) = ¥120,000", () => {
    const r = resultOf(aseanEnterprise({ applicant: { type: "team" }, promotion: { showcaseBooth: false }, events: [launch(200000)] }), "m04");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("120000.00");
  });

  it("a university is neither an enterprise, a team nor an industry organisation", () => {
    const r = resultOf(aiEntity("university", { promotion: { showcaseBooth: true }, events: [] }), "m04");
    expect(r.status).toBe("ineligible");
    expect(r.reasons[0]).toMatchObject({ code: "applicant_type", clause: "（四）" });
  });

  it("whether a booth is wanted is asked for when unknown", () => {
    const r = resultOf(aiEnterprise({ promotion: {}, events: [] }), "m04");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["promotion.showcaseBooth"]);
  });
});

describe("m04 （四） launch and roadshow events", () => {
  it("a launch at the center costing 200,000 is likely to get 30%: 60,000 (whether it is 重大 is assessed)", () => {
    const r = showcase([launch(200000)]);
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("60000.00");
  });

  it("a roadshow costing 333,330 gets 99,999, just under the cap", () => {
    expect(showcase([{ kind: "roadshow", location: "center", cost: "333330" }]).maxCashCNY).toBe("99999.00");
  });

  it("a launch costing 400,000 gets the 100,000 cap, not 120,000", () => {
    expect(showcase([launch(400000)]).maxCashCNY).toBe("100000.00");
  });

  it("the cap is per event: two launches of 400,000 and 100,000 get 100,000 + 30,000", () => {
    expect(showcase([launch(400000), launch(100000)]).maxCashCNY).toBe("130000.00");
  });

  it("cents are kept and rounded once: 30% of 1,000.05 is 300.02 (300.015 half up)", () => {
    expect(showcase([launch("1000.05")]).maxCashCNY).toBe("300.02");
  });

  it("booth and events add up in one result", () => {
    const r = showcase([launch(100000)], true);
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("30000.00");
    expect(benefitQuantity(r, "showcase_booth")).toBe("12");
  });

  it("a forum is not a launch or roadshow (it belongs to （十三）) and a launch abroad is not at the center", () => {
    const r = showcase([
      { kind: "forum", location: "center", cost: 100000 },
      { kind: "launch", location: "asean", cost: 100000 },
    ]);
    expect(r.status).toBe("ineligible");
    expect(codes(r)).toEqual(["no_booth", "no_launch_event"]);
    expect(r.reasons.every((x) => x.clause === "（四）")).toBe(true);
    expect(r.maxCashCNY).toBe("0.00");
  });

  it("an event of unknown cost is asked for, with the cap as the upper bound", () => {
    const r = showcase([launch(undefined)]);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["events[0].cost"]);
    expect(r.maxCashCNY).toBe("100000.00");
  });

  it("an event of unknown kind or place is asked about", () => {
    const r = showcase([{ cost: 100000 }]);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["events[0].kind", "events[0].location"]);
  });

  it("unknown events are asked for, not taken as none", () => {
    const r = showcase(undefined);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["events"]);
  });

  describe("with （五）", () => {
    const asean = (events: unknown[]) => resultOf(aseanEnterprise({ promotion: { showcaseBooth: true }, events }), "m04");

    it("an ASEAN-origin enterprise's launch costing 200,000 is likely to get 120,000 (the amount doubled)", () => {
      const r = asean([launch(200000)]);
      expect(r.status).toBe("likely");
      expect(r.maxCashCNY).toBe("120000.00");
    });

    it("the per-event cap doubles to 200,000", () => {
      expect(asean([launch(1000000)]).maxCashCNY).toBe("200000.00");
    });

    it("the 12-month booth is a duration and is not doubled", () => {
      expect(benefitQuantity(asean([]), "showcase_booth")).toBe("12");
    });
  });
});
