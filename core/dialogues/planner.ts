/**
 * Chooses what to ask next: builds the profile from the answers, runs the
 * rules core, and keeps only the questions that settle a fact some open
 * measure within the user's interests is missing (the approach of Publicodes:
 * the rules say which inputs they still need).
 */
import type { Interest } from "../rules/definition.ts";
import { evaluateProfile } from "../rules/evaluate.ts";
import { MEASURE_BY_ID } from "../rules/measures/index.ts";
import { parseProfile } from "../rules/profile.ts";
import type { EvaluationResult, MeasureResult } from "../rules/types.ts";
import { QUESTION_BY_ID, QUESTION_ORDER, type QuestionDef } from "./questions/bank.ts";
import { buildProfile, type BuiltProfile } from "./questions/build-profile.ts";
import type { DialogueState } from "./types.ts";

/** The plan after the answers so far. */
export interface Plan {
  built: BuiltProfile;
  evaluation: EvaluationResult;
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

/** The last plan made, by its inputs: a turn plans several times (answer, interim line, next question). */
let lastPlan: { key: string; plan: Plan } | null = null;

/** Plans from the state's answers, on the date `today`. Pure; the last result is reused for the same inputs. */
export function plan(state: Pick<DialogueState, "answers" | "skipped">, today: string): Plan {
  const key = `${today}|${JSON.stringify(state.answers)}|${state.skipped.join(",")}`;
  if (lastPlan?.key === key) return lastPlan.plan;
  const made = makePlan(state, today);
  lastPlan = { key, plan: made };
  return made;
}

function makePlan(state: Pick<DialogueState, "answers" | "skipped">, today: string): Plan {
  const interests = chosenInterests(state.answers);
  const built = buildProfile(state.answers, today);
  const parsed = parseProfile(built.profile);
  // Answers are validated one by one, so a build that fails validation is a bug; evaluate what is valid.
  const evaluation = evaluateProfile(parsed.ok ? parsed.profile : { asOf: today });
  const inScope = evaluation.results.filter((r) => inInterests(r.measure, interests));
  const answered = (id: string) => state.answers[id] !== undefined || state.skipped.includes(id);
  const pendingIds = new Set<string>();
  const affects = new Map<string, string[]>();
  for (const r of inScope) {
    if (r.status !== "needs_info") continue;
    for (const path of r.missing) {
      const ids = built.provenance.get(path) ?? [];
      const id = ids.find((q) => !answered(q) && (QUESTION_BY_ID.get(q)?.when?.(state.answers) ?? true));
      if (id === undefined) continue;
      pendingIds.add(id);
      affects.set(id, [...(affects.get(id) ?? []), r.measure]);
    }
  }
  let pending = [...pendingIds].map((id) => QUESTION_BY_ID.get(id)!);
  if (state.answers.interests === undefined && !state.skipped.includes("interests")) {
    pending = pending.filter((q) => q.gating);
    pending.push(QUESTION_BY_ID.get("interests")!);
  }
  pending.sort((a, b) => QUESTION_ORDER.get(a.id)! - QUESTION_ORDER.get(b.id)!);
  return { built, evaluation, inScope, pending, affects };
}
