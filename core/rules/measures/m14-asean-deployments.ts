/** （十四） Deployments in ASEAN countries. */
import type { MeasureDefinition } from "../definition.ts";
import { min } from "../money.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";

const TEXT =
  "（十四）支持面向东盟应用场景落地。支持入驻企业和东盟地区的企业、机构开展联合创新、模型开发、场景应用等合作，在东盟地区开展政务服务、智慧城市、国际传播、智慧农业、远程医疗、灾害预警、安全防护、国际贸易、智慧教育、能源管理等领域的场景应用创新，对已在东盟地区实现落地应用的，经评定按其实际投入的20%给予最高300万元支持。";

const params = {
  rate: param("0.20", "rate", "（十四）", "按其实际投入的20%"),
  projectCap: param(3000000, "CNY", "（十四）", "给予最高300万元支持"),
};

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/** （十四）: 20% of the actual investment of each project deployed in ASEAN, at most 3,000,000 CNY per project. */
export const m14: MeasureDefinition = {
  id: "m14",
  clause: "（十四）",
  title: { zh: "面向东盟应用场景落地", en: "Deployments in ASEAN countries" },
  text: TEXT,
  interests: ["asean_projects"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "aseanProjects", "aseanProjects[].deployed", "aseanProjects[].domain", "aseanProjects[].investment"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const list = profile.aseanProjects;
    if (list === undefined) {
      out.missing("aseanProjects");
      return;
    }
    let counted = 0;
    list.forEach((p, i) => {
      if (p.deployed === false) return;
      counted++;
      const part = out.part({ id: `project[${i}]`, label: `Project ${i + 1} deployed in ASEAN`, kind: "grant", period: { type: "one_off" } });
      if (p.deployed === undefined) part.missing(`aseanProjects[${i}].deployed`);
      if (p.domain === "other") part.assume("A domain the clause does not name is counted: the list ends in 等 (etc.).");
      if (p.investment === undefined) {
        part.missing(`aseanProjects[${i}].investment`);
        part.cash(params.projectCap.value);
      } else {
        const award = min(p.investment.times(params.rate.value), params.projectCap.value);
        part.trace(`project ${i + 1}: min(investment × rate, cap)`, { investment: p.investment, rate: params.rate.value, cap: params.projectCap.value, award });
        part.cash(award);
      }
    });
    if (counted === 0) out.fail("no_deployed_project", "Support is for projects already deployed in an ASEAN country; none was given.");
    else {
      out.assessed("project_rated", "Projects are rated (经评定) before support is granted.");
      out.assume("The 3,000,000 cap is per deployed project (each rated on its own investment), not per enterprise; if the authorities cap per enterprise, the total of several projects is an upper bound.");
    }
  },
};
