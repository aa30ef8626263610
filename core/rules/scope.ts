/**
 * The scope paragraph, shared by every measure: validity dates, settlement,
 * AI business, and applicant types.
 *
 * > 本措施适用于自2025年3月1日起入驻南A中心的人工智能企业和机构单位，有效期至2027年12月31日。
 */
import type { Outcome } from "./outcome.ts";
import { SCOPE_CLAUSE, VALID_FROM, VALID_UNTIL } from "./policy.ts";
import type { ProfileField, ProfilePath } from "./paths.ts";
import type { Profile } from "./profile.ts";

/** Applicant type of Profile v1. */
export type ApplicantType = NonNullable<NonNullable<Profile["applicant"]>["type"]>;

/**
 * Whether the policy is in force on `asOf`: `"expired"` after 2027-12-31,
 * `"not_yet"` before 2025-03-01, else `"in_force"`. ISO dates compare as strings.
 */
export function policyPeriod(asOf: string): "in_force" | "expired" | "not_yet" {
  if (asOf > VALID_UNTIL) return "expired";
  if (asOf < VALID_FROM) return "not_yet";
  return "in_force";
}

/** The facts the scope paragraph's checks read ({@link requireSettlement}, {@link requireAiBusiness}). */
export const SCOPE_READS: readonly ProfileField[] = ["applicant.settlement.status", "applicant.settlement.date", "applicant.aiBusiness"];

/**
 * Settlement in the center from 2025-03-01 (scope paragraph). `planning` is
 * evaluated as if settled on `asOf`; `none` fails. Writes into `out`.
 */
export function requireSettlement(profile: Profile, asOf: string, out: Outcome): void {
  const s = profile.applicant?.settlement;
  switch (s?.status) {
    case undefined:
      out.missing("applicant.settlement.status");
      return;
    case "none":
      out.fail("not_settled", "Only entities that settle in the center are covered, and this one does not plan to.", undefined, SCOPE_CLAUSE);
      return;
    case "planning":
      out.assume("Planning to settle: evaluated as if settled on the evaluation date.");
      out.trace("settlement (planned, taken as the evaluation date)", { date: asOf });
      return;
    case "settled": {
      if (s.date === undefined) {
        out.missing("applicant.settlement.date");
        return;
      }
      out.trace("settlement date", { date: s.date, validFrom: VALID_FROM, validUntil: VALID_UNTIL });
      if (s.date < VALID_FROM) {
        out.fail("settled_before_scope", `Settled on ${s.date}, before ${VALID_FROM}: the measures cover entities that settled in from ${VALID_FROM}.`, { date: s.date }, SCOPE_CLAUSE);
      } else if (s.date > VALID_UNTIL) {
        out.fail("settled_after_validity", `Settlement on ${s.date} is after the measures end on ${VALID_UNTIL}.`, { date: s.date }, SCOPE_CLAUSE);
      }
    }
  }
}

/** The scope's "人工智能企业和机构单位": the applicant must be an AI business. */
export function requireAiBusiness(profile: Profile, out: Outcome, clause = SCOPE_CLAUSE): void {
  const ai = profile.applicant?.aiBusiness;
  if (ai === undefined) out.missing("applicant.aiBusiness");
  else if (!ai) out.fail("not_ai_business", "The measures cover AI enterprises and institutions; this applicant is not one.", undefined, clause);
}

/**
 * The applicant's type must be one the clause names. `allowed` is a list kept
 * by the measure (a constant of its file): how the reason writes it is worked
 * out once per list.
 */
export function requireApplicantType(profile: Profile, allowed: readonly ApplicantType[], out: Outcome): void {
  const t = profile.applicant?.type;
  if (t === undefined) out.missing("applicant.type");
  else if (!allowed.includes(t)) {
    let words = LIST_WORDS.get(allowed);
    if (words === undefined) LIST_WORDS.set(allowed, (words = { list: allowed.join(","), covers: allowed.join(", ") }));
    out.fail("applicant_type", `The clause covers ${words.covers}; not ${t}.`, { type: t, allowed: words.list });
  }
}

/** An applicant-type list as a reason writes it: in its params (`list`) and in its text (`covers`). */
const LIST_WORDS = new WeakMap<readonly ApplicantType[], { list: string; covers: string }>();

/** A yes/no fact that must be true; unknown → missing, false → fails with `code`. */
export function requireTrue(value: boolean | undefined, path: ProfilePath, out: Outcome, code: string, text: string): void {
  if (value === undefined) out.missing(path);
  else if (!value) out.fail(code, text);
}
