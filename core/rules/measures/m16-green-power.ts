/** （十六） Lower electricity costs. */
import type { MeasureDefinition } from "../definition.ts";
import { type ApplicantType, requireApplicantType, requireTrue } from "../scope.ts";

const TEXT =
  "（十六）支持降低用电成本。鼓励算力企业参与源网荷储一体化、微电网、绿电直供等试点建设，创新算力电力协同机制，推进数电联营，通过绿电交易降低算力企业用电成本。";

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/** （十六）: computing-power enterprises can join green-power pilots to lower electricity costs (non-cash). */
export const m16: MeasureDefinition = {
  id: "m16",
  clause: "（十六）",
  title: { zh: "降低用电成本", en: "Lower electricity costs (green power)" },
  text: TEXT,
  interests: ["data_compute"],
  cash: false,
  settlementBound: true,
  reads: ["applicant.computingPowerEnterprise", "applicant.type"],
  params: {},
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    requireTrue(profile.applicant?.computingPowerEnterprise, "applicant.computingPowerEnterprise", out, "not_computing_enterprise", "The clause is for computing-power enterprises.");
    out.benefit("green_power", null, "pilot participation", "Source-grid-load-storage, micro-grid and direct green power pilots, and green power trading.");
    out.assessed("pilot_selection", "Participation depends on the pilots opened.");
  },
};
