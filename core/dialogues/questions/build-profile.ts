/**
 * Turns the dialogue's answers into a Profile v1 (as JSON input) and records,
 * for every profile path, which questions settle it; both are derived from the
 * question bank. List items (events, executives, hires, projects, loans) are
 * built from a count and a typical value, so the stored state stays small
 * whatever the counts.
 */
import { D } from "../../rules/money.ts";
import type { ProfileField } from "../../rules/paths.ts";
import type { Profile } from "../../rules/profile.ts";
import type { AnswerValue } from "../types.ts";
import { QUESTIONS, type QuestionDef } from "./bank.ts";

/** Lists of the profile, written by the list builders below rather than one answer to one field. */
const LISTS: ReadonlySet<string> = new Set<ProfileField>(["events", "aseanProjects", "newExecutives", "newTechTalent", "loans"]);

/** True when `field` is a list or inside one. */
const inList = (field: string) => LISTS.has(field.split(/[.[]/)[0]!);

/** The questions settling each item field of `list`: `{ annualPay: ["talentPay"] }` for `newTechTalent`. */
/** What buildProfile derives from the question bank alone, once per bank (it runs on every turn). */
interface BankShape {
  /** Every [path, question id] of the questions' plain (non-list) paths, in bank order. */
  notes: [string, string][];
  /** The questions whose one path is a plain field, with that path. */
  direct: [QuestionDef, string][];
  /** {@link itemFields} of each list. */
  items: Map<string, Record<string, string[]>>;
}

const SHAPES = new WeakMap<readonly QuestionDef[], BankShape>();

function shapeOf(questions: readonly QuestionDef[]): BankShape {
  let shape = SHAPES.get(questions);
  if (!shape) {
    shape = { notes: [], direct: [], items: new Map() };
    for (const q of questions) {
      for (const p of q.paths) if (!p.includes("[]")) shape.notes.push([p, q.id]);
      if (q.paths.length === 1 && !inList(q.paths[0]!)) shape.direct.push([q, q.paths[0]!]);
    }
    for (const list of LISTS) shape.items.set(list, itemFields(list, questions));
    SHAPES.set(questions, shape);
  }
  return shape;
}

function itemFields(list: string, questions: readonly QuestionDef[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const q of questions) {
    for (const p of q.paths) if (p.startsWith(`${list}[].`)) (fields[p.slice(list.length + 3)] ??= []).push(q.id);
  }
  return fields;
}

/** How an answer is written when its question does not say: money and rates as Decimal, the rest as given. */
function written(q: QuestionDef, answer: AnswerValue): unknown {
  if (q.write) return q.write(answer);
  return q.type === "money" || q.type === "percent" ? new D(String(answer)) : answer;
}

/** Money for the profile from a stored answer (a decimal string). */
const cny = (answer: AnswerValue | undefined) => new D(String(answer));

/**
 * A built profile and, per path, the questions (in order) that settle it.
 * The profile is ready to evaluate: every answer was checked when it was read
 * (and stored answers when the state was loaded), so it is not validated again.
 */
export interface BuiltProfile {
  profile: Profile;
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

/**
 * Builds the profile for the answers given so far, from the questions of
 * `questions` (the bank; a test passes its own). Unanswered questions leave
 * their paths absent (unknown).
 */
export function buildProfile(answers: Answers, asOf?: string, questions: readonly QuestionDef[] = QUESTIONS): BuiltProfile {
  const profile: Json = {};
  const provenance = new Map<string, string[]>();
  const note = (path: string, ...ids: string[]) => provenance.set(path, ids);
  if (asOf) profile.asOf = asOf;

  const shape = shapeOf(questions);
  for (const [path, id] of shape.notes) note(path, id);
  for (const [q, path] of shape.direct) {
    const answer = answers[q.id];
    if (answer !== undefined) setPath(profile, path, written(q, answer));
  }
  // A planned settlement answers "when" with the evaluation date, so settledOn is never asked.
  buildEvents(answers, profile, note);
  buildRepeated(answers, profile, note, "newExecutives", "execCount", (i, share) => ({
    paidByEnterprise: true,
    ...(answers.execPay !== undefined ? { annualAfterTaxPay: cny(share(answers.execPay as string)) } : {}),
  }), shape.items.get("newExecutives")!);
  buildRepeated(answers, profile, note, "newTechTalent", "talentCount", (_i, _share) => ({
    ...(answers.talentPay !== undefined ? { annualPay: cny(answers.talentPay) } : {}),
    ...(answers.talentNetPay !== undefined ? { annualAfterTaxPay: cny(answers.talentNetPay) } : {}),
  }), shape.items.get("newTechTalent")!);
  buildRepeated(answers, profile, note, "aseanProjects", "projectCount", (_i, share) => ({
    deployed: true,
    ...(answers.projectInvestment !== undefined ? { investment: cny(share(answers.projectInvestment as string)) } : {}),
  }), shape.items.get("aseanProjects")!, true);
  buildLoans(answers, profile, note, shape.items.get("loans")!);
  return { profile: profile as Profile, provenance };
}

function buildEvents(answers: Answers, profile: Json, note: (path: string, ...ids: string[]) => void): void {
  const kinds = answers.events;
  if (!Array.isArray(kinds)) return;
  const events: Json[] = [];
  if (kinds.includes("launch_center")) {
    const count = typeof answers.launchCount === "number" ? answers.launchCount : 1;
    for (let i = 0; i < Math.min(count, MAX_ITEMS); i++) {
      note(`events[${events.length}].cost`, "launchCount", "launchCost");
      events.push({ kind: "launch", location: "center", ...(answers.launchCost !== undefined ? { cost: cny(answers.launchCost) } : {}) });
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
      ...(answers[costId] !== undefined ? { cost: cny(answers[costId]) } : {}),
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
    for (const key of ["annualAfterTaxPay"]) if (last[key] instanceof D) last[key] = (last[key] as InstanceType<typeof D>).times(factor);
  }
  setPath(profile, listPath, list);
}

function buildLoans(answers: Answers, profile: Json, note: (path: string, ...ids: string[]) => void, loanFields: Record<string, string[]>): void {
  if (answers.hasLoans === undefined) return;
  if (answers.hasLoans === false) {
    profile.loans = [];
    return;
  }
  for (const [field, ids] of Object.entries(loanFields)) note(`loans[0].${field}`, ...ids);
  profile.loans = [{
    ...(answers.loanPrincipal !== undefined ? { principal: cny(answers.loanPrincipal) } : {}),
    ...(answers.loanRate !== undefined ? { annualRate: cny(answers.loanRate) } : {}),
    ...(answers.loanYears !== undefined ? { years: answers.loanYears } : {}),
  }];
}
