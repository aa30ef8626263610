/**
 * Chooses what to ask next: builds the profile from the answers, runs the
 * rules core, and keeps only the questions that settle a fact some open
 * measure (or a pending part of a settled one) within the user's interests is missing (the approach of Publicodes:
 * the rules say which inputs they still need).
 */
import type { Interest } from "../rules/definition.ts";
import { evaluateMeasures, evaluateResults } from "../rules/evaluate.ts";
import { MEASURE_BY_ID } from "../rules/measures/index.ts";
import type { MeasureResult, MeasureResults } from "../rules/types.ts";
import { QUESTION_BY_ID, QUESTIONS, type QuestionDef } from "./questions/bank.ts";
import { buildProfile, type BuiltProfile, withAnotherItem } from "./questions/build-profile.ts";
import { applies, compareQuestions, itemCount, itemId, LIST_LIMIT, LISTS, type ListDef, questionById } from "./questions/lists.ts";
import type { AnswerValue, DialogueState } from "./types.ts";

/** The plan after the answers so far. */
export interface Plan {
  built: BuiltProfile;
  /** Every measure's result (no totals: the results card adds up its own, over the measures it shows). */
  evaluation: MeasureResults;
  /** Results of the measures within the user's interests. */
  inScope: MeasureResult[];
  /** The questions still worth asking, in asking order. */
  pending: QuestionDef[];
  /** For each pending question, the measures it could change. */
  affects: Map<string, string[]>;
}

/** True when measure `id` belongs to one of `interests` (all measures when interests are not chosen yet). */
export function inInterests(id: string, interests: readonly Interest[] | null): boolean {
  if (interests === null || interests.length === 0) return true;
  const m = MEASURE_BY_ID.get(id as never);
  return m !== undefined && m.interests.some((i) => interests.includes(i));
}

/** The kinds of support chosen, or null for all (not asked yet, skipped, or "all"). */
export function chosenInterests(answers: DialogueState["answers"]): Interest[] | null {
  const v = answers.interests;
  return Array.isArray(v) && v.length > 0 ? (v as Interest[]) : null;
}

/**
 * The plans of one turn. A turn looks at the plan several times (the answer,
 * the interim line, the next question); the same answers are planned once.
 * The engine makes one per turn and passes it down, so nothing outlives the
 * turn and the planner itself keeps no state.
 */
export class TurnPlans {
  // The last two: an answer's turn plans after the answer, and may look back at the plan before it.
  // Each with a copy of what it was planned from (the state is changed in place during the turn).
  private recent: { keys: string[]; values: AnswerValue[]; skipped: string[]; plan: Plan }[] = [];

  /** @param today the evaluation date of the turn, `YYYY-MM-DD` */
  constructor(readonly today: string) {}

  /** The plan for the state's answers as they are now. */
  of(state: Pick<DialogueState, "answers" | "skipped">): Plan {
    const keys = Object.keys(state.answers);
    const found = this.recent.find((r) => samePlanInput(r, keys, state));
    if (found) return found.plan;
    const made = plan(state, this.today);
    const values = keys.map((k) => {
      const v = state.answers[k]!;
      return Array.isArray(v) ? [...v] : v;
    });
    this.recent = [{ keys, values, skipped: [...state.skipped], plan: made }, ...this.recent.slice(0, 1)];
    return made;
  }
}

/** True when `state` holds the answers (in the same order) and skips `r` was planned from. */
function samePlanInput(r: { keys: string[]; values: AnswerValue[]; skipped: string[] }, keys: string[], state: Pick<DialogueState, "answers" | "skipped">): boolean {
  if (r.keys.length !== keys.length || r.skipped.length !== state.skipped.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (r.keys[i] !== keys[i] || !sameValue(r.values[i]!, state.answers[keys[i]!]!)) return false;
  }
  for (let i = 0; i < r.skipped.length; i++) if (r.skipped[i] !== state.skipped[i]) return false;
  return true;
}

function sameValue(a: AnswerValue, b: AnswerValue): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The questions whose "yes" only adds to a measure (`addsTo`), in bank order. */
const ADDING_QUESTIONS: readonly QuestionDef[] = QUESTIONS.filter((q) => q.addsTo);

