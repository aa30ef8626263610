import { describe, expect, it } from "vitest";
import { codes, resultOf } from "../../../helpers/profiles.ts";

const event = (patch: Record<string, unknown>) => ({ kind: "forum", location: "asean", cost: 1000000, recognizedByCenter: true, ...patch });
const organiser = (events: unknown[] | undefined) => resultOf({ asOf: "2026-06-01", applicant: { type: "industry_association" }, events }, "m13");

describe("m13 （十三） forums, summits, exhibitions and contests for ASEAN", () => {
  it("a recognised forum in an ASEAN country costing 1,000,000 is likely to get up to 50%: ¥500,000 (可按: the center may grant it)", () => {
    const r = organiser([event({})]);
    expect(r.status).toBe("likely");
    expect(codes(r)).toContain("award_assessed");
    expect(r.maxCashCNY).toBe("500000.00");
  });

  it("in ASEAN, 2,000,000 of cost reaches the ¥1,000,000 cap exactly", () => {
    expect(organiser([event({ cost: 2000000 })]).maxCashCNY).toBe("1000000.00");
  });

  it("in ASEAN, 2,000,002 of cost still gets ¥1,000,000", () => {
    expect(organiser([event({ cost: 2000002 })]).maxCashCNY).toBe("1000000.00");
  });

  it("at the center the cap is ¥500,000: 1,000,000 of cost reaches it, 3,000,000 does not raise it", () => {
    expect(organiser([event({ location: "center", cost: 999998 })]).maxCashCNY).toBe("499999.00");
    expect(organiser([event({ location: "center", cost: 1000000 })]).maxCashCNY).toBe("500000.00");
    expect(organiser([event({ location: "center", cost: 3000000 })]).maxCashCNY).toBe("500000.00");
  });

  it.each(["summit", "exhibition", "competition"])("a recognised %s counts like a forum", (kind) => {
    expect(organiser([event({ kind, cost: 100000 })]).maxCashCNY).toBe("50000.00");
  });

  it("each event is capped on its own and the awards add up", () => {
    expect(organiser([event({ cost: 4000000 }), event({ location: "center", cost: 200000 })]).maxCashCNY).toBe("1100000.00");
  });

  it("an event held elsewhere is ineligible, citing （十三）", () => {
    const r = organiser([event({ location: "other" })]);
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "no_recognised_event", clause: "（十三）" })]);
  });

  it("an event the center has not recognised is ineligible", () => {
    expect(codes(organiser([event({ recognizedByCenter: false })]))).toEqual(["no_recognised_event"]);
  });

  it("a launch is not a forum (it belongs to （四）)", () => {
    expect(codes(organiser([event({ kind: "launch" })]))).toEqual(["no_recognised_event"]);
  });

  it("whether the center recognised the event is asked for", () => {
    const r = organiser([event({ recognizedByCenter: undefined })]);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["events[0].recognizedByCenter"]);
    expect(r.maxCashCNY).toBe("500000.00");
  });

  it("an unknown place is asked for, the ASEAN cap being the upper bound", () => {
    const r = organiser([event({ location: undefined })]);
    expect(r.missing).toEqual(["events[0].location"]);
    expect(r.maxCashCNY).toBe("1000000.00");
  });

  it("an unknown cost at the center is asked for, the center cap being the upper bound", () => {
    const r = organiser([event({ location: "center", cost: undefined })]);
    expect(r.missing).toEqual(["events[0].cost"]);
    expect(r.maxCashCNY).toBe("500000.00");
  });

  it("an unknown kind is asked for", () => {
    expect(organiser([event({ kind: undefined })]).missing).toEqual(["events[0].kind"]);
  });

  it("unknown events are asked for, not taken as none", () => {
    const r = organiser(undefined);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["events"]);
    expect(r.maxCashCNY).toBeNull();
  });

  it("any organiser qualifies, settled or not: the clause names its own subject, and the result says so", () => {
    const r = resultOf({ asOf: "2026-06-01", applicant: { type: "enterprise", settlement: { status: "none" } }, events: [event({})] }, "m13");
    expect(r.status).toBe("likely");
    expect(r.assumptions.join(" ")).toMatch(/need not have settled/);
  });
});

describe("（十三） organisers", () => {
  it("an individual does not organise the events the clause supports", () => {
    const r = resultOf({ asOf: "2026-06-01", applicant: { type: "individual" }, events: [{ kind: "forum", location: "asean", cost: 100000, recognizedByCenter: true }] }, "m13");
    expect(r.status).toBe("ineligible");
    expect(r.reasons[0]?.code).toBe("applicant_type");
  });
});
