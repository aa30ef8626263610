/** What the guard reports: a reason to reject a text (its own file, so the checks the guard runs need not import the guard). */
import type { PhraseCategory } from "./forbidden-phrases.ts";

/** What a violation is about: the category of a security event. */
export type ViolationCode =
  | "empty"
  | "invisible"
  | "placeholder"
  | "quantity"
  | "link"
  | "markup"
  | PhraseCategory
  | "language"
  | "amount_missing"
  | "length";

/** Every code, in the order events list them. */
export const VIOLATION_CODES: readonly ViolationCode[] = [
  "empty", "invisible", "placeholder", "quantity", "link", "markup", "promise", "fee", "deadline", "other_policy",
  "contact", "echo", "language", "amount_missing", "length",
];

/** One reason to reject a text; `detail` names the offending part (for tests and opt-in logs, never by default). */
export interface Violation {
  code: ViolationCode;
  detail: string;
}
