/** （五） Up to 2x support for ASEAN enterprises on （一）–（四）. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType, requireTrue } from "../scope.ts";

const TEXT =
  "（五）支持东盟企业入驻。对来自东盟地区入驻南A中心的外商投资企业或团队，按上述（一）（二）（三）（四）条款，根据实际情况给予最大2倍支持。";

const params = {
  multiplier: param(2, "factor", "（五）", "根据实际情况给予最大2倍支持"),
};

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise", "team"];

/** （五）: ASEAN-origin foreign-invested enterprises or teams get up to 2x of （一）–（四）; the figures appear on those measures. */
export const m05: MeasureDefinition = {
  id: "m05",
  clause: "（五）",
  title: { zh: "支持东盟企业入驻", en: "Up to 2x support for ASEAN enterprises" },
  text: TEXT,
  interests: ["space", "funding", "housing_talent", "events_training"],
  cash: false,
  settlementBound: true,
  reads: ["applicant.aseanCountry", "applicant.aseanOrigin", "applicant.type"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    requireTrue(profile.applicant?.aseanOrigin, "applicant.aseanOrigin", out, "not_asean_origin", "（五） is for foreign-invested enterprises and teams from ASEAN member states.");
    const country = profile.applicant?.aseanCountry;
    if (country) out.trace("ASEAN country", { country });
    out.benefit("asean_multiplier", params.multiplier.value, "x on m01–m04", "Up to twice the support of （一）–（四）; the doubled figures are shown on those measures.");
    out.assessed("multiplier_assessed", "How much of the 2x applies depends on actual circumstances.");
  },
};
