/**
 * Which facts the rules read that the chat would never ask: every field a
 * measure depends on must be settled by a question of the bank or be listed
 * in `NOT_ASKED` with its reason. Run by a test, on the real bank and on
 * planted fixtures.
 */
import { readsOf } from "../../rules/evaluate.ts";
import type { MeasureDefinition } from "../../rules/definition.ts";
import type { ProfileField } from "../../rules/paths.ts";
import type { QuestionDef } from "./bank.ts";

/** A fact a measure reads that no question settles and no reason excuses. */
export interface Unasked {
  measure: string;
  field: ProfileField;
}

/** The facts of `measures` neither settled by `questions` nor listed in `notAsked`. */
export function unaskedFacts(
  measures: readonly MeasureDefinition[],
  questions: readonly QuestionDef[],
  notAsked: Readonly<Partial<Record<ProfileField, string>>>,
): Unasked[] {
  const settled = new Set<ProfileField>(questions.flatMap((q) => q.paths));
  return measures.flatMap((m) =>
    readsOf(m)
      .filter((field) => !settled.has(field) && notAsked[field] === undefined)
      .map((field) => ({ measure: m.id, field })),
  );
}
