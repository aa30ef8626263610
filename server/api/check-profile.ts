/**
 * What `check` answers, as data: the CLI's `check --json` output and the API's
 * `/api/v1/check` body come from this function, so that they cannot drift
 * apart. A file of its own so that `check` does not load question answering
 * (language detection, the search index) it never uses.
 */
import { evaluate, type EvaluateOutcome } from "../../core/rules/index.ts";

/** A profile's result (what `check --json` prints), or the profile's problems. */
export function checkProfile(input: unknown): EvaluateOutcome {
  return evaluate(input);
}
