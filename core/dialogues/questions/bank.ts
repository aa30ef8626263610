/**
 * The question bank: every structured question the eligibility check can
 * ask, in the order it asks them, each bound to the Profile v1 paths it
 * settles. The planner asks a question only when one of its paths is missing
 * for a measure that is still open, so nothing is asked that cannot change
 * a result.
 */
import { INTERESTS } from "../../rules/definition.ts";
import { APPLICANT_TYPES, RESEARCH_FIELDS, SCENARIO_DOMAINS, SITES, TALENT_TIERS } from "../../rules/profile.ts";
import type { AnswerValue } from "../types.ts";

/** How an answer is typed and parsed. */
export type QuestionType = "choice" | "multi" | "yesno" | "integer" | "money" | "date" | "percent" | "year" | "decimal";

/** One question. Its texts live in the locale catalogues under `q.<id>`, `h.<id>`, `l.<id>` and `o.<id>.<option>`. */
export interface QuestionDef {
  id: string;
  type: QuestionType;
  /** Options of choice and multi questions. */
  options?: readonly string[];
  /** Profile paths this question settles (list items are mapped by the profile builder). */
  paths: string[];
  /** Asked only when this holds for the answers so far. */
  when?: (answers: Readonly<Record<string, AnswerValue>>) => boolean;
  /** Lower and upper bounds for numbers. */
  min?: number;
  max?: number;
  /** Gating questions come first and are asked before the interests question. */
  gating?: boolean;
}

const settled = (a: Readonly<Record<string, AnswerValue>>) => a.settlement === "settled";
const includes = (key: string, option: string) => (a: Readonly<Record<string, AnswerValue>>) =>
  Array.isArray(a[key]) && (a[key] as string[]).includes(option);
const yes = (key: string) => (a: Readonly<Record<string, AnswerValue>>) => a[key] === true;
const positive = (key: string) => (a: Readonly<Record<string, AnswerValue>>) => typeof a[key] === "number" && (a[key] as number) > 0;

/** Event kinds the dialogue offers; each becomes events in the profile. */
export const EVENT_OPTIONS = ["launch_center", "forum_asean", "forum_center", "none"] as const;

/** All questions, in asking order. */
export const QUESTIONS: readonly QuestionDef[] = [
  { id: "type", type: "choice", options: APPLICANT_TYPES, paths: ["applicant.type"], gating: true },
  { id: "ai", type: "yesno", paths: ["applicant.aiBusiness"], gating: true },
  { id: "settlement", type: "choice", options: ["settled", "planning", "none"], paths: ["applicant.settlement.status"], gating: true },
  { id: "settledOn", type: "date", paths: ["applicant.settlement.date"], when: settled, gating: true },
  { id: "asean", type: "yesno", paths: ["applicant.aseanOrigin"], gating: true },
  { id: "interests", type: "multi", options: INTERESTS, paths: [], gating: true },
  { id: "site", type: "choice", options: SITES, paths: ["applicant.settlement.site"] },
  { id: "headcount", type: "integer", paths: ["applicant.headcount"], min: 0, max: 1_000_000 },
  { id: "tier", type: "choice", options: TALENT_TIERS, paths: ["applicant.talentTeamTier"] },
  { id: "coreStaff", type: "integer", paths: ["housing.executivesAndCoreStaff"], min: 0, max: 100_000 },
  { id: "hukou", type: "yesno", paths: ["graduate.hasNanningUrbanHukou"] },
  { id: "graduated", type: "date", paths: ["graduate.graduationDate"] },
  { id: "jobSeeking", type: "yesno", paths: ["graduate.seekingJobAtCenterAiCompany"] },
  { id: "booth", type: "yesno", paths: ["promotion.showcaseBooth"] },
  { id: "events", type: "multi", options: EVENT_OPTIONS, paths: ["events"] },
  { id: "launchCount", type: "integer", paths: [], when: includes("events", "launch_center"), min: 0, max: 1000 },
  { id: "launchCost", type: "money", paths: [], when: includes("events", "launch_center") },
  { id: "forumRecognized", type: "yesno", paths: [], when: (a) => includes("events", "forum_asean")(a) || includes("events", "forum_center")(a) },
  { id: "forumAseanCost", type: "money", paths: [], when: includes("events", "forum_asean") },
  { id: "forumCenterCost", type: "money", paths: [], when: includes("events", "forum_center") },
  { id: "datasets", type: "yesno", paths: ["datasets.building"] },
  { id: "publicData", type: "yesno", paths: ["publicData.productOrService"] },
  { id: "research", type: "choice", options: RESEARCH_FIELDS, paths: ["research.field"] },
  { id: "computeSpend", type: "money", paths: ["compute.annualSpendAtCenter"] },
  { id: "corpusSpend", type: "money", paths: ["corpus.annualPurchaseFromUnrelatedParties"] },
  { id: "scenario", type: "choice", options: SCENARIO_DOMAINS, paths: ["scenario.domain"] },
  { id: "cacFiled", type: "yesno", paths: ["modelFiling.cacFiled"] },
  { id: "trainAtCenter", type: "yesno", paths: ["training.atShowcaseCenter"] },
  { id: "trainAsean", type: "yesno", paths: ["training.aseanParticipants"] },
  { id: "trainees", type: "integer", paths: ["training.annualTrainees"], min: 0, max: 10_000_000 },
  { id: "projectCount", type: "integer", paths: ["aseanProjects"], min: 0, max: 50 },
  { id: "projectInvestment", type: "money", paths: [], when: positive("projectCount") },
  { id: "computeCenterNew", type: "yesno", paths: ["computeCenter.newBuild"] },
  { id: "pflops", type: "decimal", paths: ["computeCenter.pflops"], when: (a) => a.computeCenterNew !== false, min: 0, max: 1_000_000_000 },
  { id: "computingPower", type: "yesno", paths: ["applicant.computingPowerEnterprise"] },
  { id: "keyAi", type: "yesno", paths: ["applicant.keyAiEnterprise"] },
  { id: "execCount", type: "integer", paths: ["newExecutives"], min: 0, max: 1000 },
  { id: "execPay", type: "money", paths: [], when: positive("execCount") },
  { id: "aboveScale", type: "yesno", paths: ["applicant.techEnterpriseAboveScale"] },
  { id: "talentCount", type: "integer", paths: ["newTechTalent"], min: 0, max: 10_000 },
  { id: "talentPay", type: "money", paths: [], when: positive("talentCount") },
  { id: "talentNetPay", type: "money", paths: [], when: positive("talentCount") },
  { id: "taxPref", type: "yesno", paths: ["tax.qualifiesForZoneTaxPreference"] },
  { id: "firstRevenueYear", type: "year", paths: ["tax.firstRevenueYear"], min: 1949, max: 2100 },
  { id: "taxableIncome", type: "money", paths: ["tax.annualTaxableIncome"] },
  { id: "hasLoans", type: "yesno", paths: ["loans"] },
  { id: "loanPrincipal", type: "money", paths: [], when: yes("hasLoans") },
  { id: "loanRate", type: "percent", paths: [], when: yes("hasLoans") },
  { id: "loanYears", type: "integer", paths: [], when: yes("hasLoans"), min: 0, max: 50 },
];

/** Questions by id. */
export const QUESTION_BY_ID: ReadonlyMap<string, QuestionDef> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The position of each question in asking order. */
export const QUESTION_ORDER: ReadonlyMap<string, number> = new Map(QUESTIONS.map((q, i) => [q.id, i]));
