/** （十二） Training for ASEAN participants. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType, requireTrue } from "../scope.ts";

const TEXT =
  "（十二）支持面向东盟开展培训实训。鼓励各级各类培训机构在南A中心展示中心开展面向东盟地区公务人员、企业员工等群体的人工智能培训、实训，对每年累计培训500人以上的培训主体，给予最高50万元奖励。";

const params = {
  minTrainees: param(500, "persons_per_year", "（十二）", "每年累计培训500人以上（以上 includes 500）"),
  cap: param(500000, "CNY", "（十二）", "给予最高50万元奖励"),
};

/** The minimum as a number, once: a head count is a whole number, compared exactly as one. */
const MIN_TRAINEES = params.minTrainees.value.toNumber();

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["training_provider", "university", "research_institute"];

/** （十二）: up to 500,000 CNY for training providers that train 500 or more ASEAN participants a year at the showcase center. */
export const m12: MeasureDefinition = {
  id: "m12",
  clause: "（十二）",
  title: { zh: "面向东盟培训实训", en: "Training for ASEAN participants" },
  text: TEXT,
  interests: ["events_training"],
  cash: true,
  settlementBound: false,
  reads: ["applicant.type", "training.annualTrainees", "training.aseanParticipants", "training.atShowcaseCenter"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const t = profile.training;
    requireTrue(t?.atShowcaseCenter, "training.atShowcaseCenter", out, "not_at_showcase_center", "The training must take place at the center's showcase center.");
    requireTrue(t?.aseanParticipants, "training.aseanParticipants", out, "not_for_asean", "The training must be for participants from ASEAN countries (officials, employees and others).");
    const n = t?.annualTrainees;
    if (n === undefined) out.missing("training.annualTrainees");
    else {
      out.trace("trainees a year against the minimum (inclusive)", { trainees: n, minimum: params.minTrainees.value });
      if (n < MIN_TRAINEES) {
        out.fail("too_few_trainees", `${n} trainees a year; the minimum is ${params.minTrainees.value}.`, { trainees: String(n) });
      }
    }
    out.cash(params.cap.value);
    out.assume("The training provider need not have settled in the center: （十二） addresses 各级各类培训机构 (training bodies of every kind and level) training at the showcase center, not settled entities.");
    out.assessed("award_assessed", "Up to the cap; the amount is set on assessment.");
  },
};