/** Plans from the state's answers, on the date `today`. Pure. */
export function plan(state: Pick<DialogueState, "answers" | "skipped">, today: string): Plan {
  const interests = chosenInterests(state.answers);
  const built = buildProfile(state.answers, today);
  // Answers are validated one by one as they are read, and stored state is checked when loaded:
  // the profile built from them is evaluated as it is, without validating it again.
  const evaluation = evaluateResults(built.profile);
  const inScope = evaluation.results.filter((r) => inInterests(r.measure, interests));
  const answered = (id: string) => state.answers[id] !== undefined || state.skipped.includes(id);
  const pendingIds = new Set<string>();
  const affects = new Map<string, string[]>();
  const add = (id: string, measure: string) => {
    pendingIds.add(id);
    const measures = affects.get(id);
    if (measures) measures.push(measure);
    else affects.set(id, [measure]);
  };
  // Many measures miss the same facts (the applicant's type, its settlement): each path is looked up once.
  const askedFor = new Map<string, string | undefined>();
  const questionFor = (path: string): string | undefined => {
    if (askedFor.has(path)) return askedFor.get(path);
    const id = (built.provenance.get(path) ?? []).find((q) => {
      const def = questionById(q);
      return def !== undefined && !answered(q) && applies(def, state.answers);
    });
    askedFor.set(path, id);
    return id;
  };
  for (const r of inScope) {
    // Needs_info measures, and settled ones whose other parts still pend (（九） with its corpus voucher unknown).
    if (r.status === "ineligible" || r.missing.length === 0) continue;
    for (const path of r.missing) {
      const id = questionFor(path);
      if (id !== undefined) add(id, r.measure);
    }
  }
  // Facts that only add to a measure when true are never reported missing: ask them while the measure is open.
  for (const q of ADDING_QUESTIONS) {
    if (answered(q.id) || !(q.when?.(state.answers) ?? true)) continue;
    const r = inScope.find((x) => x.measure === q.addsTo);
    if (r === undefined || r.status === "ineligible") continue;
    add(q.id, r.measure);
  }
  // "Add another …?" after the last item of a list, while one more item could change a measure's figure.
  for (const list of LISTS) {
    const n = itemCount(list, state.answers);
    const more = itemId(list.more, n);
    if (n === 0 || n >= LIST_LIMIT || answered(more)) continue;
    const changed = anotherItemChanges(list, inScope, built, state.answers);
    if (changed.length === 0) continue;
    pendingIds.add(more);
    affects.set(more, changed);
  }
  let pending = [...pendingIds].map((id) => questionById(id)!);
  // Interests are asked only while some measure can still apply (out of scope from the start, e.g. after 2027-12-31, none can).
  if (state.answers.interests === undefined && !state.skipped.includes("interests") && inScope.some((r) => r.status !== "ineligible")) {
    pending = pending.filter((q) => q.gating);
    pending.push(QUESTION_BY_ID.get("interests")!);
  }
  pending.sort((a, b) => compareQuestions(a.id, b.id));
  return { built, evaluation, inScope, pending, affects };
}

/**
 * `q` as it is offered now: a choice whose options count for different
 * measures offers only those of measures still open within the user's
 * interests (an event's kinds when only （十三） is of interest: forums, not
 * launches), or all of them when none or every one is open. Asking and
 * reading a typed option number both use it, so "1" is the first option shown.
 */
export function offeredQuestion(q: QuestionDef, p: Pick<Plan, "inScope">): QuestionDef {
  if (!q.optionMeasures || !q.options) return q;
  const open = new Set(p.inScope.filter((r) => r.status !== "ineligible").map((r) => r.measure));
  const options = q.options.filter((o) => {
    const m = q.optionMeasures![o];
    return m === undefined || open.has(m);
  });
  return options.length === 0 || options.length === q.options.length ? q : { ...q, options };
}

/**
 * The measures of `list` within the user's interests whose figure or
 * status one more item, all of it unknown, would change: "yes" to its last "add another?".
 * A measure ruled out for a reason of its own (the applicant type, not a key
 * AI enterprise) stays ruled out, and one at its overall cap (（二十一）'s
 * 5,000,000) keeps its figure, so the question is not asked for them.
 */
function anotherItemChanges(list: ListDef, inScope: readonly MeasureResult[], built: BuiltProfile, answers: DialogueState["answers"]): string[] {
  const now = inScope.filter((r) => list.measures.includes(r.measure));
  if (now.length === 0) return [];
  // Only the list's measures are compared: they are all that is worked out.
  const withMore = evaluateMeasures(withAnotherItem(built, list, answers), now.map((r) => r.measure));
  return now
    .filter((r) => {
      const next = withMore.find((x) => x.measure === r.measure)!;
      return next.maxCashCNY !== r.maxCashCNY || (r.status === "ineligible" && next.status !== "ineligible");
    })
    .map((r) => r.measure);
}
