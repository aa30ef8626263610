/**
 * The scripted conversation every channel is tested with: an AI enterprise
 * settled at the showcase center answers a full eligibility check, its
 * events, ASEAN projects, hires and loans item by item. The driver answers
 * whatever question the assistant asks, found by the question's text in the
 * reply (and, for a list, by the item it names), so the script survives
 * changes to the question order. `EXPECTED_PROFILE` is the same applicant
 * written as a Profile v1, for comparing the result card with `evaluate()`.
 */
import { QUESTIONS } from "../../core/dialogues/questions/bank.ts";
import { itemId, LIST_LIMIT, listOf } from "../../core/dialogues/questions/lists.ts";
import type { Reply } from "../../core/dialogues/types.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { t, type MessageKey } from "../../core/i18n/messages/index.ts";

/**
 * Answers by question id, typed as a user would, in Chinese. A question about
 * an item of a list is keyed by its id and the item's number (`projectInvestment#2`):
 * one launch at the center and one forum in ASEAN; projects of 18,000,000 and
 * 2,000,000 (（十四）'s cap of 3,000,000 a project makes the first count
 * 3,000,000, not 20%); hires in two pay bands of （十八）; two loans.
 */
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
  hasEvents: "是",
  "eventKind#1": "1",
  "eventCost#1": "20万",
  "eventMore#1": "是",
  "eventKind#2": "2",
  "eventRecognized#2": "是",
  "eventCost#2": "300万元",
  "eventMore#2": "否",
  datasets: "是",
  publicData: "没有",
  research: "模型开发",
  computeSpend: "100万",
  corpusSpend: "0",
  scenario: "医疗",
  cacFiled: "是",
  hasProjects: "是",
  "projectInvestment#1": "1800万",
  "projectMore#1": "是",
  "projectInvestment#2": "两百万",
  "projectMore#2": "否",
  computeCenterNew: "否",
  computingPower: "否",
  keyAi: "是",
  hasExecs: "是",
  "execPay#1": "60万",
  "execMore#1": "是",
  "execPay#2": "80万",
  "execMore#2": "否",
  aboveScale: "是",
  hasTalent: "是",
  "talentPay#1": "50万",
  "talentNetPay#1": "40万",
  "talentMore#1": "是",
  "talentPay#2": "120万",
  "talentNetPay#2": "90万",
  "talentMore#2": "否",
  taxPref: "是",
  firstRevenueYear: "2025",
  taxableIncome: "200万",
  hasLoans: "有",
  "loanPrincipal#1": "1000万",
  "loanRate#1": "3.5%",
  "loanYears#1": "3",
  "loanMore#1": "是",
  "loanPrincipal#2": "500万",
  "loanRate#2": "4%",
  "loanYears#2": "2",
  "loanMore#2": "否",
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
  hasEvents: "yes",
  "eventCost#1": "200,000",
  "eventMore#1": "yes",
  "eventRecognized#2": "yes",
  "eventCost#2": "3 million",
  "eventMore#2": "no",
  datasets: "yes",
  publicData: "no",
  research: "Model development",
  computeSpend: "1,000,000",
  scenario: "Healthcare",
  cacFiled: "yes",
  hasProjects: "yes",
  "projectInvestment#1": "18 million",
  "projectMore#1": "yes",
  "projectInvestment#2": "2 million",
  "projectMore#2": "no",
  computeCenterNew: "no",
  computingPower: "no",
  keyAi: "yes",
  hasExecs: "yes",
  "execPay#1": "600k",
  "execMore#1": "yes",
  "execPay#2": "800,000",
  "execMore#2": "no",
  aboveScale: "yes",
  hasTalent: "yes",
  "talentPay#1": "500,000",
  "talentNetPay#1": "400,000",
  "talentMore#1": "yes",
  "talentPay#2": "1,200,000",
  "talentNetPay#2": "900,000",
  "talentMore#2": "no",
  taxPref: "yes",
  taxableIncome: "2 million",
  hasLoans: "yes",
  "loanPrincipal#1": "10 million",
  "loanMore#1": "yes",
  "loanPrincipal#2": "5 million",
  "loanMore#2": "no",
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
    { kind: "forum", location: "asean", recognizedByCenter: true, cost: "3000000" },
  ],
  datasets: { building: true },
  publicData: { productOrService: false },
  research: { field: "model_development" },
  compute: { annualSpendAtCenter: "1000000" },
  corpus: { annualPurchaseFromUnrelatedParties: "0" },
  scenario: { domain: "healthcare" },
  modelFiling: { cacFiled: true },
  aseanProjects: [{ deployed: true, investment: "18000000" }, { deployed: true, investment: "2000000" }],
  computeCenter: { newBuild: false },
  newExecutives: [{ paidByEnterprise: true, annualAfterTaxPay: "600000" }, { paidByEnterprise: true, annualAfterTaxPay: "800000" }],
  newTechTalent: [
    { annualPay: "500000", annualAfterTaxPay: "400000" },
    { annualPay: "1200000", annualAfterTaxPay: "900000" },
  ],
  tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2025, annualTaxableIncome: "2000000" },
  loans: [{ principal: "10000000", annualRate: "0.035", years: 3 }, { principal: "5000000", annualRate: "0.04", years: 2 }],
};

/** The evaluation date of the script. */
export const SCRIPT_TODAY = "2026-06-01";

/**
 * The id of the question a reply text asks, found by its wording in `lang`;
 * null when none. A question about an item of a list comes with its item's
 * number (`projectInvestment#2`), read from the item's name above the
 * question ("Project 2"), or for "add another?" from the line that says
 * which item was just added.
 */
export function questionAsked(text: string, lang: Lang): string | null {
  // Longest texts first, so that a question whose text contains another's is found.
  const candidates = QUESTIONS.map((q) => ({ id: q.id, text: t(lang, `q.${q.id}` as MessageKey) })).sort((a, b) => b.text.length - a.text.length);
  const found = candidates.find((c) => text.includes(c.text))?.id;
  if (found === undefined) return null;
  const list = listOf(found);
  if (!list || found === list.opener) return found;
  const lines = new Set(text.split("\n").map((l) => l.trim()));
  const key = found === list.more ? "added" : "item";
  for (let n = LIST_LIMIT; n >= 1; n--) {
    if (lines.has(t(lang, `list.${list.list}.${key}` as MessageKey, { n }))) return itemId(found, n);
  }
  return found;
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
