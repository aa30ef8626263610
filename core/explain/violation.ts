/** What the guard reports: a reason to reject a text (its own file, so the checks the guard runs need not import the guard). */

/** What a violation is about. */
export type ViolationCode = "number" | "clause" | "language" | "empty";

/** One reason to reject a text; `detail` names the offending figure or clause (for tests and opt-in logs). */
export interface Violation {
  code: ViolationCode;
  detail: string;
}
