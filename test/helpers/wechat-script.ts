/**
 * A short eligibility check in Chinese for the WeChat tests: an AI
 * enterprise settled on 2025-06-01 that builds data sets and buys compute
 * and corpus for 500,000 CNY a year each. Answers mix option numbers and
 * words, as WeChat users (who have no buttons) type them. The driver of the
 * shared script answers whichever question is asked, so the order may change.
 */
import type { EvaluationResult } from "../../core/rules/index.ts";
import { runScript } from "./conversation-script.ts";
import { aiEnterprise, evaluateOk } from "./profiles.ts";
import type { PassiveReply, WechatTestUser } from "./wechat-client.ts";

/** Answers by question id: numbers pick the numbered option, words are read as typed. */
export const WECHAT_ANSWERS_ZH: Record<string, string> = {
  type: "1",
  ai: "是",
  settlement: "1",
  settledOn: "2025-06-01",
  asean: "否",
  interests: "4",
  datasets: "1",
  publicData: "否",
  computeSpend: "50万",
  corpusSpend: "500000",
  computeCenterNew: "2",
  computingPower: "否",
};

/** What the rules core says for the profile the answers describe. */
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
 * Follows the account (the greeting with its menu), picks "1" (the check),
 * answers every question, and asks for the results from the summary.
 * Returns the reply carrying the result card.
 */
export async function runChineseCheck(user: WechatTestUser): Promise<PassiveReply> {
  const greeting = await user.event("subscribe");
  if (!greeting.content?.includes("1. 预判我的申报资格")) throw new Error(`no Chinese greeting with the menu: ${greeting.content}`);
  const send = async (text: string) => (await user.text(text)).content ?? "";
  const { asked, last } = await runScript(send, WECHAT_ANSWERS_ZH, "zh", "1");
  if (asked.length < 8 || !last.includes("请在查看结果前确认")) throw new Error(`the check did not reach the summary:\n${last}`);
  const card = await user.text("1");
  if (!card.content?.includes("您的预判结果")) throw new Error(`no result card:\n${card.content}`);
  return card;
}
