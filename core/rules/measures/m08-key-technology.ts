/** （八） Key technology R&D projects. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";

const TEXT =
  "（八）支持关键核心技术攻关。设立南宁市人工智能科技专项，鼓励国内和东盟人工智能企业到南A中心设立研发中心，聚焦模型开发、高效数据处理、人工智能芯片、数据跨境安全、具身智能等领域，开展本地化前沿技术研发与成果转化，经立项可支持单个项目最高500万元。";

const params = {
  projectCap: param(5000000, "CNY", "（八）", "经立项可支持单个项目最高500万元"),
};

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/** （八）: up to 5,000,000 CNY per approved R&D project of an AI enterprise's R&D center at the center. */
export const m08: MeasureDefinition = {
  id: "m08",
  clause: "（八）",
  title: { zh: "关键核心技术攻关", en: "Key technology R&D projects" },
  text: TEXT,
  interests: ["funding"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "research.field"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const field = profile.research?.field;
    if (field === undefined) out.missing("research.field");
    else if (field === "other") {
      out.because("field_not_named", "The R&D field is not one of the five the clause names; they are examples (等), so the project can still be proposed.");
      out.assume("The clause's fields end in 等 (etc.): other fields are not excluded, but have weaker odds.");
    }
    out.cash(params.projectCap.value);
    out.assessed("project_approval", "Support needs project approval (经立项); the amount is set then.");
  },
};
