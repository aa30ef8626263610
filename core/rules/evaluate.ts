/**
 * `evaluate(profile)`: every measure for one profile, with statuses, amounts,
 * reasons, traces and assumptions. Pure: the same profile and date give the
 * same result.
 */
import { yearOf, todayInChina } from "./dates.ts";
import type { MeasureDefinition, RuleContext } from "./definition.ts";
import { MEASURES } from "./measures/index.ts";
import { D, formatCny, ZERO } from "./money.ts";
import { profileContradictions } from "./consistency.ts";
import { formatTrace, Outcome } from "./outcome.ts";
import { POLICY, SCOPE_CLAUSE, VALID_FROM, VALID_UNTIL } from "./policy.ts";
import { parseProfile, type Profile, type ProfileIssue } from "./profile.ts";
import { policyPeriod, requireAiBusiness, requireSettlement } from "./scope.ts";
import type { EvaluationResult, MeasureResult } from "./types.ts";

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The date used when the profile has no `asOf`; defaults to today in China. */
  today?: string;
}

/** The outcome of {@link evaluate}: a result, or the profile's problems (never thrown). */
export type EvaluateOutcome =
  | { ok: true; result: EvaluationResult }
  | { ok: false; issues: ProfileIssue[] };

/**
 * Validates raw input as Profile v1, refuses contradictions (after-tax pay above
 * gross pay, a settlement after the evaluation date), and evaluates it.
 */
export function evaluate(input: unknown, options: EvaluateOptions = {}): EvaluateOutcome {
  const parsed = parseProfile(input);
  if (!parsed.ok) return parsed;
  const asOf = parsed.profile.asOf ?? options.today ?? todayInChina();
  const issues = profileContradictions(parsed.profile, asOf);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, result: evaluateProfile(parsed.profile, { ...options, today: asOf }) };
}

/** Evaluates an already validated profile. */
export function evaluateProfile(profile: Profile, options: EvaluateOptions = {}): EvaluationResult {
  const asOf = profile.asOf ?? options.today ?? todayInChina();
  const ctx: RuleContext = { asOf, asOfYear: yearOf(asOf), aseanMultiplier: new D(1), aseanPending: false };
  const period = policyPeriod(asOf);
  // The scope paragraph's checks are the same for every settlement-bound measure: run them once.
  const gate = new Outcome(SCOPE_CLAUSE);
  requireAiBusiness(profile, gate);
  requireSettlement(profile, asOf, gate);
  const results: MeasureResult[] = [];
  const m05 = MEASURES.find((m) => m.id === "m05")!;
  const m05Result = runMeasure(m05, profile, ctx, period, gate);
  if (m05Result.status === "eligible" || m05Result.status === "likely") {
    ctx.aseanMultiplier = m05.params.multiplier!.value;
  } else if (m05Result.status === "needs_info") {
    // Unknown is not zero: while （五） may still apply, the bounds of （一）–（四） include its up-to-2x.
    ctx.aseanMultiplier = m05.params.multiplier!.value;
    ctx.aseanPending = true;
  }
  for (const m of MEASURES) results.push(m.id === "m05" ? m05Result : runMeasure(m, profile, ctx, period, gate));

  let total = ZERO;
  for (const r of results) {
    if ((r.status === "eligible" || r.status === "likely") && r.maxCashCNY !== null) total = total.plus(r.maxCashCNY);
  }
  const notes = [
    POLICY.disclaimer.en,
    `The measures apply to AI enterprises and institutions that settled in the center from ${VALID_FROM}, and are valid until ${VALID_UNTIL}.`,
    "The total adds the estimated maximum cash of eligible and likely measures.",
  ];
  if (profile.otherSupportForSameItem) {
    notes.push("从优不重复: where the same item already gets regional or city support, only the more favourable support is given, not both.");
  }
  if (period === "expired") notes.push(`The measures expired on ${VALID_UNTIL}.`);
  if (period === "not_yet") notes.push(`The measures apply from ${VALID_FROM}.`);
  return { policy: POLICY, asOf, results, totalMaxCashCNY: formatCny(total), notes };
}

function runMeasure(m: MeasureDefinition, profile: Profile, ctx: RuleContext, period: ReturnType<typeof policyPeriod>, gate: Outcome): MeasureResult {
  const out = new Outcome(m.clause);
  if (period === "expired") {
    out.fail("policy_expired", `Policy expired: the measures were valid until ${VALID_UNTIL}.`, undefined, SCOPE_CLAUSE);
  } else if (period === "not_yet") {
    out.fail("policy_not_in_force", `The measures apply from ${VALID_FROM}.`, undefined, SCOPE_CLAUSE);
  } else {
    if (m.settlementBound) out.absorb(gate);
    m.rule(profile, ctx, out);
    if (profile.otherSupportForSameItem) {
      out.assume("从优不重复: if the same item already gets regional or city support, the more favourable one applies, not both.");
    }
  }
  const s = out.summarize();
  let maxCash: string | null = null;
  if (m.cash) {
    if (s.status === "ineligible") maxCash = formatCny(ZERO);
    else if (s.cash !== null) maxCash = formatCny(s.cash);
  }
  if (s.status === "needs_info" && s.cash !== null && m.cash) {
    s.assumptions.push("The amount is an upper bound until the missing facts are known.");
  }
  return {
    measure: m.id,
    clause: m.clause,
    title: m.title,
    status: s.status,
    maxCashCNY: maxCash,
    benefits: s.benefits,
    missing: s.missing,
    reasons: s.reasons,
    trace: formatTrace(s.trace),
    assumptions: s.assumptions,
  };
}
