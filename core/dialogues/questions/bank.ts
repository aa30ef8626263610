/**
 * The question bank: every structured question the eligibility check can
 * ask, in the order it asks them, each bound to the Profile v1 fields it
 * settles and saying how its answer is written into the profile. The profile
 * builder and "which question settles this path" are derived from here. The
 * planner asks a question only when one of its paths is missing for a measure
 * that is still open, so nothing is asked that cannot change a result.
 *
 * Adding a question bound to an existing fact takes this file and the texts
 * in the ten catalogues; a test checks that every fact a measure reads is
 * asked here or listed in {@link NOT_ASKED} with its reason. Questions about
 * the items of a list (events, projects, executives, hires, loans) are asked
 * once per item; `lists.ts` says which list each belongs to.
 */
import { INTERESTS } from "../../rules/definition.ts";
import type { ProfileField } from "../../rules/paths.ts";
import type { MeasureId } from "../../rules/types.ts";
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
  /**
   * Profile fields this question settles (a typo is a type error). An answer
   * to a field outside any list is written there by {@link QuestionDef.write};
   * list fields (`events`, `loans[].years`…) are written by the list builders
   * of `build-profile.ts`, which read the fields from here.
   */
  paths: readonly ProfileField[];
  /**
   * How the answer is written into the profile; as given when absent. A question about an item of a
   * list that settles several of the item's fields returns them as an object (`{ kind, location }`).
   */
  write?: (answer: AnswerValue) => unknown;
  /** Asked only when this holds for the answers so far. */
  when?: (answers: Readonly<Record<string, AnswerValue>>) => boolean;
  /** Lower and upper bounds for numbers. */
  min?: number;
  max?: number;
  /** Gating questions come first and are asked before the interests question. */
  gating?: boolean;
  /**
   * For a fact a measure reads but never reports missing, because it only adds to the result when
   * true: the measure the question is asked for, while that measure is within the user's interests
   * and not ruled out.
   */
  addsTo?: MeasureId;
  /**
   * For a choice whose options count for different measures: the measure of
   * each option. Only the options of measures still open within the user's
   * interests are offered (see `offeredQuestion` in the planner).
   */
  optionMeasures?: Readonly<Record<string, MeasureId>>;
  /** Set on a question about one item of a list (`projectInvestment#2`): the bank's question it asks again. */
  base?: string;
  /** Set with `base`: the item's number, from 1. */
  item?: number;
}

const settled = (a: Readonly<Record<string, AnswerValue>>) => a.settlement === "settled";

/** Event kinds the dialogue offers for one event. */
export const EVENT_OPTIONS = ["launch_center", "forum_asean", "forum_center"] as const;
type EventOption = (typeof EVENT_OPTIONS)[number];

