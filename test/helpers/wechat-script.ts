/**
 * The scripted eligibility check in Chinese that the WeChat tests run: an AI
 * enterprise settled on 2025-06-01 that builds data sets and buys compute
 * and corpus for 500,000 CNY a year each. Answers mix option numbers and
 * words, as WeChat users (who have no buttons) type them.
 */
import type { EvaluationResult } from "../../core/rules/index.ts";
import { aiEnterprise, evaluateOk } from "./profiles.ts";
import type { PassiveReply, WechatTestUser } from "./wechat-client.ts";

/** One message of the script and a fragment its reply must contain. */
export interface ScriptStep {
  say: string;
  expect: string;
}

/** From the main menu to the results card. */
export const CHINESE_CHECK: readonly ScriptStep[] = [
  { say: "1", expect: "您属于哪类申报主体" },
  { say: "企业", expect: "人工智能企业" },
  { say: "是", expect: "已入驻南A中心，还是计划入驻" },
  { say: "1", expect: "哪一天入驻" },
  { say: "2025-06-01", expect: "东盟国家" },
  { say: "否", expect: "哪些类别的支持" },
  { say: "4", expect: "✓ 数据与算力" },
  { say: "8", expect: "数据集或语料库" },
  { say: "1", expect: "公共数据" },
  { say: "否", expect: "算力服务的金额" },
  { say: "50万", expect: "向非关联方购买语料" },
  { say: "500000", expect: "新建" },
  { say: "2", expect: "提供或运营算力" },
  { say: "否", expect: "请在查看结果前确认" },
  { say: "1", expect: "您的预判结果" },
];

/** What the rules core says for the profile the script describes. */
export function scriptedEvaluation(): EvaluationResult {
  return evaluateOk(
    aiEnterprise({
      datasets: { building: true },
      publicData: { productOrService: false },
      compute: { annualSpendAtCenter: "500000" },
      corpus: { annualPurchaseFromUnrelatedParties: "500000" },
      computeCenter: { newBuild: false },
      applicant: { computingPowerEnterprise: false },
    }),
  );
}

/**
 * Follows the account (the greeting), then runs the script; fails on the
 * first reply that lacks its expected fragment. Returns the last reply.
 */
export async function runChineseCheck(user: WechatTestUser, steps: readonly ScriptStep[] = CHINESE_CHECK): Promise<PassiveReply> {
  const greeting = await user.event("subscribe");
  if (!greeting.content?.includes("预判我的申报资格")) throw new Error(`no Chinese greeting with the menu: ${greeting.content}`);
  let last = greeting;
  for (const step of steps) {
    last = await user.text(step.say);
    if (!last.content?.includes(step.expect)) {
      throw new Error(`after "${step.say}" expected "${step.expect}" in:\n${last.content ?? last.body}`);
    }
  }
  return last;
}
