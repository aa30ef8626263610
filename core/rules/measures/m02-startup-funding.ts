/** （二） Start-up funding for talent teams. */
import type { MeasureDefinition } from "../definition.ts";
import { scaled } from "../money.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";
import { noteAseanMultiplier } from "./asean-multiplier.ts";

const TEXT =
  "（二）给予创新创业启动资金支持。对入驻南A中心的初创型创新人才团队、高层次创新人才团队和领军型创新人才团队，分别给予最高50万元、200万元、500万元的创业启动资金支持。";

const params = {
  startupCap: param(500000, "CNY", "（二）", "初创型创新人才团队…最高50万元"),
  highLevelCap: param(2000000, "CNY", "（二）", "高层次创新人才团队…200万元"),
  leadingCap: param(5000000, "CNY", "（二）", "领军型创新人才团队…500万元"),
};

const CAP_BY_TIER = { startup: params.startupCap, high_level: params.highLevelCap, leading: params.leadingCap } as const;

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["team", "enterprise"];

/** （二）: up to 500,000 / 2,000,000 / 5,000,000 CNY for start-up / high-level / leading talent teams. */
export const m02: MeasureDefinition = {
  id: "m02",
  clause: "（二）",
  title: { zh: "创新创业启动资金", en: "Start-up funding for talent teams" },
  text: TEXT,
  interests: ["funding"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.aseanOrigin", "applicant.talentTeamTier", "applicant.type"],
  params,
  rule(profile, ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const tier = profile.applicant?.talentTeamTier;
    const m = ctx.aseanMultiplier;
    if (tier === undefined) {
      out.missing("applicant.talentTeamTier");
      out.cash(scaled(params.leadingCap.value, m));
      out.assume("Until the team's tier is known, the upper bound is the leading-team cap.");
    } else if (tier === "none") {
      out.fail("no_talent_tier", "Start-up funding is for recognised start-up, high-level or leading innovation talent teams.");
    } else {
      const cap = scaled(CAP_BY_TIER[tier].value, m);
      out.trace("cap for the team's tier", { tier, cap, multiplier: m });
      out.cash(cap);
      out.assessed("tier_assessed", "The team's tier and the amount are set when the application is assessed.", { tier });
    }
    noteAseanMultiplier(profile, ctx, out);
  },
};