/** The profile's kind and location of each event option: a launch or roadshow at the center (（四）), a forum… in ASEAN or at the center (（十三）). */
const EVENT_KINDS_OF: Record<EventOption, { kind: "launch" | "forum"; location: "center" | "asean" }> = {
  launch_center: { kind: "launch", location: "center" },
  forum_asean: { kind: "forum", location: "asean" },
  forum_center: { kind: "forum", location: "center" },
};

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
  // （一）: 对人工智能制造业企业租赁标准厂房开展生产活动的，另行给予专项支持 (enterprises only).
  { id: "manufacturing", type: "yesno", paths: ["applicant.aiManufacturing"], when: (a) => a.type === "enterprise", addsTo: "m01" },
  { id: "tier", type: "choice", options: TALENT_TIERS, paths: ["applicant.talentTeamTier"] },
  { id: "coreStaff", type: "integer", paths: ["housing.executivesAndCoreStaff"], min: 0, max: 100_000 },
  { id: "hukou", type: "yesno", paths: ["graduate.hasNanningUrbanHukou"] },
  { id: "graduated", type: "date", paths: ["graduate.graduationDate"] },
  { id: "jobSeeking", type: "yesno", paths: ["graduate.seekingJobAtCenterAiCompany"] },
  { id: "booth", type: "yesno", paths: ["promotion.showcaseBooth"] },
  // Events, one at a time (core/dialogues/questions/lists.ts): launches and roadshows at the center count for （四）,
  // forums, summits, exhibitions and contests in ASEAN or at the center for （十三）.
  { id: "hasEvents", type: "yesno", paths: ["events"] },
  { id: "eventKind", type: "choice", options: EVENT_OPTIONS, paths: ["events[].kind", "events[].location"], write: (v) => EVENT_KINDS_OF[v as EventOption], optionMeasures: { launch_center: "m04", forum_asean: "m13", forum_center: "m13" } },
  { id: "eventCost", type: "money", paths: ["events[].cost"] },
  { id: "eventRecognized", type: "yesno", paths: ["events[].recognizedByCenter"] },
  { id: "eventMore", type: "yesno", paths: [] },
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
  { id: "hasProjects", type: "yesno", paths: ["aseanProjects", "aseanProjects[].deployed"] },
  { id: "projectInvestment", type: "money", paths: ["aseanProjects[].investment"] },
  { id: "projectMore", type: "yesno", paths: [] },
  { id: "computeCenterNew", type: "yesno", paths: ["computeCenter.newBuild"] },
  { id: "pflops", type: "decimal", paths: ["computeCenter.pflops"], write: (v) => Number(v), when: (a) => a.computeCenterNew !== false, min: 0, max: 1_000_000_000 },
  { id: "computingPower", type: "yesno", paths: ["applicant.computingPowerEnterprise"] },
  { id: "keyAi", type: "yesno", paths: ["applicant.keyAiEnterprise"] },
  { id: "hasExecs", type: "yesno", paths: ["newExecutives", "newExecutives[].paidByEnterprise"] },
  { id: "execPay", type: "money", paths: ["newExecutives[].annualAfterTaxPay"] },
  { id: "execMore", type: "yesno", paths: [] },
  { id: "aboveScale", type: "yesno", paths: ["applicant.techEnterpriseAboveScale"] },
  { id: "hasTalent", type: "yesno", paths: ["newTechTalent"] },
  { id: "talentPay", type: "money", paths: ["newTechTalent[].annualPay"] },
  { id: "talentNetPay", type: "money", paths: ["newTechTalent[].annualAfterTaxPay"] },
  { id: "talentMore", type: "yesno", paths: [] },
  { id: "taxPref", type: "yesno", paths: ["tax.qualifiesForZoneTaxPreference"] },
  { id: "firstRevenueYear", type: "year", paths: ["tax.firstRevenueYear"], min: 1949, max: 2100 },
  { id: "taxableIncome", type: "money", paths: ["tax.annualTaxableIncome"] },
  { id: "hasLoans", type: "yesno", paths: ["loans"] },
  { id: "loanPrincipal", type: "money", paths: ["loans[].principal"] },
  { id: "loanRate", type: "percent", paths: ["loans[].annualRate"] },
  { id: "loanYears", type: "integer", paths: ["loans[].years"], min: 0, max: 50 },
  { id: "loanMore", type: "yesno", paths: [] },
];

/** Questions by id. */
export const QUESTION_BY_ID: ReadonlyMap<string, QuestionDef> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The position of each question in asking order. */
export const QUESTION_ORDER: ReadonlyMap<string, number> = new Map(QUESTIONS.map((q, i) => [q.id, i]));

/**
 * Facts the rules read that the chat does not ask, each with its reason. The
 * rules treat them as unknown (or the builder fills them in), and the results
 * say what they would change.
 */
export const NOT_ASKED: Readonly<Partial<Record<ProfileField, string>>> = {
  "applicant.aseanCountry": "（五） turns on ASEAN origin, which is asked; the country is only shown in the trace",
  "aseanProjects[].domain": "（十四）'s list of domains ends in 等 (etc.), so every domain counts and the answer could not change a result",
  "tax.corporateIncomeTaxRate": "（十九） takes the standard 25% when it is not given, and says so among the assumptions",
  "otherSupportForSameItem": "从优不重复 is stated on every result as an assumption rather than asked",
  "loans[].startYear": "（二十一） counts each loan for up to 3 years when its start year is unknown, an upper bound the result says it is; asking it only narrows the bound",
};
