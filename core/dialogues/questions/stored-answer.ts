/**
 * Whether a stored answer still fits its question: the check at the stored
 * state's edge. Answers are checked when they are read from the user; a state
 * loaded from the store is checked here once, so that the profile built from
 * its answers can be evaluated without validating it again.
 */
import { isIsoDate } from "../../rules/profile.ts";
import type { AnswerValue } from "../types.ts";
import type { QuestionDef } from "./bank.ts";

const DECIMAL = /^\d+(\.\d+)?$/;

const inRange = (q: QuestionDef, n: number) => (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max);

/** True when `value` is an answer `q` could have recorded. */
export function fitsQuestion(q: QuestionDef, value: AnswerValue): boolean {
  switch (q.type) {
    case "yesno":
      return typeof value === "boolean";
    case "choice":
      return typeof value === "string" && (q.options ?? []).includes(value);
    case "multi":
      return Array.isArray(value) && value.every((v) => typeof v === "string" && (q.options ?? []).includes(v));
    case "integer":
    case "year":
      return typeof value === "number" && Number.isInteger(value) && inRange(q, value);
    case "money":
      return typeof value === "string" && DECIMAL.test(value);
    case "percent":
      return typeof value === "string" && DECIMAL.test(value) && Number(value) <= 1;
    case "decimal":
      return typeof value === "string" && DECIMAL.test(value) && inRange(q, Number(value));
    case "date":
      return typeof value === "string" && isIsoDate(value);
  }
}
