/** （十五） Intelligent computing centers. */
import type { MeasureDefinition } from "../definition.ts";
import { compare, D } from "../money.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType, requireTrue } from "../scope.ts";

const TEXT =
  "（十五）支持智算算力建设。鼓励各类社会主体投资建设智算中心为南A中心提供算力服务，对规模达到100PFlops以上的新建项目，在用地保障、项目审批、资金申报、用能需求、融资服务等方面，按有关政策给予重点支持。";

const params = {
  minPflops: param(100, "PFlops", "（十五）", "规模达到100PFlops以上的新建项目（以上 includes 100）"),
};

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise", "team", "university", "research_institute", "training_provider", "industry_association"];

/** （十五）: priority support (land, approvals, funding, energy, financing) for new computing centers of 100 PFlops or more. */
export const m15: MeasureDefinition = {
  id: "m15",
  clause: "（十五）",
  title: { zh: "智算算力建设", en: "Intelligent computing centers (≥100 PFlops)" },
  text: TEXT,
  interests: ["data_compute"],
  cash: false,
  settlementBound: false,
  reads: ["applicant.type", "computeCenter.newBuild", "computeCenter.pflops"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const c = profile.computeCenter;
    requireTrue(c?.newBuild, "computeCenter.newBuild", out, "not_new_build", "The support is for newly built computing centers.");
    if (c?.pflops === undefined) out.missing("computeCenter.pflops");
    else {
      const pflops = new D(c.pflops);
      out.trace("scale against the minimum (inclusive)", { pflops, minimum: params.minPflops.value });
      if (compare(pflops, params.minPflops.value) < 0) out.fail("too_small", `${c.pflops} PFlops; the minimum is ${params.minPflops.value} PFlops.`, { pflops: String(c.pflops) });
    }
    out.benefit("priority_support", null, "priority support", "Priority in land, project approval, funding applications, energy needs and financing, under the policies concerned.");
    out.assessed("policy_support", "Support is given under the policies concerned, case by case.");
  },
};
