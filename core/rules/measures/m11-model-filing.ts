/** （十一） Generative AI model filing. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType, requireTrue } from "../scope.ts";

const TEXT =
  "（十一）鼓励开展模型合规备案。对获得国家互联网信息办公室生成式人工智能模型备案的企业，依据该模型技术评测（或相应评估）情况以及模型评测相关费用等情况，给予最高50万元奖励。";

const params = {
  cap: param(500000, "CNY", "（十一）", "给予最高50万元奖励"),
};

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/** （十一）: up to 500,000 CNY for an enterprise whose generative AI model is filed with the CAC. */
export const m11: MeasureDefinition = {
  id: "m11",
  clause: "（十一）",
  title: { zh: "模型合规备案", en: "Generative AI model filing (CAC)" },
  text: TEXT,
  interests: ["funding"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "modelFiling.cacFiled"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    requireTrue(profile.modelFiling?.cacFiled, "modelFiling.cacFiled", out, "not_filed", "The award is for models filed with the Cyberspace Administration of China.");
    out.cash(params.cap.value);
    out.assessed("evaluation_based", "The amount depends on the model's technical evaluation and its costs.");
  },
};
