/** （四） Showcase booths and launch events. */
import type { MeasureDefinition } from "../definition.ts";
import { min, scaled } from "../money.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";
import { noteAseanMultiplier } from "./asean-multiplier.ts";

const TEXT =
  "（四）给予展示推广支持。对利用南A中心展示中心开展推广展示、新品发布、项目路演等活动的人工智能企业和行业组织，给予最长12个月的零租金展位支持；对重大技术方案和智能新品发布、项目路演等活动，按活动实际投入经费30%给予最高10万元支持。";

const params = {
  boothMonths: param(12, "months", "（四）", "最长12个月的零租金展位支持"),
  eventRate: param("0.30", "rate", "（四）", "按活动实际投入经费30%"),
  eventCap: param(100000, "CNY", "（四）", "最高10万元支持"),
};

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise", "team", "industry_association"];

/**
 * （四）: a rent-free booth for up to 12 months; 30% of each launch or roadshow at the center, at most 100,000 CNY each.
 * Enterprises, industry organisations, and teams: （五） gives ASEAN *teams* up to 2x of （一）–（四）, so the
 * measures contemplate teams receiving （四）. Whether an event is 重大 (major) is the center's judgement, so the
 * event support is `likely`, not `eligible` (see docs/INTERPRETATIONS.md).
 */
export const m04: MeasureDefinition = {
  id: "m04",
  clause: "（四）",
  title: { zh: "展示推广支持", en: "Showcase booths and launch events" },
  text: TEXT,
  interests: ["space", "events_training"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.aseanOrigin", "applicant.type", "events", "events[].cost", "events[].kind", "events[].location", "promotion.showcaseBooth"],
  params,
  rule(profile, ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    if (profile.applicant?.type === "team") {
      out.assume("A team is covered by （四）: （五） gives ASEAN teams up to 2x of （一）–（四）, so the measures contemplate teams receiving （四）.");
    }
    const m = ctx.aseanMultiplier;

    const booth = out.part({ id: "booth", label: "Rent-free booth at the showcase center", kind: null, period: null });
    const wantsBooth = profile.promotion?.showcaseBooth;
    if (wantsBooth === undefined) booth.missing("promotion.showcaseBooth");
    else if (!wantsBooth) booth.fail("no_booth", "No booth at the showcase center was asked for.");
    // A duration: （五） doubles amounts and quantities, not durations (see noteAseanMultiplier).
    else booth.benefit("showcase_booth", params.boothMonths.value, "months", "Rent-free booth at the showcase center.");

    const list = profile.events;
    const eventsPart = () => out.part({ id: "events", label: "Launches and roadshows at the showcase center", kind: "grant", period: { type: "one_off" } });
    if (list === undefined) eventsPart().missing("events");
    else {
      const rate = params.eventRate.value;
      const cap = scaled(params.eventCap.value, m);
      let counted = 0;
      list.forEach((e, i) => {
        if (e.kind !== undefined && e.kind !== "launch" && e.kind !== "roadshow") return;
        if (e.location !== undefined && e.location !== "center") return;
        counted++;
        const ev = out.part({ id: `event[${i}]`, label: `Launch or roadshow ${i + 1}`, kind: "grant", period: { type: "one_off" } });
        if (e.kind === undefined) ev.missing(`events[${i}].kind`);
        if (e.location === undefined) ev.missing(`events[${i}].location`);
        if (e.cost === undefined) {
          ev.missing(`events[${i}].cost`);
          ev.cash(cap);
          ev.trace(`event ${i + 1}: cost unknown, upper bound is the cap`, { cap });
        } else {
          // （五） doubles the amount itself, not only its cap, as m01 doubles the area per person.
          const award = min(scaled(e.cost.times(rate), m), cap);
          ev.trace(`event ${i + 1}: min(cost × rate × multiplier, cap)`, { cost: e.cost, rate, multiplier: m, cap, award });
          ev.cash(award);
        }
        ev.assessed("award_assessed", "Whether an event is major (重大) and the amount are set on assessment, up to 30% of its cost and the cap.");
      });
      if (counted === 0) eventsPart().fail("no_launch_event", "No launch or roadshow event at the showcase center was given.");
      else out.assume("Launches and roadshows at the showcase center are counted as the major events the clause names, up to the cap.");
    }
    noteAseanMultiplier(profile, ctx, out);
  },
};
