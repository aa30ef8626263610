/**
 * Which answers no longer apply after the applicant type changed: a talent
 * team's tier once the applicant is a university, a graduate's dates once it
 * is an enterprise. An answer applies while some open measure within the
 * user's interests would ask for it if it were not given; the rules core
 * says so, so nothing here repeats who may apply for what.
 */
import { plan } from "./planner.ts";
import type { DialogueState } from "./types.ts";

/** Answers that stay whatever the applicant is: the type itself and the kinds of support chosen. */
const KEPT = new Set(["type", "interests"]);

/**
 * The ids of the answered or skipped questions that no open measure would ask
 * for any more, on `today`. Each is tested on its own, against all the other
 * answers as they are.
 */
export function inapplicableAnswers(state: Pick<DialogueState, "answers" | "skipped">, today: string): string[] {
  const ids = [...new Set([...Object.keys(state.answers), ...state.skipped])].filter((id) => !KEPT.has(id));
  return ids.filter((id) => {
    const answers = { ...state.answers };
    delete answers[id];
    const without = { answers, skipped: state.skipped.filter((x) => x !== id) };
    return !plan(without, today).pending.some((q) => q.id === id);
  });
}
