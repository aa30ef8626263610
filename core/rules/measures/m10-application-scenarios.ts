/** （十） Benchmark application scenarios. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { requireApplicantType } from "../scope.ts";
import { DATA_PRODUCERS } from "./producers.ts";

const TEXT =
  "（十）支持模型场景应用落地。鼓励围绕“人工智能+”文旅、制造、金融、交通、农业、医疗、教育、社会治理等领域打造标杆型示范应用场景，根据场景的适用性、创新性、应用效果等情况，每年评定标杆型示范应用场景，按场景建设规模每个给予最高100万元奖励。";

const params = {
  scenarioCap: param(1000000, "CNY", "（十）", "按场景建设规模每个给予最高100万元奖励"),
};

/** （十）: up to 1,000,000 CNY per benchmark scenario, rated each year. */
export const m10: MeasureDefinition = {
  id: "m10",
  clause: "（十）",
  title: { zh: "模型场景应用落地", en: "Benchmark application scenarios" },
  text: TEXT,
  interests: ["funding"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "scenario.domain"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, DATA_PRODUCERS, out);
    const domain = profile.scenario?.domain;
    if (domain === undefined) out.missing("scenario.domain");
    else if (domain === "other") out.assume("The domain is not one the clause names; they end in 等 (etc.), so it is not excluded.");
    out.cash(params.scenarioCap.value);
    out.assessed("scenario_rated", "Scenarios are rated each year on applicability, innovation and effect; scale sets the award.");
  },
};
