/** （二十） AI industry fund. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";

const TEXT =
  "（二十）设立人工智能产业基金。设立总规模50亿元的人工智能产业基金，争取国有资本、社会资本、金融资本集聚形成资本供给效应，重点支持初创期、成长型人工智能企业和项目。";

const params = {
  fundSize: param(5000000000, "CNY", "（二十）", "设立总规模50亿元的人工智能产业基金"),
};

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise", "team"];

/** （二十）: equity investment from a 5,000,000,000 CNY fund for start-up and growth-stage AI enterprises (non-cash). */
export const m20: MeasureDefinition = {
  id: "m20",
  clause: "（二十）",
  title: { zh: "人工智能产业基金", en: "AI industry fund (equity)" },
  text: TEXT,
  interests: ["funding"],
  cash: false,
  settlementBound: true,
  reads: ["applicant.type"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    out.benefit("equity_investment", null, "equity investment", `The fund (total ${params.fundSize.value.toFixed()} CNY) invests in start-up and growth-stage AI enterprises and projects.`);
    out.assessed("investment_decision", "Investment follows the fund's own due diligence and decision.");
  },
};
