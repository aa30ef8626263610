/** （二十二） Help applying for other funding. */
import type { MeasureDefinition } from "../definition.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";

const TEXT =
  "（二十二）支持企业资金申报。全力协助入驻企业申请享受国家、自治区、南宁市有关税收、研发、人才等方面优惠政策，支持企业的相关项目列为重点规划项目，并优先推动申报国债、专项债、财政资金等专项资金。";

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/** （二十二）: settled enterprises get help applying for national, regional and city support, and priority for special funds (non-cash). */
export const m22: MeasureDefinition = {
  id: "m22",
  clause: "（二十二）",
  title: { zh: "企业资金申报", en: "Help applying for other funding" },
  text: TEXT,
  interests: ["funding", "tax_loans"],
  cash: false,
  settlementBound: true,
  reads: ["applicant.type"],
  params: {},
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    out.benefit("application_assistance", null, "assistance", "Help applying for national, regional and Nanning tax, R&D and talent preferences; projects listed as key planned projects; priority for treasury bonds, special bonds and fiscal funds.");
  },
};
