/** （十三） Forums, summits, exhibitions and contests for ASEAN. */
import type { MeasureDefinition } from "../definition.ts";
import { min } from "../money.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";

const TEXT =
  "（十三）支持面向东盟举办论坛峰会。鼓励举办面向东盟地区且具有国际影响力的人工智能高端论坛、产业峰会、行业展会、赛事等活动，对经南A中心认可的活动可按活动成本费用的50%给予支持，其中在东盟地区举办给予最高100万元支持，在南A中心举办给予最高50万元支持。";

const params = {
  rate: param("0.50", "rate", "（十三）", "按活动成本费用的50%给予支持"),
  aseanCap: param(1000000, "CNY", "（十三）", "在东盟地区举办给予最高100万元支持"),
  centerCap: param(500000, "CNY", "（十三）", "在南A中心举办给予最高50万元支持"),
};

const KINDS = ["forum", "summit", "exhibition", "competition"];

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise", "team", "university", "research_institute", "training_provider", "industry_association"];

/**
 * （十三）: 50% of the cost of each recognised event, at most 1,000,000 CNY in ASEAN and 500,000 CNY at the center.
 * "可按…50%给予支持" is "may support at 50%": the figure is the most it can be, so the result is `likely`.
 * The organiser need not have settled in: the clause names no settlement (see docs/INTERPRETATIONS.md).
 */
export const m13: MeasureDefinition = {
  id: "m13",
  clause: "（十三）",
  title: { zh: "面向东盟论坛峰会", en: "Forums, summits, exhibitions, contests" },
  text: TEXT,
  interests: ["events_training", "asean_projects"],
  cash: true,
  settlementBound: false,
  reads: ["applicant.type", "events", "events[].cost", "events[].kind", "events[].location", "events[].recognizedByCenter"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const list = profile.events;
    if (list === undefined) {
      out.missing("events");
      return;
    }
    let counted = 0;
    list.forEach((e, i) => {
      if (e.kind !== undefined && !KINDS.includes(e.kind)) return;
      if (e.location === "other" || e.recognizedByCenter === false) return;
      counted++;
      const ev = out.part({ id: `event[${i}]`, label: `Event ${i + 1}`, kind: "grant", period: { type: "one_off" } });
      if (e.kind === undefined) ev.missing(`events[${i}].kind`);
      if (e.recognizedByCenter === undefined) ev.missing(`events[${i}].recognizedByCenter`);
      const cap = e.location === "center" ? params.centerCap.value : params.aseanCap.value;
      if (e.location === undefined) ev.missing(`events[${i}].location`);
      if (e.cost === undefined || e.location === undefined) {
        if (e.cost === undefined) ev.missing(`events[${i}].cost`);
        ev.cash(cap);
        ev.trace(`event ${i + 1}: upper bound is the cap`, { cap });
      } else {
        const award = min(e.cost.times(params.rate.value), cap);
        ev.trace(`event ${i + 1} (${e.location}): min(cost × rate, cap)`, { cost: e.cost, rate: params.rate.value, cap, award });
        ev.cash(award);
      }
    });
    if (counted === 0) {
      out.fail("no_recognised_event", "No forum, summit, exhibition or contest recognised by the center, held in ASEAN or at the center, was given.");
      return;
    }
    out.assessed("award_assessed", "可按 (may): the center may support up to 50% of the cost, within the cap; the amount is set on assessment.");
    out.assume("The organiser need not have settled in the center: （十三） names no settlement, and the events it supports are held in ASEAN as well as at the center.");
  },
};
