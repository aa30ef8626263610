/**
 * Checks a profile that a field-by-field schema cannot make: values that are
 * each valid but contradict each other or the evaluation date. Refused with a
 * message naming the field, like any other profile issue.
 */
import { compare } from "./money.ts";
import type { Profile, ProfileIssue } from "./profile.ts";

/**
 * The contradictions in `profile` when evaluated on `asOf`:
 * - after-tax pay above the gross pay of the same hire (（十八）);
 * - a settlement date after the evaluation date for an entity that says it has settled.
 */
export function profileContradictions(profile: Profile, asOf: string): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  profile.newTechTalent?.forEach((x, i) => {
    if (x.annualPay !== undefined && x.annualAfterTaxPay !== undefined && compare(x.annualAfterTaxPay, x.annualPay) > 0) {
      issues.push({
        path: `newTechTalent[${i}].annualAfterTaxPay`,
        message: `after-tax pay ${x.annualAfterTaxPay.toFixed()} is above the annual pay ${x.annualPay.toFixed()} (newTechTalent[${i}].annualPay): after-tax pay cannot exceed gross pay`,
      });
    }
  });
  const s = profile.applicant?.settlement;
  if (s?.status === "settled" && s.date !== undefined && s.date > asOf) {
    issues.push({
      path: "applicant.settlement.date",
      message: `settled on ${s.date}, after the evaluation date ${asOf}: an entity that has settled did so on or before that date (for a move still to come, give status "planning")`,
    });
  }
  return issues;
}
