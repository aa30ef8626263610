/**
 * Turns the dialogue's answers into a Profile v1 (as JSON input) and records,
 * for every profile path, which questions settle it. List items (events,
 * executives, hires, projects, loans) are built from a count and a typical
 * value, so the stored state stays small whatever the counts.
 */
import { D } from "../../rules/money.ts";
import type { ProfileInput } from "../../rules/profile.ts";
import type { AnswerValue } from "../types.ts";
import { QUESTIONS } from "./bank.ts";

/** A built profile and, per path, the questions (in order) that settle it. */
export interface BuiltProfile {
  profile: ProfileInput;
  provenance: Map<string, string[]>;
}

type Answers = Readonly<Record<string, AnswerValue>>;
type Json = Record<string, unknown>;

/** The upper bound on list items built from a count: beyond it one item carries the rest (amounts scale linearly). */
const MAX_ITEMS = 50;

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== "object" || node[k] === null) node[k] = {};
    node = node[k] as Json;
  }
  node[keys[keys.length - 1]!] = value;
}

/** Builds the profile for the answers given so far. Unanswered questions leave their paths absent (unknown). */
export function buildProfile(answers: Answers, asOf?: string): BuiltProfile {
  const profile: Json = {};
  const provenance = new Map<string, string[]>();
  const note = (path: string, ...ids: string[]) => provenance.set(path, ids);
  if (asOf) profile.asOf = asOf;

  const scalar: Record<string, (v: AnswerValue) => unknown> = {
    type: (v) => v, ai: (v) => v, settlement: (v) => v, settledOn: (v) => v, asean: (v) => v, site: (v) => v,
    headcount: (v) => v, tier: (v) => v, coreStaff: (v) => v, hukou: (v) => v, graduated: (v) => v, jobSeeking: (v) => v,
    booth: (v) => v, datasets: (v) => v, publicData: (v) => v, research: (v) => v, computeSpend: (v) => v,
    corpusSpend: (v) => v, scenario: (v) => v, cacFiled: (v) => v, trainAtCenter: (v) => v, trainAsean: (v) => v,
    trainees: (v) => v, computeCenterNew: (v) => v, pflops: (v) => Number(v), computingPower: (v) => v, keyAi: (v) => v,
    aboveScale: (v) => v, taxPref: (v) => v, firstRevenueYear: (v) => v, taxableIncome: (v) => v,
  };
  for (const q of QUESTIONS) {
    for (const p of q.paths) note(p, q.id);
    const make = scalar[q.id];
    if (make && q.paths.length === 1 && answers[q.id] !== undefined) setPath(profile, q.paths[0]!, make(answers[q.id]!));
  }
  // A planned settlement answers "when" with the evaluation date, so settledOn is never asked.
  buildEvents(answers, profile, note);
  buildRepeated(answers, profile, note, "newExecutives", "execCount", (i, share) => ({
    paidByEnterprise: true,
    ...(answers.execPay !== undefined ? { annualAfterTaxPay: share(answers.execPay as string) } : {}),
  }), { annualAfterTaxPay: ["execPay"] });
  buildRepeated(answers, profile, note, "newTechTalent", "talentCount", (_i, _share) => ({
    ...(answers.talentPay !== undefined ? { annualPay: answers.talentPay } : {}),
    ...(answers.talentNetPay !== undefined ? { annualAfterTaxPay: answers.talentNetPay } : {}),
  }), { annualPay: ["talentPay"], annualAfterTaxPay: ["talentNetPay"] });
  buildRepeated(answers, profile, note, "aseanProjects", "projectCount", (_i, share) => ({
    deployed: true,
    ...(answers.projectInvestment !== undefined ? { investment: share(answers.projectInvestment as string) } : {}),
  }), { investment: ["projectInvestment"] }, true);
  buildLoans(answers, profile, note);
  return { profile: profile as ProfileInput, provenance };
}

function buildEvents(answers: Answers, profile: Json, note: (path: string, ...ids: string[]) => void): void {
  const kinds = answers.events;
  if (!Array.isArray(kinds)) return;
  const events: Json[] = [];
  if (kinds.includes("launch_center")) {
    const count = typeof answers.launchCount === "number" ? answers.launchCount : 1;
    for (let i = 0; i < Math.min(count, MAX_ITEMS); i++) {
      note(`events[${events.length}].cost`, "launchCount", "launchCost");
      events.push({ kind: "launch", location: "center", ...(answers.launchCost !== undefined ? { cost: answers.launchCost } : {}) });
    }
  }
  for (const [option, location, costId] of [["forum_asean", "asean", "forumAseanCost"], ["forum_center", "center", "forumCenterCost"]] as const) {
    if (!kinds.includes(option)) continue;
    note(`events[${events.length}].recognizedByCenter`, "forumRecognized");
    note(`events[${events.length}].cost`, costId);
    events.push({
      kind: "forum",
      location,
      ...(answers.forumRecognized !== undefined ? { recognizedByCenter: answers.forumRecognized } : {}),
      ...(answers[costId] !== undefined ? { cost: answers[costId] } : {}),
    });
  }
  profile.events = events;
}

/**
 * A list built from a count question: `count` items, each made by `item`.
 * With `split`, a total (money) is shared equally among the items.
 */
function buildRepeated(
  answers: Answers,
  profile: Json,
  note: (path: string, ...ids: string[]) => void,
  listPath: string,
  countId: string,
  item: (i: number, share: (total: string) => string) => Json,
  fields: Record<string, string[]>,
  split = false,
): void {
  const count = answers[countId];
  if (typeof count !== "number") return;
  const n = Math.min(count, MAX_ITEMS);
  const share = (total: string) => (split ? new D(total).dividedBy(n).toFixed() : total);
  const list: Json[] = [];
  for (let i = 0; i < n; i++) {
    for (const [field, ids] of Object.entries(fields)) note(`${listPath}[${i}].${field}`, ...ids);
    list.push(item(i, share));
  }
  // Beyond MAX_ITEMS the remaining people count through the last item's after-tax pay: the rewards of
  // （十七）（十八） are linear in it (the pay band stays that of the typical gross pay), so the sum stays exact.
  if (count > MAX_ITEMS && list.length > 0 && !split) {
    const last = list[list.length - 1]!;
    const factor = count - MAX_ITEMS + 1;
    for (const key of ["annualAfterTaxPay"]) if (typeof last[key] === "string") last[key] = new D(last[key] as string).times(factor).toFixed();
  }
  setPath(profile, listPath, list);
}

function buildLoans(answers: Answers, profile: Json, note: (path: string, ...ids: string[]) => void): void {
  if (answers.hasLoans === undefined) return;
  if (answers.hasLoans === false) {
    profile.loans = [];
    return;
  }
  note("loans[0].principal", "loanPrincipal");
  note("loans[0].annualRate", "loanRate");
  note("loans[0].years", "loanYears");
  profile.loans = [{
    ...(answers.loanPrincipal !== undefined ? { principal: answers.loanPrincipal } : {}),
    ...(answers.loanRate !== undefined ? { annualRate: answers.loanRate } : {}),
    ...(answers.loanYears !== undefined ? { years: answers.loanYears } : {}),
  }];
}
