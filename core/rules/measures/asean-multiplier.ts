/**
 * How （五） reaches into （一）–（四）: ASEAN-origin enterprises and teams get
 * "up to 2x" the support of those clauses, amounts and quantities doubled,
 * caps included.
 */
import type { RuleContext } from "../definition.ts";
import { ONE } from "../money.ts";
import type { Outcome } from "../outcome.ts";
import type { Profile } from "../profile.ts";

/** Notes the multiplier on a result of （一）–（四）, or asks for ASEAN origin when it could apply. */
export function noteAseanMultiplier(profile: Profile, ctx: RuleContext, out: Outcome): void {
  const type = profile.applicant?.type;
  const couldApply = type === undefined || type === "enterprise" || type === "team";
  if (couldApply && profile.applicant?.aseanOrigin === undefined) {
    out.missing("applicant.aseanOrigin");
    out.assume("If the applicant is a foreign-invested enterprise or team from ASEAN, up to twice this under （五）.");
  }
  if (ctx.aseanPending) {
    out.assume("Until （五） is settled (ASEAN origin and the scope), the figures include its up-to-2x: they are upper bounds.");
  } else if (ctx.aseanMultiplier !== ONE && ctx.aseanMultiplier.greaterThan(1)) {
    out.assessed(
      "asean_up_to_double",
      "ASEAN-origin entity: up to 2x this support under （五）, according to actual circumstances.",
      { factor: ctx.aseanMultiplier.toString() },
      "（五）",
    );
    out.assume("（五） doubles amounts and quantities of （一）–（四）, caps included; durations are not doubled.");
  }
}
