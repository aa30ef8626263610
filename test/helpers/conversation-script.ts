/**
 * The scripted conversation every channel is tested with: an AI enterprise
 * settled at the showcase center answers a full eligibility check. The
 * driver answers whatever question the assistant asks, found by the
 * question's text in the reply, so the script survives changes to the
 * question order. `EXPECTED_PROFILE` is the same applicant written as a
 * Profile v1, for comparing the result card with `evaluate()`.
 */
import { QUESTIONS } from "../../core/dialogues/questions/bank.ts";
import type { Reply } from "../../core/dialogues/types.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { t, type MessageKey } from "../../core/i18n/messages/index.ts";

/** Answers by question id, typed as a user would, in Chinese. */
export const ANSWERS_ZH: Record<string, string> = {
  type: "企业",
  ai: "是",
  settlement: "已入驻",
  settledOn: "2025年6月1日",
  asean: "否",
  interests: "全部",
  site: "南A中心展示中心",
  headcount: "30人",
  manufacturing: "否",
  tier: "高层次创新人才团队",
  coreStaff: "5",
  booth: "是的",
  events: "1 2",
  launchCount: "2",
  launchCost: "20万",
  forumRecognized: "是",
  forumAseanCost: "300万元",
  datasets: "是",
  publicData: "没有",
  research: "模型开发",
  computeSpend: "100万",
  corpusSpend: "0",
  scenario: "医疗",
  cacFiled: "是",
  projectCount: "1",
  projectInvestment: "五百万",
  computeCenterNew: "否",
  computingPower: "否",
  keyAi: "是",
  execCount: "2",
  execPay: "60万",
  aboveScale: "是",
  talentCount: "3",
  talentPay: "50万",
  talentNetPay: "40万",
  taxPref: "是",
  firstRevenueYear: "2025",
  taxableIncome: "200万",
  hasLoans: "有",
  loanPrincipal: "1000万",
  loanRate: "3.5%",
  loanYears: "3",
};

/** The same answers in English. */
export const ANSWERS_EN: Record<string, string> = {
  ...ANSWERS_ZH,
  type: "Enterprise",
  ai: "yes",
  settlement: "Already settled",
  settledOn: "2025-06-01",
  asean: "no",
  interests: "All of them",
  site: "Showcase center",
  headcount: "30",
  manufacturing: "no",
  tier: "High-level team",
  booth: "yes",
  launchCost: "200,000",
  forumRecognized: "yes",
  forumAseanCost: "3 million",
  datasets: "yes",
  publicData: "no",
  research: "Model development",
  computeSpend: "1,000,000",
  scenario: "Healthcare",
  cacFiled: "yes",
  projectInvestment: "5 million",
  computeCenterNew: "no",
  computingPower: "no",
  keyAi: "yes",
  execPay: "600k",
  aboveScale: "yes",
  talentPay: "500,000",
  talentNetPay: "400,000",
  taxPref: "yes",
  taxableIncome: "2 million",
  hasLoans: "yes",
  loanPrincipal: "10 million",
};

/** The applicant of the script as a Profile v1, evaluated on {@link SCRIPT_TODAY}. */
export const EXPECTED_PROFILE = {
  asOf: "2026-06-01",
  applicant: {
    type: "enterprise", aiBusiness: true, aseanOrigin: false,
    settlement: { status: "settled", date: "2025-06-01", site: "showcase_center" },
    headcount: 30, aiManufacturing: false, talentTeamTier: "high_level", keyAiEnterprise: true, techEnterpriseAboveScale: true, computingPowerEnterprise: false,
  },
  housing: { executivesAndCoreStaff: 5 },
  promotion: { showcaseBooth: true },
  events: [
    { kind: "launch", location: "center", cost: "200000" },
    { kind: "launch", location: "center", cost: "200000" },
    { kind: "forum", location: "asean", recognizedByCenter: true, cost: "3000000" },
  ],
  datasets: { building: true },
  publicData: { productOrService: false },
  research: { field: "model_development" },
  compute: { annualSpendAtCenter: "1000000" },
  corpus: { annualPurchaseFromUnrelatedParties: "0" },
  scenario: { domain: "healthcare" },
  modelFiling: { cacFiled: true },
  aseanProjects: [{ deployed: true, investment: "5000000" }],
  computeCenter: { newBuild: false },
  newExecutives: [{ paidByEnterprise: true, annualAfterTaxPay: "600000" }, { paidByEnterprise: true, annualAfterTaxPay: "600000" }],
  newTechTalent: [
    { annualPay: "500000", annualAfterTaxPay: "400000" },
    { annualPay: "500000", annualAfterTaxPay: "400000" },
    { annualPay: "500000", annualAfterTaxPay: "400000" },
  ],
  tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2025, annualTaxableIncome: "2000000" },
  loans: [{ principal: "10000000", annualRate: "0.035", years: 3 }],
};

/** The evaluation date of the script. */
export const SCRIPT_TODAY = "2026-06-01";

/** The id of the question a reply text asks, found by its wording in `lang`; null when none. */
export function questionAsked(text: string, lang: Lang): string | null {
  // Longest texts first, so that a question whose text contains another's is found.
  const candidates = QUESTIONS.map((q) => ({ id: q.id, text: t(lang, `q.${q.id}` as MessageKey) })).sort((a, b) => b.text.length - a.text.length);
  for (const c of candidates) if (text.includes(c.text)) return c.id;
  return null;
}

/** All reply texts of a turn, joined. */
export function textOf(replies: Reply[]): string {
  return replies.map((r) => r.text).join("\n");
}

/**
 * Drives a conversation: `send` delivers a text and returns what the user sees next;
 * answers each question from `answers` until the summary, then asks for results.
 * Returns every text seen, and the id of each question asked, in order.
 */
export async function runScript(
  send: (text: string) => Promise<string>,
  answers: Record<string, string>,
  lang: Lang,
  first: string,
  maxTurns = 80,
): Promise<{ asked: string[]; transcript: string[]; last: string }> {
  const asked: string[] = [];
  const transcript: string[] = [];
  let seen = await send(first);
  transcript.push(seen);
  for (let i = 0; i < maxTurns; i++) {
    const q = questionAsked(seen, lang);
    if (q === null) break;
    const answer = answers[q];
    if (answer === undefined) throw new Error(`the script has no answer for question "${q}"`);
    asked.push(q);
    seen = await send(answer);
    transcript.push(seen);
  }
  return { asked, transcript, last: seen };
}
